// Tính điểm through the built Code.js on a fake spreadsheet: figures, findings, text kept, calls counted.
import { beforeAll, describe, expect, it } from "vitest";
import { runScore, SHEET_NAMES, UNDO_SHEET, type Report } from "../../shared/index.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet, type FakeSheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";
import { syntheticSheet } from "./synthetic.js";
import { appraisalSheet } from "../fixtures/rounds.js";
import { mergedOf, romanBlankAreas } from "../fixtures/layouts.js";

const SHEET = "Bảng tiêu chí";

function withSheet(grid: unknown[][]) {
  const book = new FakeSpreadsheet();
  const sheet = book._add(SHEET);
  sheet._load(grid);
  const loaded = loadCode(fakeServices(book));
  return { book, sheet, ...loaded };
}

/** every cell of the grid as stored: [value, formula] */
function cellsOf(sheet: FakeSheet, grid: unknown[][]) {
  return grid.map((line, r) => Array.from({ length: Math.max(line.length, 8) }, (_, c) => [sheet._peek(r, c)?.value ?? "", sheet._peek(r, c)?.formula ?? ""]));
}

describe("Tính điểm (built Code.js, fake SpreadsheetApp)", () => {
  beforeAll(ensureBuilt);

  it("reports the seed-001 totals and the area-3 mismatch at D48, with a findings sheet linking to it", () => {
    const { book, sheet, g } = withSheet(seed001Messy());
    const state = g.sidebarScore() as { report: Report; canUndo: boolean; notice: string };
    expect(state.report.totals).toMatchObject({ max: 70.5, achieved: 51.077, target: 67.4, index: 72.45 });
    // the mismatch is corrected by the write: listed as corrected, not as an error left to fix
    expect(state.report.diagnostics.some((d) => d.code === "ROLLUP_MISMATCH")).toBe(false);
    expect(state.canUndo).toBe(true);
    expect(state.notice).toContain("51,077");
    expect(state.notice).toMatch(/Đã sửa \d+ ô ghi sai tổng/);

    const findings = book._find(SHEET_NAMES.findings) as FakeSheet;
    const rows = findings.getDataRange().getValues();
    const formulas = findings.getDataRange().getFormulas();
    const at = rows.findIndex((r) => r[0] === "Đã sửa" && r[1] === "ROLLUP_MISMATCH" && r[2] === "D48");
    expect(at).toBeGreaterThan(0);
    expect(formulas[at]?.[2]).toBe(`=HYPERLINK("#gid=${sheet.getSheetId()}&range=D48","D48")`);
    expect(rows[at]?.[4]).toBe("12,72 → 12,217");

    // the children's figures were typed as text ("7,717"): made numbers, so the parent holds a live SUM
    expect(sheet._peek(47, 3)?.formula).toMatch(/^=SUM\(/);
    expect(sheet.getDataRange().getValues()[47]?.[3]).toBeCloseTo(12.217, 9);

    const summary = book._find(SHEET_NAMES.summary) as FakeSheet;
    expect(summary._charts).toHaveLength(1);
    expect(summary._charts[0]?.ranges).toHaveLength(4);
    expect(book._find(UNDO_SHEET)?._hidden).toBe(true);
    expect(book._active?._name).toBe(SHEET);
  });

  it("writes parent figures that add up (formulas recomputed by the fake) and leaves every other cell as it was", () => {
    const grid = seed001Clean();
    const { sheet, g } = withSheet(grid);
    const before = cellsOf(sheet, grid);
    const expected = runScore({ name: SHEET, values: grid }, {});
    g.sidebarScore();
    const values = sheet.getDataRange().getValues();
    const row = (code: string) => grid.findIndex((r) => r[0] === code);
    expect(values[row("3")]?.[3]).toBeCloseTo(12.217, 9);
    expect(values[row("1")]?.[2]).toBeCloseTo(15.5, 9);
    expect(values[grid.length - 1]?.[3]).toBeCloseTo(51.077, 9);
    expect(values[grid.length - 1]?.[2]).toBeCloseTo(70.5, 9);
    expect(values[row("3")]?.[5]).toBeCloseTo(14 - 12.217, 9);

    const edited = new Set(expected.edits.map((e) => `${e.row},${e.col}`));
    expect(edited.size).toBeGreaterThan(0);
    const after = cellsOf(sheet, grid);
    before.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (!edited.has(`${r},${c}`)) expect(after[r]?.[c], `${r},${c}`).toEqual(cell);
      }),
    );
  });

  it("turns decimal-comma figures typed as text into the same numbers; names, codes and 1.1 stay as typed", () => {
    const grid = seed001Messy();
    const { sheet, g } = withSheet(grid);
    const before = cellsOf(sheet, grid);
    const expected = runScore({ name: SHEET, values: grid }, {});
    g.sidebarScore();
    const edited = new Set(expected.edits.map((e) => `${e.row},${e.col}`));
    const after = cellsOf(sheet, grid);
    let converted = 0;
    before.forEach((line, r) =>
      line.forEach((cell, c) => {
        const now = after[r]?.[c];
        if (!edited.has(`${r},${c}`)) return expect(now, `${r},${c}`).toEqual(cell);
        if (typeof cell[0] === "string" && /^\d+,\d+$/.test(cell[0]) && !now?.[1]) {
          converted++;
          expect(now?.[0], `${r},${c}`).toBe(Number(cell[0].replace(",", ".")));
        }
      }),
    );
    expect(converted).toBeGreaterThan(50);
  });

  it("makes the same number of spreadsheet calls for 20 and 5 000 rows", () => {
    const count = (rows: number) => {
      const grid = syntheticSheet(rows);
      const { book, sheet, g } = withSheet(grid);
      book._calls.count = 0;
      book._calls.names = [];
      const state = g.sidebarScore() as { report: Report };
      const calls = { count: book._calls.count, names: [...book._calls.names] };
      // corrected by the write, so no longer an error
      expect(state.report.diagnostics.some((d) => d.code === "ROLLUP_MISMATCH")).toBe(false);
      // area 1 (row 4) was typed 7; its twelve sub-criteria hold 0.5 each
      expect(sheet._peek(3, 3)?.formula).toBe("=SUM(D5,D9,D13,D17)");
      const values = sheet.getDataRange().getValues();
      expect(values[3]?.[3]).toBe(6);
      expect(values[grid.length - 1]?.[3]).toBe(6 * state.report.areas.length);
      return { ...calls, criteria: state.report.counts.criteria };
    };
    const small = count(20);
    const large = count(5000);
    expect(large.criteria).toBeGreaterThan(4900);
    expect(large.names).toEqual(small.names);
    expect(large.count).toBe(small.count);
    // docs/google-sheets.md states this figure: change both together
    expect(small.count).toBe(87);
  });

  it("refuses to run while another command holds the document lock", () => {
    const { services, sheet, g } = withSheet(seed001Clean());
    services.lock.held = true;
    const before = sheet._dump();
    expect(() => g.sidebarScore()).toThrow(/người khác/i);
    expect(sheet._dump()).toBe(before);
  });

  it("from the menu: a toast with the outcome; a failure becomes a dialog", () => {
    const { book, services, g } = withSheet(seed001Messy());
    g.menuScore();
    expect(book.toasts[0]).toMatch(/51,077\/70,5/);
    services.lock.held = true;
    g.menuScore();
    expect(services.ui.alerts[0]).toMatch(/^Lỗi: /);
  });

  it("marks a finding's cell without covering a fill staff chose, and taking the mark off never whitens their colour", () => {
    // 1.1.1 and 1.3.2 left unscored (their criteria keep other scored parts): two warnings; staff had coloured
    // 1.3.2's cell orange themselves
    const grid = seed001Clean();
    const rowOf = (code: string) => grid.findIndex((r) => r[0] === code);
    const [a, b] = [rowOf("1.1.1"), rowOf("1.3.2")];
    (grid[a] as unknown[])[3] = null;
    (grid[b] as unknown[])[3] = null;
    const { sheet, g } = withSheet(grid);
    sheet._cell(b, 3).background = "#ff9900";
    g.sidebarScore();
    expect(sheet._peek(a, 3)?.background).toBe("#fce8b2");
    expect(sheet._peek(b, 3)?.background).toBe("#ff9900");
    expect(sheet._peek(b, 3)?.note).toMatch(/^\[CCHC\] /);
    // staff colour 1.1.1 green and score both; the marks come off, the colours stay
    sheet._cell(a, 3).background = "#b7e1cd";
    sheet._cell(a, 3).value = 0.5;
    sheet._cell(b, 3).value = 0.5;
    g.sidebarScore();
    expect([sheet._peek(a, 3)?.background, sheet._peek(b, 3)?.background]).toEqual(["#b7e1cd", "#ff9900"]);
    expect([sheet._peek(a, 3)?.note ?? "", sheet._peek(b, 3)?.note ?? ""]).toEqual(["", ""]);
  });

  it("writes nothing inside an area title merged across the figure columns, and no formula reads such a cell", () => {
    const layout = romanBlankAreas("merged-titles");
    const { sheet, g } = withSheet(layout.grid);
    sheet._merges = mergedOf(layout);
    g.sidebarScore();
    for (const r of [2, 12]) for (const c of [2, 3, 4]) expect([sheet._peek(r, c)?.value ?? "", sheet._peek(r, c)?.formula ?? ""]).toEqual(["", ""]);
    // the total stays as typed: a SUM over the areas would read the merged blanks
    expect([2, 3, 4].map((c) => [sheet._peek(16, c)?.value, sheet._peek(16, c)?.formula ?? ""])).toEqual([
      [5.5, ""],
      [4.75, ""],
      [4.25, ""],
    ]);
  });

  it("says so and writes nothing on a sheet without a criteria header", () => {
    const { book, sheet, g } = withSheet([["Danh sách cán bộ"], ["Nguyễn Văn A", "Văn phòng"]]);
    const state = g.sidebarScore() as { report: Report; notice: string };
    expect(state.notice).toMatch(/Không tìm thấy dòng tiêu đề/);
    expect(book._sheets.map((s) => s._name)).toEqual([SHEET]);
    expect(sheet._dump()).not.toContain("[CCHC]");
  });
});

