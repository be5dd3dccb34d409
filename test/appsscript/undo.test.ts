// Hoàn tác through the built Code.js: the grid comes back exactly, created sheets go, replaced ones return.
import { beforeAll, describe, expect, it } from "vitest";
import { SHEET_NAMES, UNDO_SHEET } from "../../shared/index.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet, type FakeSheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const SHEET = "Bảng tiêu chí";

function withSheet(grid: unknown[][]) {
  const book = new FakeSpreadsheet();
  const sheet = book._add(SHEET);
  sheet._load(grid);
  return { book, sheet, ...loadCode(fakeServices(book)) };
}

describe("Hoàn tác (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it.each([
    ["messy", seed001Messy],
    ["clean", seed001Clean],
  ])("restores the %s criteria sheet exactly (values, formulas, notes, fills) and removes the sheets it created", (_, make) => {
    const { book, sheet, g } = withSheet(make());
    // a note and a fill of the staff's own on a cell the run will mark
    sheet._cell(47, 3).note = "kiểm tra lại với phòng KHTC";
    sheet._cell(47, 3).background = "#00ff00";
    const before = sheet._dump();
    g.sidebarScore();
    expect(sheet._dump()).not.toBe(before);
    const state = g.sidebarUndo() as { canUndo: boolean; notice: string };
    expect(sheet._dump()).toBe(before);
    expect(state.canUndo).toBe(false);
    expect(state.notice).toMatch(/hoàn tác/);
    expect(book._sheets.map((s) => s._name)).toEqual([SHEET]);
  });

  it("after a second run, brings back the first run's result sheets and marks", () => {
    const { book, sheet, g } = withSheet(seed001Messy());
    g.sidebarScore();
    const first = sheet._dump();
    const findings = (book._find(SHEET_NAMES.findings) as FakeSheet).getDataRange().getValues();
    const summary = (book._find(SHEET_NAMES.summary) as FakeSheet).getDataRange().getValues();
    // staff fix the typo in area 3 (as text, the way the sheet holds figures) and run again
    sheet._cell(47, 3).value = "12,217";
    sheet._cell(47, 3).formula = undefined;
    delete sheet._cell(47, 3).formula;
    const edited = sheet._dump();
    g.sidebarScore();
    g.sidebarUndo();
    expect(sheet._dump()).toBe(edited);
    expect(edited).not.toBe(first);
    expect((book._find(SHEET_NAMES.findings) as FakeSheet).getDataRange().getValues()).toEqual(findings);
    expect((book._find(SHEET_NAMES.summary) as FakeSheet).getDataRange().getValues()).toEqual(summary);
    expect(book._find(UNDO_SHEET)).toBeUndefined();
  });

  it("says there is nothing to undo when no snapshot exists", () => {
    const { g } = withSheet(seed001Clean());
    const state = g.sidebarUndo() as { canUndo: boolean; notice: string };
    expect(state).toMatchObject({ canUndo: false, notice: "Không có gì để hoàn tác." });
  });
});
