import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";

describe("scoreEdits", () => {
  const grid = seed001Clean();
  const analysis = analyzeSheet(grid);
  const leafRows = new Set(analysis.nodes.filter((n) => n.children.length === 0).map((n) => n.row));

  it("writes SUM formulas into parents, carrying their exact result", () => {
    const edits = scoreEdits(analysis, "formulas");
    expect(edits.find((e) => e.cell === "D38")).toMatchObject({ formula: "=SUM(D39,D43:D44,D52,D55)", value: 12.217 });
    expect(edits.find((e) => e.cell === "D110")).toMatchObject({ formula: "=SUM(D2,D24,D38,D56,D66,D77,D89)", value: 51.077 });
    expect(edits.find((e) => e.cell === "F38")).toMatchObject({ formula: "=E38-D38", value: 1.783 });
  });

  it("never touches a leaf's own figures", () => {
    for (const mode of ["formulas", "values"] as const) {
      for (const e of scoreEdits(analysis, mode)) {
        if (leafRows.has(e.row)) expect(e.col).toBe(5); // only the change column
      }
    }
  });

  it("in values mode writes only the figures that change", () => {
    const edits = scoreEdits(analysis, "values");
    expect(edits.map((e) => e.cell).sort()).toEqual(["D110", "D38", "F110", "F38"]);
    expect(edits.every((e) => e.formula === undefined)).toBe(true);
  });

  it("leaves cells alone that already hold the same formula with its result, as after a first Tính điểm", () => {
    const first = scoreEdits(analysis, "formulas");
    expect(first.every((e) => e.formula)).toBe(true);
    const values = grid.map((r) => [...r]);
    const formulas: string[][] = grid.map((r) => r.map(() => ""));
    for (const e of first) {
      (values[e.row] as unknown[])[e.col] = e.value;
      (formulas[e.row] as string[])[e.col] = e.formula as string;
    }
    expect(scoreEdits(analyzeSheet(values, { formulas }), "formulas", formulas)).toEqual([]);
    // a file saved without formula results (LibreOffice) shows blanks to readers that do not recompute: rewrite
    const blanks = values.map((r, i) => r.map((v, c) => (formulas[i]?.[c] ? null : v)));
    expect(scoreEdits(analyzeSheet(blanks, { formulas }), "formulas", formulas)).toHaveLength(first.length);
  });

  it("writes figures where a formula would read a figure typed as text (SUM skips text)", () => {
    const messy = analyzeSheet(seed001Messy());
    const edits = scoreEdits(messy, "formulas");
    // leaves hold "0,5"-style text: parents get numbers, typed-as-text parent figures become numbers too
    expect(edits.find((e) => e.cell === "D48")).toEqual({ row: 47, col: 3, cell: "D48", value: 12.217 });
    expect(edits.find((e) => e.cell === "D7")).toEqual({ row: 6, col: 3, cell: "D7", value: 6.18 });
    // a parent's change column reads cells we just wrote as numbers: a formula is safe there
    expect(edits.find((e) => e.cell === "F48")).toMatchObject({ formula: "=E48-D48", value: 1.783 });
    // a leaf's change column reads the leaf's text figures: a figure
    expect(edits.find((e) => e.cell === "F9")?.formula).toBeUndefined();
    expect(messy.report.diagnostics.filter((d) => d.code === "NUMBER_AS_TEXT").map((d) => d.role)).toEqual(["max", "achieved", "target", "delta"]);
  });
});
