// Lập kế hoạch through the built Code.js: the plan sheet, staff's typed cells kept on re-run, undo.
import { beforeAll, describe, expect, it } from "vitest";
import { layoutKeys, SHEET_NAMES } from "../../shared/index.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeBuilder, fakeRuleBuilder, fakeServices, FakeSpreadsheet, type FakeSheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";
import { syntheticSheet } from "./synthetic.js";

const SHEET = "Bảng tiêu chí";

/** Seed 001's criteria sheet planned once through the built code: the book, its criteria sheet, the plan. */
function planned() {
  const book = new FakeSpreadsheet();
  const criteria = book._add(SHEET);
  criteria._load(seed001Messy());
  const { g } = loadCode(fakeServices(book));
  const state = g.sidebarPlan() as { notice: string };
  return { book, criteria, g, state, plan: book._find(SHEET_NAMES.plan) as FakeSheet };
}

describe("Lập kế hoạch (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("writes the plan, keeps what staff typed when re-run, and undoes to the typed version", () => {
    const { book, g, state, plan } = planned();
    expect(state.notice).toMatch(/tiêu chí cần khắc phục/);
    expect(book._active?._name).toBe(SHEET_NAMES.plan);

    const values = () => plan.getDataRange().getValues();
    const header = values().findIndex((r) => r.includes("Giải pháp / nhiệm vụ"));
    expect(header).toBeGreaterThan(0);
    expect(plan.frozenRows).toBe(header + 1);
    const col = (key: string) => layoutKeys().keys.indexOf(key as never);
    const rowOf = (code: string) => values().findIndex((r) => r[col("code")] === code);
    expect(rowOf("1.8")).toBeGreaterThan(header);
    expect(plan._peek(header, 0)?.format?.fontWeight).toBe("bold");
    expect(plan._peek(header + 1, 2)?.format?.fontFamily).toBe("Times New Roman");

    // staff type a solution and a deadline that looks like a number; then re-plan from the criteria sheet
    plan._cell(rowOf("1.8"), col("solution")).value = "Xây dựng kế hoạch năm";
    plan._cell(rowOf("1.8"), col("deadline")).value = "12/3";
    book._active = book._find(SHEET) as FakeSheet;
    const typed = values();
    g.sidebarPlan();
    expect(values()[rowOf("1.8")]?.[col("solution")]).toBe("Xây dựng kế hoạch năm");
    expect(values()[rowOf("1.8")]?.[col("deadline")]).toBe("12/3");

    g.sidebarUndo();
    expect((book._find(SHEET_NAMES.plan) as FakeSheet).getDataRange().getValues()).toEqual(typed);
  });
});

describe("Lập kế hoạch on a sheet nobody has scored (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("writes no plan, keeps the plan staff already have, and says the sheet is not scored yet", () => {
    const { book, criteria: sheet, g, plan } = planned();
    const before = plan.getDataRange().getValues();
    // the new year's template: the achieved column emptied on every criterion row
    book._active = sheet;
    seed001Messy().forEach((row, r) => {
      if (/^\s*\d/.test(String(row[0] ?? ""))) sheet._cell(r, 3).value = "";
    });
    const state = g.sidebarPlan() as { notice: string; report: { diagnostics: { code: string }[] } };
    expect(state.notice).toBe(`Trang “${SHEET}” chưa được chấm: cột Điểm đạt còn trống ở mọi tiêu chí thành phần nên chưa có điểm bị mất để lập kế hoạch. Chưa ghi gì.`);
    expect(state.report.diagnostics.map((d) => d.code)).toContain("SHEET_NOT_SCORED");
    expect((book._find(SHEET_NAMES.plan) as FakeSheet).getDataRange().getValues()).toEqual(before);
  });
});

