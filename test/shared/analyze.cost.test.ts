import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";

const HEAD = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"];

describe("one finding per cell (findings are looked up by cell, not scanned)", () => {
  it("an unreadable max or achieved cell is reported as such, not also as missing", () => {
    const grid = [HEAD, ["1", "A", "#N/A", "một"], ["2", "B", null, null], ["3", "C", 1, "#REF!"]];
    // the grid sits at C5 in its sheet: the lookup must use the same cells as the findings
    const { report } = analyzeSheet(grid, { origin: { row: 4, col: 2 } });
    expect(report.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ["CELL_ERROR", "E6"],
      ["VALUE_NOT_NUMBER", "F6"],
      ["MAX_MISSING", "E7"],
      ["SCORE_MISSING", "F7"],
      ["CELL_ERROR", "F8"],
    ]);
  });
});
