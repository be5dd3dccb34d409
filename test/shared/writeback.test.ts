import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";
import { seed001Messy } from "../fixtures/seed001.js";

describe("scoreEdits", () => {
  const grid = seed001Messy();
  const analysis = analyzeSheet(grid);
  const leafRows = new Set(analysis.nodes.filter((n) => n.children.length === 0).map((n) => n.row));

  it("writes SUM formulas into parents, carrying their exact result", () => {
    const edits = scoreEdits(analysis, "formulas");
    const area3 = edits.find((e) => e.cell === "D48");
    expect(area3).toMatchObject({ formula: "=SUM(D49,D54:D55,D64,D67)", value: 12.217 });
    const total = edits.find((e) => e.cell === "D129");
    expect(total?.formula).toMatch(/^=SUM\(D7,D30?/);
    expect(total?.value).toBe(51.077);
    expect(edits.find((e) => e.cell === "F48")).toMatchObject({ formula: "=E48-D48", value: 1.783 });
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
    expect(edits.map((e) => e.cell).sort()).toEqual(["D129", "D48", "F129", "F48"]);
    expect(edits.every((e) => e.formula === undefined)).toBe(true);
  });

  it("leaves cells alone that already hold the same formula", () => {
    const first = scoreEdits(analysis, "formulas");
    const formulas: string[][] = grid.map((r) => r.map(() => ""));
    for (const e of first) (formulas[e.row] as string[])[e.col] = e.formula as string;
    expect(scoreEdits(analysis, "formulas", formulas)).toEqual([]);
  });
});
