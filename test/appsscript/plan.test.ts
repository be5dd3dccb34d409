// Lập kế hoạch through the built Code.js: the plan sheet, staff's typed cells kept on re-run, undo.
import { beforeAll, describe, expect, it } from "vitest";
import { layoutKeys, SHEET_NAMES } from "../../shared/index.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet, type FakeSheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const SHEET = "Bảng tiêu chí";

describe("Lập kế hoạch (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("writes the plan, keeps what staff typed when re-run, and undoes to the typed version", () => {
    const book = new FakeSpreadsheet();
    book._add(SHEET)._load(seed001Messy());
    const { g } = loadCode(fakeServices(book));
    const state = g.sidebarPlan() as { notice: string };
    expect(state.notice).toMatch(/tiêu chí cần khắc phục/);
    const plan = book._find(SHEET_NAMES.plan) as FakeSheet;
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
