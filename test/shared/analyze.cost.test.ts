import { describe, expect, it } from "vitest";
import { generateSheet, SHEET_FILLS } from "../../bench/sheet.js";
import { analyzeSheet } from "../../shared/analyze.js";
import { planTable } from "../../shared/plan.js";
import { scoreEdits } from "../../shared/writeback.js";

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

describe("messages shared between findings (one text per code, column and content)", () => {
  it("each unreadable figure's message names its own column and what it holds, in either language", () => {
    const head = [...HEAD, "Mục tiêu"];
    const grid = [head, ["1", "A", "đạt", "đạt", "#N/A"], ["2", "B", "#N/A", "chưa chấm", "đạt"], ["3", "C", "đạt", "#N/A", "chưa chấm"]];
    for (const lang of ["vi", "en"] as const) {
      const { report } = analyzeSheet(grid, { settings: { lang } });
      const unreadable = report.diagnostics.filter((d) => d.code === "VALUE_NOT_NUMBER" || d.code === "CELL_ERROR");
      expect(unreadable.map((d) => [d.cell, d.code, d.found])).toEqual([
        ["C2", "VALUE_NOT_NUMBER", "đạt"],
        ["D2", "VALUE_NOT_NUMBER", "đạt"],
        ["E2", "CELL_ERROR", "#N/A"],
        ["C3", "CELL_ERROR", "#N/A"],
        ["D3", "VALUE_NOT_NUMBER", "chưa chấm"],
        ["E3", "VALUE_NOT_NUMBER", "đạt"],
        ["C4", "VALUE_NOT_NUMBER", "đạt"],
        ["D4", "CELL_ERROR", "#N/A"],
        ["E4", "VALUE_NOT_NUMBER", "chưa chấm"],
      ]);
      const role = lang === "vi" ? { C: "tối đa", D: "đạt", E: "mục tiêu" } : { C: "max", D: "achieved", E: "target" };
      for (const d of unreadable) {
        expect(d.message.toLowerCase()).toContain(role[d.cell[0] as "C" | "D" | "E"]);
        expect(d.message).toContain(String(d.found));
      }
      // the same code, column and text: the same words; another column: other words
      const [c2, d2] = unreadable as [(typeof unreadable)[0], (typeof unreadable)[0]];
      expect(c2.message).not.toBe(d2.message);
      expect(unreadable[6]?.message).toBe(c2.message);
    }
  });
});

describe("work grows in step with the rows, whatever the figures hold", () => {
  // Deterministic, not timed: count the callbacks that array scans (some, every, find, filter…) run during the
  // pipeline. A per-row scan of the findings (the blank-template bug) makes this grow with the square of the rows.
  const METHODS = ["some", "every", "find", "findIndex", "filter", "map", "forEach", "reduce", "flatMap"] as const;
  function scans(grid: unknown[][]): number {
    const proto = Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const saved = METHODS.map((m) => proto[m] as (...a: unknown[]) => unknown);
    let calls = 0;
    METHODS.forEach((m, k) => {
      const original = saved[k] as (...a: unknown[]) => unknown;
      proto[m] = function (this: unknown[], fn: unknown, ...rest: unknown[]) {
        const counted = typeof fn === "function" ? (...a: unknown[]) => (calls++, (fn as (...b: unknown[]) => unknown)(...a)) : fn;
        return original.call(this, counted, ...rest);
      };
    });
    try {
      const analysis = analyzeSheet(grid, { sheet: "Bench" });
      scoreEdits(analysis);
      planTable(analysis, "vi");
    } finally {
      METHODS.forEach((m, k) => (proto[m] = saved[k] as (...a: unknown[]) => unknown));
    }
    return calls;
  }

  for (const fill of SHEET_FILLS) {
    it(`${fill}: 4 000 rows cost at most 4,4 times 1 000 rows`, () => {
      const small = scans(generateSheet(1_000, fill));
      const big = scans(generateSheet(4_000, fill));
      expect(big).toBeLessThanOrEqual(small * 4.4);
    });
  }
});
