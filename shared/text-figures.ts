// Figures typed as text ("0,5" in an English-locale Excel, or an apostrophe-prefixed number): spreadsheet SUM skips
// them, so parents above them cannot hold live formulas. Tính điểm turns them into numbers — the same figure, now a
// number — as part of its (undoable) write, unless settings say not to.
import { a1 } from "./address.js";
import { POINT_ROLES, type Analysis } from "./analyze.js";
import { parsePoints, toPoints } from "./points.js";
import { isFormula } from "./text.js";
import type { CellEdit, Grid } from "./types.js";

/** One edit per leaf points cell holding a number as text; the written value equals the figure the core reads. */
export function textFigureEdits(analysis: Analysis, values: Grid, formulas?: Grid): CellEdit[] {
  const cols = analysis.header?.columns;
  if (!cols || analysis.textNumbers.length === 0) return [];
  const { origin } = analysis;
  const edits: CellEdit[] = [];
  for (const node of analysis.nodes) {
    // parents are rewritten by the rollup; only a leaf's own typed figures are converted here
    if (node.children.length > 0) continue;
    for (const role of POINT_ROLES) {
      const c = cols[role];
      if (c === undefined) continue;
      const raw = values[node.row]?.[c];
      if (typeof raw !== "string" || isFormula(formulas?.[node.row]?.[c], raw)) continue;
      const p = parsePoints(raw);
      // only what reads exactly: "0,5" yes; "0,12345" (a precision finding) stays as typed
      if (p.kind !== "number" || p.excess) continue;
      edits.push({ row: node.row + origin.row, col: c + origin.col, cell: a1(node.row + origin.row, c + origin.col), value: toPoints(p.milli) });
    }
  }
  return edits;
}