describe("Tính điểm on a self-score / appraisal sheet (built Code.js)", () => {
  beforeAll(ensureBuilt);
  const grid = appraisalSheet();

  it("scores 7,75 (index 77,5, C) and writes the comparison sheet linking each changed criterion", () => {
    const { book, sheet, g } = withSheet(grid);
    const state = g.sidebarScore() as { report: Report };
    expect(state.report.totals).toMatchObject({ self: 8.5, achieved: 7.5, bonus: 0.5, penalty: 0.25, score: 7.75, index: 77.5, grade: "C" });
    const cmp = book._find(SHEET_NAMES.appraisal) as FakeSheet;
    const rows = cmp.getDataRange().getValues();
    const formulas = cmp.getDataRange().getFormulas();
    const at = rows.findIndex((r) => r[1] === "Kế hoạch CCHC năm");
    expect(rows[at]?.slice(2, 4)).toEqual([4, 3.5]);
    expect(formulas[at]?.[0]).toBe(`=HYPERLINK("#gid=${sheet.getSheetId()}&range=A3","1.1")`);
    expect(rows.some((r) => r[1] === "Tuyên truyền")).toBe(false);
    const summary = (book._find(SHEET_NAMES.summary) as FakeSheet).getDataRange().getValues();
    expect(summary.find((r) => r[0] === "Chỉ số (%)")?.slice(1, 3)).toEqual([85, 77.5]);
  });

  it("writes no sum into the appraisal column while it is empty, and no comparison sheet", () => {
    const selfOnly = grid.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), null, r[5]]));
    const { book, sheet, g } = withSheet(selfOnly);
    const state = g.sidebarScore() as { report: Report };
    expect(state.report.columns.achieved).toBe("D");
    expect(state.report.totals).toMatchObject({ achieved: 8.5, score: 8.75 });
    expect(sheet._peek(1, 3)?.formula).toMatch(/^=SUM\(D3:D5\)$/);
    for (let r = 1; r < selfOnly.length; r++) expect(sheet._peek(r, 4)?.value ?? "").toBe("");
    expect(book._find(SHEET_NAMES.appraisal)).toBeFalsy();
  });
});

