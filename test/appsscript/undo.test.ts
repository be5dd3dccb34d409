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

  it("puts a date back as a date with its own number format, an error as an error, in a constant number of calls", () => {
    const counts: number[] = [];
    for (const extra of [0, 2000]) {
      // Sheets hands dates over as Date objects: 1.5 typed into a date-formatted cell became 1 May 2024 (midnight, Việt Nam)
      const may1 = new Date(Date.UTC(2024, 3, 30, 17));
      const grid: unknown[][] = [
        ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu"],
        ["1", "Công tác chỉ đạo", "#N/A", may1, 3],
        ["1.1", "a", 1, 1, 1],
        ["1.2", "b", 2, 0.5, 2],
        ...Array.from({ length: extra }, (_, i) => [`2.${i + 1}`, "c", 0, 0, 0]),
      ];
      if (extra) grid.splice(4, 0, ["2", "Văn bản", 0, 0, 0]);
      const { book, sheet, g } = withSheet(grid);
      sheet.getRange("D2").setNumberFormat("dd/mm/yyyy");
      const before = sheet._dump();
      expect(before).toContain('D2=[{"date":"2024-04-30T17:00:00.000Z"},"","","","dd/mm/yyyy"]');
      const state = g.sidebarScore() as {
        report: { diagnostics: { code: string }[] };
        corrections: { cell: string; from: unknown; finding: { message: string } | null }[];
      };
      // the sum replaced the date: corrected, with what staff saw and why
      expect(state.report.diagnostics.some((d) => d.code === "VALUE_DATE")).toBe(false);
      expect(state.corrections.find((c) => c.cell === "D2")).toMatchObject({
        from: "01/05/2024",
        finding: { message: expect.stringContaining("ô chứa ngày 01/05/2024, không phải điểm — có lẽ đã gõ 1,5 vào ô định dạng ngày") },
      });
      // the area's sum, shown as points
      expect(sheet._peek(1, 3)).toMatchObject({ formula: "=SUM(D3:D4)", format: { numberFormat: "0.0##" } });
      book._calls.count = 0;
      g.sidebarUndo();
      counts.push(book._calls.count);
      expect(sheet._dump().split("\n")).toEqual(before.split("\n"));
      expect(Object.prototype.toString.call(sheet._peek(1, 3)?.value)).toBe("[object Date]");
      expect(sheet._peek(1, 2)?.value).toBe("#N/A");
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("says there is nothing to undo when no snapshot exists", () => {
    const { g } = withSheet(seed001Clean());
    const state = g.sidebarUndo() as { canUndo: boolean; notice: string };
    expect(state).toMatchObject({ canUndo: false, notice: "Không có gì để hoàn tác." });
  });
});
