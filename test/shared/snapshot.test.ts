import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { decodeSnapshot, encodeSnapshot, takeSnapshot, undoEdits } from "../../shared/snapshot.js";
import type { CellEdit } from "../../shared/types.js";
import { scoreEdits } from "../../shared/writeback.js";
import { seed001Messy } from "../fixtures/seed001.js";

function apply(grid: unknown[][], edits: readonly CellEdit[]): unknown[][] {
  const out = grid.map((r) => [...r]);
  for (const e of edits) {
    const row = (out[e.row] ??= []);
    row[e.col] = e.formula ?? e.value;
  }
  return out;
}

describe("undo snapshots", () => {
  it("restore exactly what the cells held before Tính điểm", () => {
    const grid = seed001Messy();
    const edits = scoreEdits(analyzeSheet(grid));
    const snap = takeSnapshot("score", "Phụ lục", grid, undefined, edits);
    const after = apply(grid, edits);
    expect(after).not.toEqual(grid);
    const restored = apply(after, undoEdits(snap.cells));
    const blank = (v: unknown) => (v === undefined || v === "" ? null : v);
    for (const e of edits) expect(blank(restored[e.row]?.[e.col])).toEqual(blank(grid[e.row]?.[e.col]));
  });

  it("keeps formulas as formulas", () => {
    const snap = takeSnapshot("score", "S", [[null, 3]], [["", "=1+2"]], [{ row: 0, col: 1, cell: "B1", value: 4 }]);
    expect(undoEdits(snap.cells)).toEqual([{ row: 0, col: 1, cell: "B1", formula: "=1+2", value: 3 }]);
  });

  it("survive the trip through a hidden sheet's cells, however large", () => {
    const big = takeSnapshot("score", "S", [["x".repeat(100_000)]], undefined, [{ row: 0, col: 0, cell: "A1", value: 1 }]);
    const column = encodeSnapshot(big);
    expect(column.length).toBeGreaterThan(3);
    for (const [c] of column) expect((c as string).length).toBeLessThanOrEqual(30000);
    expect(decodeSnapshot(column)).toEqual(big);
    expect(decodeSnapshot([["not json"]])).toBeNull();
  });
});