describe("Tính điểm on other provinces' layouts (built Code.js)", () => {
  beforeAll(ensureBuilt);
  it("Roman areas with criteria restarting and a signature block: the core's figures, no finding", async () => {
    const { romanAreas } = await import("../fixtures/layouts.js");
    const layout = romanAreas("phan");
    const { g } = withSheet(layout.grid);
    const state = g.sidebarScore() as { report: Report };
    expect(state.report.totals).toMatchObject({ max: 11, achieved: 8.5 });
    expect(state.report.diagnostics).toEqual([]);
    expect(state.report.counts.criteria).toBe(layout.expected.paths?.length);
    // the sidebar shows no criteria list, and does not receive one (a 10 000-row sheet would send 10 000 objects)
    expect("criteria" in state.report).toBe(false);
  });
  it("a mistyped code leaves the typed total as it is", async () => {
    const { romanAreas } = await import("../fixtures/layouts.js");
    const grid = romanAreas("plain").grid.map((r) => [...r]);
    (grid[12] as unknown[])[0] = "2..";
    const { sheet, g } = withSheet(grid);
    g.sidebarScore();
    expect([sheet._peek(16, 2)?.value, sheet._peek(16, 3)?.value, sheet._peek(10, 3)?.value]).toEqual([11, 8.5, 2.5]);
  });
});
