import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { runPlan, runScore } from "../../shared/commands.js";
import { DATE_FORMAT, decodeSnapshot, encodeSnapshot, FIGURE_FORMAT, takeSnapshot, undoEdits, withMerges, type SheetSnapshot } from "../../shared/snapshot.js";
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

  it("keep every cell's type: a date stays a date (with its format), an error an error, a boolean a boolean", () => {
    const may1 = new Date(Date.UTC(2024, 4, 1));
    const values = [[may1, 45413, "#N/A", true, 0, "", "0"]];
    const formats = [["d/m/yyyy", "dd/mm/yyyy", "General", "General", "General", "General", "@"]];
    const edits = values[0]!.map((_, c) => ({ row: 0, col: c, cell: "", value: 1 }));
    const snap = takeSnapshot("score", "S", values, undefined, edits, { numberFormats: formats });
    for (const s of [snap, decodeSnapshot(encodeSnapshot(snap))!]) {
      const undo = undoEdits(s.cells);
      expect(undo.map((e) => e.value)).toEqual([may1, 45413, "#N/A", true, 0, null, "0"]);
      expect(undo[0]!.value).toBeInstanceOf(Date);
      expect(undo.map((e) => e.numberFormat)).toEqual(["d/m/yyyy", "dd/mm/yyyy", undefined, undefined, undefined, undefined, undefined]);
      expect(undo.map((e) => e.error ?? false)).toEqual([false, false, true, false, false, false, false]);
    }
    // a date from a host that did not tell its format comes back as a date a person can read
    const bare = takeSnapshot("score", "S", [[may1]], undefined, [{ row: 0, col: 0, cell: "A1", value: 1 }]);
    expect(undoEdits(decodeSnapshot(encodeSnapshot(bare))!.cells)[0]).toMatchObject({ value: may1, numberFormat: DATE_FORMAT });
  });

  it("keep the merged cells a replaced sheet had; damaged ones are dropped, the values still come back", () => {
    const snap = takeSnapshot("plan", "S", [[1]], undefined, [], { sheets: [{ name: "Kế hoạch", kind: "plan", existed: true, cells: [] }] });
    const kept = withMerges(snap, "Kế hoạch", [{ row: 7, col: 3, rows: 2, cols: 1 }]);
    expect(decodeSnapshot(encodeSnapshot(kept))?.sheets[0]?.merges).toEqual([{ row: 7, col: 3, rows: 2, cols: 1 }]);
    expect(withMerges(snap, "Kế hoạch", [])).toBe(snap);
    const damaged = encodeSnapshot({ ...kept, sheets: [{ ...(kept.sheets[0] as SheetSnapshot), merges: [{ row: -1, col: 0, rows: 0, cols: 1 }] }] });
    const back = decodeSnapshot(damaged);
    expect(back?.sheets[0]).not.toHaveProperty("merges");
    expect(back?.sheets[0]?.existed).toBe(true);
  });

  it("keep a re-generated plan's row move (numbers only, small), and undo values alone from one without it", () => {
    const first = runPlan({ name: "Phụ lục", values: seed001Messy() });
    if (first.notScored) throw new Error("the seed is scored");
    expect(first.snapshot.sheets[0]?.move).toBeUndefined();
    const grid = first.table.grid;
    const again = runPlan({ name: "Phụ lục", values: seed001Messy() }, {}, { plan: { values: grid } });
    if (again.notScored) throw new Error("the seed is scored");
    const move = again.snapshot.sheets[0]?.move;
    expect(move?.sources).toEqual(again.table.sources);
    expect(move).toMatchObject({ oldRows: grid.length, newWidth: again.table.columns.length });
    // a few characters a row: far below what the plan's own cells take
    expect(JSON.stringify(move).length).toBeLessThan(8 * grid.length + 200);
    const kept = decodeSnapshot(encodeSnapshot(again.snapshot));
    expect(kept?.sheets[0]?.move).toEqual(move);
    // a snapshot from before moves were kept, or a damaged move: the values still come back
    const old = { ...again.snapshot, sheets: again.snapshot.sheets.map(({ move: _, ...s }) => s) };
    expect(decodeSnapshot(encodeSnapshot(old))?.sheets[0]?.cells).toEqual(again.snapshot.sheets[0]?.cells);
    const damaged = { ...again.snapshot, sheets: again.snapshot.sheets.map((s) => ({ ...s, move: { ...s.move, sources: [0, 0, "x"] } })) };
    const read = decodeSnapshot(encodeSnapshot(damaged as never));
    expect(read?.sheets[0]?.cells).toEqual(again.snapshot.sheets[0]?.cells);
    expect(read?.sheets[0]?.move).toBeUndefined();
  });

  it("refuse a stored snapshot whose cells were tampered with", () => {
    const good = takeSnapshot("score", "S", [[1]], undefined, [{ row: 0, col: 0, cell: "A1", value: 2 }]);
    const bad = { ...good, cells: [{ row: -1, col: 0, value: { evil: true } }] };
    expect(decodeSnapshot(encodeSnapshot(bad as never))).toBeNull();
  });

  it("give a sum written where a date stood a figure's format, and the date its own back on Hoàn tác", () => {
    const values = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "A", 3, 45413],
      ["1.1", "a", 1, 1],
      ["1.2", "b", 2, 1],
    ];
    const numberFormats = values.map((r, i) => r.map((_, c) => (i === 1 && c === 3 ? "dd/mm/yyyy" : "General")));
    const result = runScore({ name: "S", values, numberFormats }, { writeMode: "values" });
    expect(result.edits).toEqual([{ row: 1, col: 3, cell: "D2", value: 2, numberFormat: FIGURE_FORMAT }]);
    // the write replaced the date with the sum: no longer a finding, listed as corrected, shown as staff saw it
    expect(result.report.diagnostics.map((d) => d.code)).not.toContain("VALUE_DATE");
    expect(result.corrections).toEqual([expect.objectContaining({ cell: "D2", from: "01/05/2024", to: 2, code: "VALUE_DATE" })]);
    expect(undoEdits(result.snapshot.cells)).toEqual([{ row: 1, col: 3, cell: "D2", value: 45413, numberFormat: "dd/mm/yyyy" }]);
  });
});

