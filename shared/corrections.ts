// After Tính điểm the pane, Kiểm tra and the CLI describe the sheet as it now is: the figures staff must still fix,
// and, apart, what the write corrected ("D48: 12,72 → 12,217").
import { isDate, isDateFormat, serialToDate, staffDate } from "./dates.js";
import { parsePoints, toPoints } from "./points.js";
import type { CellEdit, Diagnostic, DiagnosticCode, Grid } from "./types.js";

export interface Correction {
  cell: string;
  /** 1-based sheet row, as for findings */
  row: number;
  col: number;
  /** what the cell said before: its figure, a date as staff saw it, or its text */
  from: number | string;
  to: number;
  /** the finding this write resolved at the cell (ROLLUP_MISMATCH, TOTAL_MISMATCH, DELTA_MISMATCH…) */
  code: DiagnosticCode | null;
  /** that finding, so a pane can say why in either language */
  finding: Diagnostic | null;
}

/** The grids as the host will hold them once `edits` are written (values: a formula's result; formulas and number
 * formats alongside). */
export function gridsAfter(
  values: Grid,
  formulas: Grid | undefined,
  edits: readonly CellEdit[],
  origin: { row: number; col: number } = { row: 0, col: 0 },
  numberFormats?: Grid,
): { values: unknown[][]; formulas: unknown[][] | undefined; numberFormats: unknown[][] | undefined } {
  const v = values.map((line) => [...line]);
  const f = formulas || edits.some((e) => e.formula) ? values.map((_, r) => [...(formulas?.[r] ?? [])]) : undefined;
  const n = numberFormats?.map((line) => [...line]);
  for (const e of edits) {
    const r = e.row - origin.row;
    const c = e.col - origin.col;
    if (r < 0 || c < 0) continue;
    while (v.length <= r) v.push([]);
    (v[r] as unknown[])[c] = e.value;
    if (f) {
      while (f.length <= r) f.push([]);
      (f[r] as unknown[])[c] = e.formula ?? "";
    }
    if (n && e.numberFormat !== undefined) {
      while (n.length <= r) n.push([]);
      (n[r] as unknown[])[c] = e.numberFormat;
    }
  }
  return { values: v, formulas: f, numberFormats: n };
}

/** The edits that changed a figure, each with the finding it resolved (if one stood at that cell). */
export function correctionsOf(
  edits: readonly CellEdit[],
  values: Grid,
  before: readonly Diagnostic[],
  origin: { row: number; col: number } = { row: 0, col: 0 },
  numberFormats?: Grid,
): Correction[] {
  // the finding that stood at a cell the write replaces (errors first) is what the write resolved there
  const found = new Map<string, Diagnostic>();
  for (const d of before) {
    const had = d.cell ? found.get(d.cell) : undefined;
    if (d.cell && (!had || (had.severity !== "error" && d.severity === "error"))) found.set(d.cell, d);
  }
  const out: Correction[] = [];
  for (const e of edits) {
    if (typeof e.value !== "number") continue;
    const r = e.row - origin.row;
    const c = e.col - origin.col;
    const raw = values[r]?.[c];
    const date = isDate(raw) ? raw : typeof raw === "number" && isDateFormat(numberFormats?.[r]?.[c]) ? serialToDate(raw) : null;
    const p = parsePoints(raw);
    // a blank parent filled in is the sum doing its job, not a wrong figure put right
    if (!date && p.kind === "blank") continue;
    const from = date ? staffDate(date) : p.kind === "number" ? toPoints(p.milli) : String(raw);
    // same figure (a formula put back, a text figure made a number): nothing was wrong there
    if (from === e.value) continue;
    const finding = found.get(e.cell) ?? null;
    out.push({ cell: e.cell, row: e.row + 1, col: e.col, from, to: e.value, code: finding?.code ?? null, finding });
  }
  return out;
}