describe("the plan kept in place, and Báo cáo tiến độ (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("re-plans without clearing the sheet: staff's fonts, fills and hidden rows stay on their rows; dropdown and overdue rule set", () => {
    const book = new FakeSpreadsheet();
    book._add(SHEET)._load(seed001Messy());
    const { g } = loadCode(fakeServices(book));
    g.sidebarPlan();
    const plan = book._find(SHEET_NAMES.plan) as FakeSheet;
    const col = (key: string) => layoutKeys().keys.indexOf(key as never);
    const rowOf = (code: string) => plan.getDataRange().getValues().findIndex((r) => r[col("code")] === code);
    // staff: a yellow note on 1.8, and the row of 3.3.4 hidden
    plan._cell(rowOf("1.8"), col("note")).background = "#ffff00";
    plan._cell(rowOf("1.8"), col("note")).value = "Ưu tiên";
    plan.hideRows(rowOf("3.3.4") + 1);
    plan._cell(rowOf("1.8"), col("progressStatus")).value = "Đang thực hiện";
    // criterion 1.1.1 reaches its maximum: a row above 1.8 changes, none is added or removed
    book._active = book._find(SHEET) as FakeSheet;
    const criteria = book._find(SHEET) as FakeSheet;
    const r111 = criteria.getDataRange().getValues().findIndex((r) => r[0] === "1.1.1");
    criteria._cell(r111, 3).value = criteria._peek(r111, 2)?.value;
    g.sidebarPlan();
    expect(book._find(SHEET_NAMES.plan)).toBe(plan);
    expect(plan._peek(rowOf("1.8"), col("note"))?.background).toBe("#ffff00");
    expect(plan._peek(rowOf("1.8"), col("progressStatus"))?.value).toBe("Đang thực hiện");
    expect(plan._rowProps[rowOf("3.3.4")]?.hidden).toBe(true);
    expect(plan._validations.some((v) => JSON.stringify(v.rule).includes("Đã hoàn thành"))).toBe(true);
    expect(plan._rules).toHaveLength(1);
    expect(plan._rules[0]?.formula).toMatch(/TODAY\(\)/);
  });

  it("inserts a newly weak criterion's row where it belongs, moving staff's rows with their looks", () => {
    const book = new FakeSpreadsheet();
    const better = seed001Messy().map((r) => (r[0] === "1.8" ? [r[0], r[1], "2", "2", "2", "0", r[6]] : r));
    book._add(SHEET)._load(better);
    const { g } = loadCode(fakeServices(book));
    g.sidebarPlan();
    const plan = book._find(SHEET_NAMES.plan) as FakeSheet;
    const col = (key: string) => layoutKeys().keys.indexOf(key as never);
    const rowOf = (code: string) => plan.getDataRange().getValues().findIndex((r) => r[col("code")] === code);
    expect(rowOf("1.8")).toBe(-1);
    plan._cell(rowOf("1.9"), col("solution")).value = "Rà soát";
    plan._cell(rowOf("1.9"), col("solution")).background = "#00ff00";
    (book._find(SHEET) as FakeSheet)._rows = [];
    (book._find(SHEET) as FakeSheet)._load(seed001Messy());
    book._active = book._find(SHEET) as FakeSheet;
    g.sidebarPlan();
    expect(rowOf("1.8")).toBe(rowOf("1.9") - 1);
    expect(plan._peek(rowOf("1.9"), col("solution"))).toMatchObject({ value: "Rà soát", background: "#00ff00" });
  });

  it("Báo cáo tiến độ writes its sheet from the plan's statuses, and says so in the menu", () => {
    const book = new FakeSpreadsheet();
    book._add(SHEET)._load(seed001Messy());
    const services = fakeServices(book);
    const { g } = loadCode(services);
    g.sidebarPlan();
    const plan = book._find(SHEET_NAMES.plan) as FakeSheet;
    const col = (key: string) => layoutKeys().keys.indexOf(key as never);
    const items = plan.getDataRange().getValues().map((r, i) => (/\./.test(String(r[col("code")])) ? i : -1)).filter((i) => i >= 0);
    items.forEach((r, i) => {
      plan._cell(r, col("progressStatus")).value = i < 14 ? "Đã hoàn thành" : "Đang thực hiện";
      plan._cell(r, col("deadline")).value = "Năm 2099";
    });
    const state = g.sidebarProgress() as { notice: string };
    expect(state.notice).toMatch(/28 nhiệm vụ, 14 đã hoàn thành \(50%\), 14 đang thực hiện, 0 quá hạn/);
    const report = book._find(SHEET_NAMES.progress) as FakeSheet;
    expect(report.getDataRange().getValues().find((r) => r[0] === "Đã hoàn thành")?.slice(1, 3)).toEqual([14, 50]);
    g.menuProgress();
    expect(book.toasts.at(-1)).toMatch(/Báo cáo tiến độ/);
    g.sidebarUndo();
    expect(book._find(SHEET_NAMES.progress)).toBeDefined(); // the first report stays: only the last run is undone
  });
});

