// Excel's SUM skips numbers stored as text ("0,5" typed under English regional settings), and E8-D8 on such
// text gives #VALUE!: a formula fed by a text cell would recompute to a wrong figure the moment Excel opens
// the file. Those cells are written as values instead; formulas stay wherever their inputs are real numbers.
import { a1, columnIndex, isBlank, type CellEdit, type Grid } from "../shared/index.js";

const REF = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/** Sheet cells (0-based) a formula reads, ranges expanded. */
export function precedents(formula: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const m of formula.matchAll(REF)) {
    const c1 = columnIndex(m[1] as string);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push({ row: r, col: c });
  }
  return out;
}

/** `values` is the sheet from A1. Returns the edits with text-fed formulas turned into plain values. */
export function guardFormulas(edits: readonly CellEdit[], values: Grid): { edits: CellEdit[]; demoted: number } {
  const written = new Set(edits.map((e) => e.cell));
  let demoted = 0;
  const out = edits.map((e): CellEdit => {
    if (!e.formula) return e;
    const textFed = precedents(e.formula.slice(1)).some(({ row, col }) => {
      if (written.has(a1(row, col))) return false;
      const v = values[row]?.[col];
      return typeof v === "string" && !isBlank(v);
    });
    if (!textFed) return e;
    demoted++;
    return { row: e.row, col: e.col, cell: e.cell, value: e.value };
  });
  return { edits: out, demoted };
}
