// Every write is reversible: before a write, the shell keeps what the cells held; "Hoàn tác" writes it back.
import type { CellEdit, Grid } from "./types.js";
import { a1 } from "./address.js";
import { isFormula } from "./text.js";

export type Action = "score" | "plan" | "unicode";

export interface SheetSnapshot {
  name: string;
  /** false: the write created this sheet, so undo removes it */
  existed: boolean;
  /** the whole sheet as it was (values, with formulas where a cell had one) */
  cells?: SnapshotCell[];
}

export interface SnapshotCell {
  row: number;
  col: number;
  formula?: string;
  value: number | string | boolean | null;
}

export interface Snapshot {
  version: 1;
  action: Action;
  /** ISO time the write was made */
  at: string;
  /** the criteria sheet the edits were made on */
  sheet: string;
  /** what the edited cells held */
  cells: SnapshotCell[];
  /** sheets the write replaced or created (Kiểm tra, Tổng hợp, Kế hoạch khắc phục) */
  sheets: SheetSnapshot[];
  /** fonts the write changed (legacy text drawn by .VnTime / VNI fonts), as they were; undo puts them back */
  fonts?: { row: number; col: number; name: string }[];
}

function before(values: Grid, formulas: Grid | undefined, row: number, col: number, origin: { row: number; col: number }): SnapshotCell {
  const r = row - origin.row;
  const c = col - origin.col;
  const f = formulas?.[r]?.[c];
  const v = values[r]?.[c];
  const value = v === undefined || v === null || v === "" ? null : v instanceof Date ? (Number.isNaN(v.getTime()) ? null : v.toISOString()) : (v as SnapshotCell["value"]);
  return isFormula(f, v) ? { row, col, formula: f, value } : { row, col, value };
}

/** The prior content of every cell `edits` will change. `values`/`formulas` start at `origin` in the sheet. */
export function takeSnapshot(
  action: Action,
  sheet: string,
  values: Grid,
  formulas: Grid | undefined,
  edits: readonly CellEdit[],
  options: { origin?: { row: number; col: number }; sheets?: SheetSnapshot[]; at?: string } = {},
): Snapshot {
  const origin = options.origin ?? { row: 0, col: 0 };
  return {
    version: 1,
    action,
    at: options.at ?? new Date().toISOString(),
    sheet,
    cells: edits.map((e) => before(values, formulas, e.row, e.col, origin)),
    sheets: options.sheets ?? [],
  };
}

/** A whole sheet's content for the snapshot (non-empty cells only). */
export function sheetCells(values: Grid, formulas?: Grid, origin = { row: 0, col: 0 }): SnapshotCell[] {
  const out: SnapshotCell[] = [];
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      const f = formulas?.[r]?.[c];
      if ((v === null || v === undefined || v === "") && !isFormula(f, v)) return;
      out.push(before(values, formulas, r + origin.row, c + origin.col, origin));
    }),
  );
  return out;
}

/** The edits that put the cells back as they were. */
export function undoEdits(cells: readonly SnapshotCell[]): CellEdit[] {
  return cells.map((s) => ({ row: s.row, col: s.col, cell: a1(s.row, s.col), ...(s.formula ? { formula: s.formula } : {}), value: s.value }));
}

/** Cell text limits: Excel 32 767 characters, Google Sheets 50 000. Chunks stay below both. */
const CHUNK = 30000;

/** A snapshot as a column of text cells for a hidden sheet (document settings cap their size). */
export function encodeSnapshot(s: Snapshot): string[][] {
  const json = JSON.stringify(s);
  const out: string[][] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push([json.slice(i, i + CHUNK)]);
  return out.length ? out : [[""]];
}

export function decodeSnapshot(column: Grid): Snapshot | null {
  const json = column.map((r) => (typeof r[0] === "string" ? r[0] : "")).join("");
  if (!json) return null;
  try {
    const s = JSON.parse(json) as Snapshot;
    return s && s.version === 1 && Array.isArray(s.cells) ? s : null;
  } catch {
    return null;
  }
}

/** Name of the hidden sheet that keeps the last snapshot. */
export const UNDO_SHEET = "_cchc_hoan_tac";