describe("Lập kế hoạch again keeps staff's highlights and dropdowns (built Code.js)", () => {
  beforeAll(ensureBuilt);
  const col = (key: string) => layoutKeys().keys.indexOf(key as never);
  const width = layoutKeys().keys.length;
  const letter = (c: number) => String.fromCharCode(65 + c);
  const unitsList = () => fakeBuilder("dataValidation").requireValueInList(["Văn phòng Sở", "Phòng Tổ chức cán bộ"], true).build();

  /** A plan staff dressed up: a late-row highlight over the table, a bold rule on 1.5.3's first cells, a units
   * dropdown down "Đơn vị phối hợp", a number rule on 1.5.3's note and a list of their own on 1.3.2's status. */
  function dressed() {
    const { book, criteria, g, plan } = planned();
    const values = () => plan.getDataRange().getValues();
    const rowOf = (code: string) => values().findIndex((r) => r[col("code")] === code);
    const header = values().findIndex((r) => r[0] === "STT");
    const first = header + 1;
    const last = values().length - 1;
    const late = fakeRuleBuilder()
      .whenFormulaSatisfied(`=$${letter(col("progressStatus"))}${first + 1}="Chậm"`)
      .setBackground("#ffeb9c")
      .setRanges([plan.getRange(first + 1, 1, last - first + 1, width)])
      .build();
    const r153 = rowOf("1.5.3");
    const bold = fakeRuleBuilder().whenTextContains("Sáng kiến").setBold(true).setRanges([plan.getRange(r153 + 1, 1, 1, 3)]).build();
    plan.setConditionalFormatRules([...plan._rules, late, bold]);
    plan.getRange(first + 1, col("coordinator") + 1, last - first + 1, 1).setDataValidation(unitsList());
    plan.getRange(r153 + 1, col("note") + 1).setDataValidation(fakeBuilder("dataValidation").requireNumberBetween(1, 9).build());
    const custom = fakeBuilder("dataValidation").requireValueInList(["Chậm", "Đúng hạn"], true).build();
    plan.getRange(rowOf("1.3.2") + 1, col("progressStatus") + 1).setDataValidation(custom);
    // 1.1.2 loses points: its row enters the plan above 1.5.3
    const r112 = criteria.getDataRange().getValues().findIndex((r) => r[0] === "1.1.2");
    criteria._cell(r112, 3).value = "0,5";
    book._active = criteria;
    return { book, g, plan, values, rowOf, first, r153, late, bold, custom };
  }

  it("re-planned twice: staff's rules on their rows (the new row inside the table's), ours once", () => {
    const { book, g, plan, values, rowOf, first, r153, custom } = dressed();
    g.sidebarPlan();
    book._active = book._find(SHEET) as FakeSheet;
    g.sidebarPlan();
    expect(book._find(SHEET_NAMES.plan)).toBe(plan);
    const last = values().length - 1;
    const moved = rowOf("1.5.3");
    expect(moved).toBe(r153 + 1);
    expect(rowOf("1.1.2")).toBeGreaterThan(first);

    // conditional formats: staff's two first, ours once, last
    expect(plan._rules.map((r) => [r.background || (r.bold ? "bold" : ""), r.ranges.map((x) => x.getA1Notation())])).toEqual([
      ["#ffeb9c", [`A${first + 1}:${letter(width - 1)}${last + 1}`]],
      ["bold", [`A${moved + 1}:C${moved + 1}`]],
      ["#f4c7c3", [`A${first + 1}:${letter(width - 1)}${last + 1}`]],
    ]);
    expect(plan._rules[0]?.formula).toBe(`=$${letter(col("progressStatus"))}${first + 1}="Chậm"`);
    expect(plan._rules[2]?.formula).toMatch(/TODAY\(\)/);

    // validations: the units' list on every row of the table, the note's rule with 1.5.3, staff's own status list kept
    const dv = (r: number, c: number) => plan._peek(r, c)?.validation;
    for (let r = first; r <= last; r++) expect(dv(r, col("coordinator"))?.getCriteriaValues()[0], `row ${r}`).toEqual(["Văn phòng Sở", "Phòng Tổ chức cán bộ"]);
    expect(dv(moved, col("note"))?.getCriteriaValues()).toEqual([1, 9]);
    expect(dv(r153, col("note"))).toBeUndefined();
    expect(dv(rowOf("1.3.2"), col("progressStatus"))).toBe(custom);
    // ours on every other row of the table's status column, none above it
    const status = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((r) => r !== rowOf("1.3.2"));
    for (const r of status) expect(dv(r, col("progressStatus"))?.getCriteriaValues()[0], `row ${r}`).toEqual(["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Không thực hiện"]);
    expect(dv(first - 1, col("progressStatus"))).toBeUndefined();
  });

  /** Every rule of the plan sheet as staff would see it: its conditional formats (staff's may come back ahead of ours,
   * as a re-plan orders them) and each cell's validation. */
  function rulesOf(plan: FakeSheet) {
    const formats = plan._rules.map((r) => [r.background || (r.bold ? "bold" : ""), r.formula, r.ranges.map((x) => x.getA1Notation())]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    const rows = plan.getDataRange().getValues().length;
    const validations = Array.from({ length: rows + 2 }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = plan._peek(r, c)?.validation;
        return v ? JSON.stringify([String(v.getCriteriaType()), v.getCriteriaValues()]) : null;
      }),
    );
    return { formats, validations };
  }

  it("Hoàn tác of the re-plan puts the rows, their looks and every rule (staff's, ours once) back where they were", () => {
    const { book, g, plan, values, rowOf, r153 } = dressed();
    plan._cell(r153, 1).background = "#fce5cd";
    const before = { values: values(), rules: rulesOf(plan) };
    g.sidebarPlan();
    // the re-plan moved 1.5.3 (and its rules) one row down
    expect(rowOf("1.5.3")).toBe(r153 + 1);
    expect(rulesOf(plan)).not.toEqual(before.rules);
    g.sidebarUndo();
    expect(book._find(SHEET_NAMES.plan)).toBe(plan);
    expect(values()).toEqual(before.values);
    const after = rulesOf(plan);
    expect(after.formats).toEqual(before.rules.formats);
    expect(after.formats.filter((f) => /TODAY\(\)/.test(String(f[1])))).toHaveLength(1);
    expect(after.validations).toEqual(before.rules.validations);
    expect(plan._peek(r153, col("note"))?.validation?.getCriteriaValues()).toEqual([1, 9]);
    expect(plan._peek(r153, 1)?.background).toBe("#fce5cd");
  });

  it("Hoàn tác after rows staff put out of order: values back, and the rules back on their rows", () => {
    const { g, plan, values, rowOf } = dressed();
    const r = rowOf("1.5.3");
    [plan._rows[r], plan._rows[r + 1]] = [plan._rows[r + 1] as never, plan._rows[r] as never];
    const before = { values: values(), rules: rulesOf(plan) };
    g.sidebarPlan();
    g.sidebarUndo();
    expect(values()).toEqual(before.values);
    const after = rulesOf(plan);
    expect(after.formats).toEqual(before.rules.formats);
    expect(after.validations).toEqual(before.rules.validations);
  });

  it("Hoàn tác with a snapshot kept before moves were recorded: values come back as before", () => {
    const { book, g, values } = dressed();
    const before = values();
    g.sidebarPlan();
    // the stored snapshot, as an older version wrote it: no move
    const undo = book._sheets.find((s) => s.isSheetHidden()) as FakeSheet;
    const json = undo.getDataRange().getValues().map((r) => String(r[0] ?? "")).join("");
    const old = JSON.parse(json) as { sheets: { move?: unknown }[] };
    for (const s of old.sheets) delete s.move;
    undo._rows = [];
    undo.getRange(1, 1, 1, 2).setValues([[JSON.stringify(old), "[]"]]);
    g.sidebarUndo();
    expect((book._find(SHEET_NAMES.plan) as FakeSheet).getDataRange().getValues()).toEqual(before);
  });

  it("rows staff put out of order: the sheet is laid out afresh and the rules still follow their rows", () => {
    const { book, g, plan, rowOf } = dressed();
    // staff swap two rows of the table (cut and paste): 1.5.3 and the row below it
    const r = rowOf("1.5.3");
    [plan._rows[r], plan._rows[r + 1]] = [plan._rows[r + 1] as never, plan._rows[r] as never];
    // the bold rule stays on its sheet row, where the other criterion now stands; the note's rule went with 1.5.3
    const there = String(plan._peek(r, col("code"))?.value);
    g.sidebarPlan();
    expect(book._find(SHEET_NAMES.plan)).toBe(plan);
    const now = rowOf("1.5.3");
    expect(plan._peek(now, col("note"))?.validation?.getCriteriaValues()).toEqual([1, 9]);
    expect(plan._rules.filter((x) => /TODAY\(\)/.test(x.formula))).toHaveLength(1);
    expect(plan._rules.find((x) => x.bold)?.ranges.map((x) => x.getA1Notation())).toEqual([`A${rowOf(there) + 1}:C${rowOf(there) + 1}`]);
    expect(rowOf(there)).not.toBe(now);
  });
});

