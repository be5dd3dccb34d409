import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { layoutKeys, OWN_MARK_NAME, SHEET_NAMES, UNDO_SHEET } from "../../shared/index.js";
import { planCommand, progressCommand, scoreCommand, undoCommand } from "../../addin/excel/commands.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { criteriaSheet, TRAP_NAME } from "./criteria-sheet.js";
import { mergedOf, romanBlankAreas } from "../fixtures/layouts.js";
import { FakeExcel } from "./fake-excel.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

const AT = "2024-01-01T00:00:00.000Z";

beforeEach(() => {
  (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
});
afterEach(() => {
  delete (globalThis as any).Office;
});

function workbook(grid: unknown[][], origin = { row: 0, col: 0 }) {
  const xl = new FakeExcel();
  xl.addSheet("Bảng điểm", grid, origin);
  return xl;
}

describe("Tính điểm through office-addin-mock", () => {
  it("makes the same small number of context.sync calls on 20 and 5 000 rows", async () => {
    const counts: number[] = [];
    for (const rows of [20, 5000]) {
      const xl = workbook(criteriaSheet(rows).grid);
      const out = await scoreCommand(xl.context, {}, AT);
      expect(out.report?.counts.criteria).toBeGreaterThan(rows / 2);
      expect(out.syncs).toBe(xl.syncs);
      counts.push(xl.syncs);
    }
    expect(counts[0]).toBe(2);
    expect(counts[1]).toBe(counts[0]);
  });

  it("never changes a leaf's own cells and writes parents as SUM formulas", async () => {
    const { grid, leafRows } = criteriaSheet(200);
    const xl = workbook(grid);
    // the change column (F) is derived on every row; everything else a leaf holds was typed
    const own = (r: number) => xl.snapshot("Bảng điểm").filter((c) => c.startsWith(`${r},`) && !c.startsWith(`${r},5=`));
    const before = new Map(leafRows.map((r) => [r, own(r)]));
    const out = await scoreCommand(xl.context, {}, AT);
    for (const r of leafRows) expect(own(r)).toEqual(before.get(r));
    expect(xl.sheet("Bảng điểm")!.get(3, 5)?.formula).toBe("=E4-D4");
    const sheet = xl.sheet("Bảng điểm")!;
    expect(sheet.get(1, 3)?.formula).toBe("=SUM(D3,D7,D11,D15,D19)");
    // area 1's hand-typed figure was wrong: corrected by the write, so listed as corrected, no longer as an error
    expect(out.report?.diagnostics.some((d) => d.code === "ROLLUP_MISMATCH")).toBe(false);
    const findings = xl.snapshot(SHEET_NAMES.findings).join("\n");
    expect(findings).toMatch(/"Đã sửa"[\s\S]*"ROLLUP_MISMATCH"[\s\S]*"D2"/);
  });

  it("undo restores the criteria grid exactly and removes the sheets it created", async () => {
    const xl = workbook(criteriaSheet(300).grid, { row: 2, col: 1 });
    const before = xl.snapshot("Bảng điểm");
    await scoreCommand(xl.context, {}, AT);
    expect(xl.snapshot("Bảng điểm")).not.toEqual(before);
    expect(xl.sheet(UNDO_SHEET)?.visibility).toBe("Hidden");
    const syncs = xl.syncs;
    const out = await undoCommand(xl.context);
    expect(xl.syncs - syncs).toBe(3); // read, ask whether the criteria sheet is still there, write
    expect(out.canUndo).toBe(false);
    expect(xl.snapshot("Bảng điểm")).toEqual(before);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Bảng điểm"]);
  });

  it("Hoàn tác puts a date back as a date, with its own number format, in the same number of round trips", async () => {
    // 1.5 typed into a date-formatted parent cell (Excel made it 1 May 2024: serial 45413), an error in a parent's max
    const grid = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu"],
      ["1", "Công tác chỉ đạo", "#N/A", 45413, 3],
      ["1.1", "a", 1, 1, 1],
      ["1.2", "b", 2, 0.5, 2],
      ["2", "Văn bản", 2, 45658, 2],
    ];
    const counts: number[] = [];
    for (const extra of [0, 3000]) {
      const rows = [...grid, ...Array.from({ length: extra }, (_, i) => [`2.${i + 1}`, "c", 0, 0, 0])];
      const xl = workbook(rows, { row: 1, col: 1 });
      const sheet = xl.sheet("Bảng điểm")!;
      sheet.setFormat(2, 4, "dd/mm/yyyy"); // E3: area 1's achieved
      sheet.setFormat(5, 4, "[$-42A]d mmmm yyyy"); // E6: area 2's, a leaf when it has no children (extra = 0)
      const before = xl.snapshot("Bảng điểm");
      const scored = await scoreCommand(xl.context, {}, AT);
      // a date where a sum belongs is replaced by the sum: listed as corrected, shown as staff saw it
      const dates = scored.report!.diagnostics.filter((d) => d.code === "VALUE_DATE");
      expect(dates.map((d) => [d.cell, d.found, d.detail])).toEqual(extra ? [] : [["E6", "01/01/2025", "1,1"]]);
      const fixed = scored.corrections!.filter((c) => c.code === "VALUE_DATE");
      expect(fixed.map((c) => [c.cell, c.from, c.finding?.detail])).toEqual([["E3", "01/05/2024", "1,5"], ...(extra ? [["E6", "01/01/2025", "1,1"]] : [])]);
      // the area's sum is written, shown as points, not as a day of 1900
      expect(sheet.get(2, 4)).toMatchObject({ formula: "=SUM(E4:E5)", value: 1.5, format: "0.0##" });
      expect(sheet.get(2, 3)).toMatchObject({ formula: "=SUM(D4:D5)" });
      if (!extra) expect(sheet.get(5, 4)).toEqual({ value: 45658, format: "[$-42A]d mmmm yyyy" }); // a leaf: never written
      else expect(sheet.get(5, 4)?.format).toBe("0.0##");
      const syncs = xl.syncs;
      await undoCommand(xl.context);
      counts.push(xl.syncs - syncs + scored.syncs);
      expect(sheet.get(2, 4)).toEqual({ value: 45413, format: "dd/mm/yyyy" });
      expect(sheet.get(2, 3)).toEqual({ value: "#N/A" });
      expect(xl.snapshot("Bảng điểm")).toEqual(before);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("undo still puts back the result sheets when the criteria sheet was deleted since", async () => {
    const xl = workbook(criteriaSheet(40).grid);
    await scoreCommand(xl.context, {}, AT);
    xl.sheets = xl.sheets.filter((s) => s.name !== "Bảng điểm");
    const out = await undoCommand(xl.context);
    expect(out.notice).toContain("Không còn trang “Bảng điểm”");
    expect(xl.sheets.map((s) => s.name)).toEqual([]);
  });

  it("undo puts back result sheets that existed before", async () => {
    const xl = workbook(criteriaSheet(60).grid);
    // our summary from an earlier run, with a note typed on it since
    xl.addSheet(SHEET_NAMES.summary, [["my own note"], [TRAP_NAME], [1.5]]);
    xl.mark(OWN_MARK_NAME.summary, SHEET_NAMES.summary);
    const before = xl.snapshot(SHEET_NAMES.summary);
    await scoreCommand(xl.context, {}, AT);
    expect(xl.snapshot(SHEET_NAMES.summary)).not.toEqual(before);
    await undoCommand(xl.context);
    expect(xl.snapshot(SHEET_NAMES.summary)).toEqual(before);
    expect(xl.sheet(SHEET_NAMES.findings)).toBeUndefined();
  });

  it("writes a criterion named =HYPERLINK(\"x\") as text, never as a formula", async () => {
    const xl = workbook(criteriaSheet(40).grid);
    await scoreCommand(xl.context, {}, AT);
    await planCommand(xl.context, {}, AT);
    for (const name of [SHEET_NAMES.summary, SHEET_NAMES.plan]) {
      const cells = [...xl.sheet(name)!.cells.values()];
      expect(cells.some((c) => c.value === TRAP_NAME && !c.formula), name).toBe(true);
      expect(cells.some((c) => c.formula?.includes("HYPERLINK")), name).toBe(false);
    }
  });

  it("scores seed 001 as typed: totals, the area-3 mismatch at D48, a chart and linked findings", async () => {
    const xl = workbook(seed001Messy());
    const out = await scoreCommand(xl.context, {}, AT);
    const r = out.report!;
    expect(r.totals).toMatchObject({ max: 70.5, achieved: 51.077, target: 67.4, index: 72.45 });
    // the area-3 mismatch is what the write corrected; the pane and Kiểm tra say so apart from what remains
    expect(r.diagnostics.some((d) => d.code === "ROLLUP_MISMATCH" || d.code === "TOTAL_MISMATCH")).toBe(false);
    const kt = xl.sheet(SHEET_NAMES.findings)!;
    const row = Array.from({ length: 100 }, (_, i) => i).find((i) => kt.get(i, 0)?.value === "Đã sửa" && kt.get(i, 2)?.value === "D48");
    expect(kt.get(row ?? -1, 4)?.value).toBe("12,72 → 12,217");
    // seed 001 holds its points as text ("0,5"): they become the same numbers, so D48 holds a live SUM
    expect(xl.sheet("Bảng điểm")!.get(47, 3)).toMatchObject({ value: 12.217, formula: expect.stringMatching(/^=SUM\(/) });
    expect(out.notice).toMatch(/Đã sửa \d+ ô ghi sai tổng.*Đã chuyển \d+ ô điểm lưu dạng văn bản thành số/);
    expect(xl.sheet(SHEET_NAMES.summary)!.charts).toHaveLength(1);
    const links = [...xl.sheet(SHEET_NAMES.findings)!.hyperlinks.values()];
    expect(links).toContainEqual({ documentReference: "'Bảng điểm'!D48", textToDisplay: "D48" });
    expect(xl.suspends).toBeGreaterThanOrEqual(1);
    expect(xl.active).toBe("Bảng điểm");
  });

  it("still reads in a fixed number of round trips on a host that fails calls on null worksheets", async () => {
    const counts: number[] = [];
    for (const rows of [20, 5000]) {
      const xl = workbook(criteriaSheet(rows).grid);
      xl.strictNullObjects = true;
      const out = await scoreCommand(xl.context, {}, AT);
      expect(out.report?.headerRow).toBe(1);
      expect(out.syncs).toBe(xl.syncs);
      counts.push(xl.syncs);
    }
    expect(counts).toEqual([4, 4]);
  });

  it("Lập kế hoạch keeps what staff typed in the plan and can be undone", async () => {
    const xl = workbook(seed001Messy());
    const first = await planCommand(xl.context, {}, AT);
    expect(first.syncs).toBe(2);
    const plan = xl.sheet(SHEET_NAMES.plan)!;
    const solution = layoutKeys().keys.indexOf("solution");
    const codeCol = layoutKeys().keys.indexOf("code");
    const row = [...plan.cells.entries()].find(([k, c]) => k.endsWith(`,${codeCol}`) && c.value === "1.3.2")![0].split(",")[0];
    plan.type(Number(row), solution, "'Ban hành kế hoạch kiểm tra trong quý I");
    // staff's touches on that row: a red bold solution and a taller row
    plan.looks.set(`${row},${solution}`, { format: { font: { bold: true, color: "#FF0000" } } });
    plan.rowLooks.set(Number(row), { format: { rowHeight: 60 }, rowHidden: false });
    const typed = xl.snapshot(SHEET_NAMES.plan);
    // started from the plan sheet itself: it works on the criteria sheet of the last command
    const second = await planCommand(xl.context, {}, AT);
    // two more reads than the first time, whatever the size: the old plan's look and rules, then the rules' details
    expect(second.syncs).toBe(5);
    const again = xl.sheet(SHEET_NAMES.plan)!;
    // updated in place: the same sheet, never deleted and re-created
    expect(again).toBe(plan);
    expect([...again.cells.values()].some((c) => c.value === "Ban hành kế hoạch kiểm tra trong quý I")).toBe(true);
    const now = [...again.cells.entries()].find(([k, c]) => k.endsWith(`,${codeCol}`) && c.value === "1.3.2")![0].split(",")[0];
    expect(again.looks.get(`${now},${solution}`)).toMatchObject({ format: { font: { bold: true, color: "#FF0000" } } });
    expect(again.rowLooks.get(Number(now))).toMatchObject({ format: { rowHeight: 60 } });
    // progress: the dropdown, the overdue rule, the printed columns and numbered pages
    expect(again.validations.map((v) => v.rule)).toContainEqual({ list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Không thực hiện" } });
    expect(again.conditionalFormats).toHaveLength(1);
    expect(again.conditionalFormats[0]?.custom.rule.formula).toMatch(/^=AND\(ISNUMBER\(\$U\d+\),\$U\d+<TODAY\(\),\$Q\d+<>"Đã hoàn thành"/);
    expect(again.conditionalFormats[0]?.custom.format.fill.color).toBe("#FFC7CE");
    expect(again.printArea).toMatch(/^A1:J\d+$/);
    expect(again.footer).toBe("Trang &P/&N");
    expect(xl.active).toBe(SHEET_NAMES.plan);
    await undoCommand(xl.context);
    expect(xl.snapshot(SHEET_NAMES.plan)).toEqual(typed);
  });

  it("Lập kế hoạch again merges staff's merged cells over the same criteria, wherever their rows went; Hoàn tác puts them back", async () => {
    const xl = workbook(seed001Messy());
    await planCommand(xl.context, {}, AT);
    const plan = xl.sheet(SHEET_NAMES.plan)!;
    const [solution, codeCol] = [layoutKeys().keys.indexOf("solution"), layoutKeys().keys.indexOf("code")];
    const rowOf = (code: string) => Number([...plan.cells.entries()].find(([k, c]) => k.endsWith(`,${codeCol}`) && c.value === code)![0].split(",")[0]);
    // one solution for 7.3.1 and 7.3.2, merged over their two rows
    const first = rowOf("7.3.1");
    expect(rowOf("7.3.2")).toBe(first + 1);
    plan.type(first, solution, "Rà soát quy trình một cửa");
    plan.merges.push({ row: first, col: solution, rows: 2, cols: 1 });
    // and 1.1.2 loses points: its row enters the plan above them
    const sheet = xl.sheets[0] as (typeof xl.sheets)[number];
    const row112 = [...sheet.cells.entries()].find(([k, c]) => k.endsWith(",0") && c.value === "1.1.2")![0].split(",")[0];
    sheet.type(Number(row112), 3, 0.5);
    xl.active = sheet.name;
    await planCommand(xl.context, {}, AT);
    const moved = rowOf("7.3.1");
    expect(moved).toBe(first + 1);
    expect(plan.merges).toEqual([{ row: moved, col: solution, rows: 2, cols: 1 }]);
    expect(plan.get(moved, solution)?.value).toBe("Rà soát quy trình một cửa");
    // Hoàn tác: the rows and their merge back where they were
    await undoCommand(xl.context);
    expect(rowOf("7.3.1")).toBe(first);
    expect(plan.merges).toEqual([{ row: first, col: solution, rows: 2, cols: 1 }]);
    expect(plan.get(first, solution)?.value).toBe("Rà soát quy trình một cửa");
  });

  it("Báo cáo tiến độ reads the plan's statuses, writes its own sheet in a fixed number of round trips, and undoes", async () => {
    const xl = workbook(seed001Messy());
    await planCommand(xl.context, {}, AT);
    const plan = xl.sheet(SHEET_NAMES.plan)!;
    const keys = layoutKeys().keys;
    const codeCol = keys.indexOf("code");
    const rows = [...plan.cells.entries()].filter(([k, c]) => k.endsWith(`,${codeCol}`) && /\./.test(String(c.value))).map(([k]) => Number(k.split(",")[0])).sort((a, b) => a - b);
    expect(rows).toHaveLength(28);
    rows.forEach((r, i) => {
      plan.type(r, keys.indexOf("progressStatus"), i < 20 ? "Đã hoàn thành" : i < 25 ? "Đang thực hiện" : "Chưa thực hiện");
      plan.type(r, keys.indexOf("deadline"), i < 25 ? "Quý II/2026" : "Quý I/2026");
    });
    const before = xl.syncs;
    const out = await progressCommand(xl.context, {}, AT, "2026-04-15");
    expect(out.notice).toBe("Tiến độ đến 15/04/2026 (Quý II/2026): 28 nhiệm vụ, 20 đã hoàn thành (71,43%), 5 đang thực hiện, 3 quá hạn. Xem trang “Báo cáo tiến độ”.");
    expect(xl.syncs - before).toBe(out.syncs);
    expect(out.syncs).toBe(2);
    const report = xl.sheet(SHEET_NAMES.progress)!;
    const values = report.grid("values");
    expect(values.find((r) => r[0] === "Đã hoàn thành")?.slice(1, 3)).toEqual([20, 71.43]);
    expect(report.hyperlinks.size).toBe(3);
    expect(xl.active).toBe(SHEET_NAMES.progress);
    await undoCommand(xl.context);
    expect(xl.sheet(SHEET_NAMES.progress)).toBeUndefined();
    // without a plan there is nothing to report on, and nothing is written
    const empty = workbook(seed001Messy());
    const none = await progressCommand(empty.context, {}, AT);
    expect(none.notice).toMatch(/Lập kế hoạch trước/);
    expect(empty.sheets).toHaveLength(1);
  });

  it("a second Tính điểm finds nothing left to write", async () => {
    const xl = workbook(criteriaSheet(80).grid);
    await scoreCommand(xl.context, {}, AT);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.notice).toContain("ghi 0 ô");
  });

  it("Lập kế hoạch on a sheet nobody has scored writes nothing and says why; Tính điểm shows no index", async () => {
    const blank = withAchievedBlank(seed001Messy());
    const xl = workbook(blank);
    const planned = await planCommand(xl.context, {}, AT);
    expect(planned.notice).toBe("Trang “Bảng điểm” chưa được chấm: cột Điểm đạt còn trống ở mọi tiêu chí thành phần nên chưa có điểm bị mất để lập kế hoạch. Chưa ghi gì.");
    expect(planned.canUndo).toBe(false);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Bảng điểm"]);
    const scored = await scoreCommand(xl.context, {}, AT);
    expect(scored.notice).toContain("Chưa tính được chỉ số: bảng chưa được chấm");
    expect(scored.report?.diagnostics.filter((d) => d.code === "SHEET_NOT_SCORED")).toHaveLength(1);
    expect(scored.report?.diagnostics.some((d) => d.code === "SCORE_MISSING")).toBe(false);
  });

  it("writes nothing inside an area title merged across the figure columns; the total still adds up", async () => {
    const layout = romanBlankAreas("merged-titles");
    const xl = workbook(layout.grid);
    const sheet = xl.sheets[0] as (typeof xl.sheets)[number];
    // the fake refuses a write inside a merged area: the old write of the areas' sums failed here
    sheet.merges = mergedOf(layout);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.totals).toMatchObject({ max: layout.expected.max, achieved: layout.expected.achieved });
    expect([sheet.get(2, 1)?.value, sheet.get(12, 1)?.value]).toEqual(["CẢI CÁCH TỔ CHỨC BỘ MÁY", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"]);
    expect([sheet.get(16, 2)?.value, sheet.get(16, 3)?.value, sheet.get(16, 4)?.value]).toEqual([5.5, 4.75, 4.25]);
  });

  it("still scores when the host refuses the merged-areas query: read again without it, one round trip more", async () => {
    const xl = workbook(seed001Messy());
    xl.refuseMergedAreas = true;
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.totals).toMatchObject({ max: 70.5, achieved: 51.077 });
    expect(out.syncs).toBe(xl.syncs);
  });

  it("refuses to score its own sheets and writes nothing without a header", async () => {
    const xl = workbook([["nothing here"]]);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.headerRow).toBe(0);
    expect(xl.syncs).toBe(1);
    expect(xl.sheets).toHaveLength(1);
    xl.addSheet(SHEET_NAMES.summary);
    xl.mark(OWN_MARK_NAME.summary, SHEET_NAMES.summary);
    xl.active = SHEET_NAMES.summary;
    await expect(scoreCommand(xl.context)).rejects.toThrow(/Tổng hợp/);
  });
});

describe("Tính điểm on a self-score / appraisal sheet", () => {
  const grid = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Ý kiến thẩm định"],
    ["1", "Lĩnh vực", 4, null, null, ""],
    ["1.1", "Kế hoạch CCHC", 2, 2, 1.5, "Ban hành chậm"],
    ["1.2", "Báo cáo", 2, 1.5, 1.5, ""],
    ["", "Điểm thưởng", null, 0.5, 0.5],
    ["", "Tổng cộng", null, null, null],
  ];

  it("scores the final figures, writes the comparison sheet with a link per criterion, and undo removes it", async () => {
    const xl = workbook(grid);
    const before = xl.snapshot("Bảng điểm");
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.syncs).toBe(2);
    expect(out.report?.totals).toMatchObject({ self: 3.5, achieved: 3, bonus: 0.5, score: 3.5, index: 87.5, selfIndex: 87.5 });
    const cmp = xl.sheet(SHEET_NAMES.appraisal)!;
    const values = cmp.grid("values");
    const row = values.findIndex((r) => r[0] === "1.1");
    expect(values[row]?.slice(0, 4)).toEqual(["1.1", "Kế hoạch CCHC", 2, 1.5]);
    expect(values.some((r) => r[0] === "1.2")).toBe(false);
    expect([...cmp.hyperlinks.values()]).toEqual([{ documentReference: "'Bảng điểm'!A3", textToDisplay: "1.1" }]);
    await undoCommand(xl.context);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Bảng điểm"]);
    expect(xl.snapshot("Bảng điểm")).toEqual(before);
  });

  it("writes no sum into an empty appraisal column", async () => {
    const selfOnly = grid.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), null, ...r.slice(5)]));
    const xl = workbook(selfOnly);
    const out = await scoreCommand(xl.context, {}, AT);
    expect(out.report?.columns.achieved).toBe("D");
    expect(out.report?.totals.achieved).toBe(3.5);
    const sheet = xl.sheet("Bảng điểm")!;
    expect(sheet.get(1, 3)?.formula).toBe("=SUM(D3:D4)");
    for (let r = 1; r < selfOnly.length; r++) expect(sheet.get(r, 4)?.value ?? null).toBeNull();
    expect(xl.sheet(SHEET_NAMES.appraisal)).toBeUndefined();
  });
});