describe("Lập kế hoạch again with staff's rules on every row (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("makes the same spreadsheet calls for a plan of 30 and of 300 rows, and so does its Hoàn tác", () => {
    const count = (rows: number) => {
      const book = new FakeSpreadsheet();
      const criteria = book._add(SHEET);
      criteria._load(syntheticSheet(rows));
      const { g } = loadCode(fakeServices(book));
      g.sidebarPlan();
      const plan = book._find(SHEET_NAMES.plan) as FakeSheet;
      const n = plan.getDataRange().getValues().length;
      // a note rule on every row, and a highlight over the whole sheet's first columns
      for (let r = 1; r <= n; r++) plan.getRange(r, 10).setDataValidation(fakeBuilder("dataValidation").requireTextLengthLessThanOrEqualTo(r).build());
      plan.setConditionalFormatRules([...plan._rules, fakeRuleBuilder().whenTextContains("Chậm").setBackground("#ffeb9c").setRanges([plan.getRange(1, 1, n, 3)]).build()]);
      book._active = criteria;
      book._calls.count = 0;
      book._calls.names = [];
      g.sidebarPlan();
      expect(plan._peek(n - 1, 9)?.validation?.getCriteriaValues()).toEqual([n]);
      expect(plan._rules).toHaveLength(2);
      const names = [...book._calls.names];
      // and Hoàn tác of it, which carries every rule back
      book._calls.count = 0;
      book._calls.names = [];
      g.sidebarUndo();
      expect(plan._peek(n - 1, 9)?.validation?.getCriteriaValues()).toEqual([n]);
      expect(plan._rules).toHaveLength(2);
      return { rows: n, count: book._calls.count, names, undo: [...book._calls.names] };
    };
    const small = count(30);
    const large = count(300);
    expect(large.rows).toBeGreaterThan(small.rows * 5);
    expect(large.names).toEqual(small.names);
    expect(large.undo).toEqual(small.undo);
  });
});
