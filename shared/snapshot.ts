// Every write is reversible: before a write, the shell keeps what the cells held; "Hoàn tác" writes it back.
import type { CellEdit, Grid } from "./types.js";
import { a1, type CellBlock } from "./address.js";
import { isFormula, isCellError } from "./text.js";
import { isDate, isDateFormat } from "./dates.js";
import type { RowMove } from "./plan-rules.js";

export type Action = "score" | "plan" | "progress" | "units" | "unicode";

export interface SheetSnapshot {
  name: string;
  /** which of our sheets it is ("findings", "summary", "plan"), so undo can mark it again */
  kind?: string;
  /** false: the write created this sheet, so undo removes it */
  existed: boolean;
  /** the whole sheet as it was (values, with formulas where a cell had one) */
  cells?: SnapshotCell[];
  /** a re-generated plan: how its rows moved (plan-rules.ts), so Hoàn tác moves staff's rules back with them */
  move?: StoredMove;
  /** the merged cells the sheet had (0-based), made again by Hoàn tác where a host can tell them */
  merges?: CellBlock[];
}

/** A plan's row move as kept in a snapshot: numbers only; the host's row count is added back on undo. */
export type StoredMove = Omit<RowMove, "maxRows" | "undo">;

export interface SnapshotCell {
  row: number;
  col: number;
  formula?: string;
  /** a date is kept as ISO text (the host gave a Date) or as its serial number (Office.js), with `type: "date"` */
  value: number | string | boolean | null;
  /** what JSON alone cannot tell: a date, or a cell error ("#N/A") rather than text */
  type?: "date" | "error";
  /** a date's number format ("dd/mm/yyyy"), when the host told it */
  format?: string;
}

/** Number format a figure gets where a date stood (the sum would otherwise show as a day of 1900). */
export const FIGURE_FORMAT = "0.0##";
/** Number format a date gets back when the host did not tell its own. */
export const DATE_FORMAT = "dd/mm/yyyy";

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

/** A cell as it was, with its type: a date stays a date, an error an error, a number a number. */
function before(values: Grid, formulas: Grid | undefined, formats: Grid | undefined, row: number, col: number, origin: { row: number; col: number }): SnapshotCell {
  const r = row - origin.row;
  const c = col - origin.col;
  const f = formulas?.[r]?.[c];
  const v = values[r]?.[c];
  const format = formats?.[r]?.[c];
  const out: SnapshotCell = { row, col, value: null };
  if (isFormula(f, v)) out.formula = f;
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) return out;
    out.value = v.toISOString();
    out.type = "date";
  } else if (typeof v === "number" && isDateFormat(format)) {
    out.value = v;
    out.type = "date";
  } else if (v === undefined || v === null || v === "") {
    return out;
  } else if (typeof v === "number" || typeof v === "boolean") {
    // JSON has no Infinity or NaN: no host returns them, but a snapshot must never turn them into something else silently
    out.value = typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
  } else if (typeof v === "string") {
    out.value = v;
    if (isCellError(v)) out.type = "error";
  } else out.value = String(v);
  if (out.type === "date" && typeof format === "string" && format !== "") out.format = format;
  return out;
}

/** Whether the cell holds a date (a Date, or an Office.js serial under a date format): a figure written there needs a number format. */
export function holdsDate(values: Grid, formats: Grid | undefined, row: number, col: number, origin = { row: 0, col: 0 }): boolean {
  const v = values[row - origin.row]?.[col - origin.col];
  return isDate(v) || (typeof v === "number" && isDateFormat(formats?.[row - origin.row]?.[col - origin.col]));
}

/** The prior content of every cell `edits` will change. `values`/`formulas` start at `origin` in the sheet. */
export function takeSnapshot(
  action: Action,
  sheet: string,
  values: Grid,
  formulas: Grid | undefined,
  edits: readonly CellEdit[],
  options: { origin?: { row: number; col: number }; sheets?: SheetSnapshot[]; at?: string; numberFormats?: Grid } = {},
): Snapshot {
  const origin = options.origin ?? { row: 0, col: 0 };
  return {
    version: 1,
    action,
    at: options.at ?? new Date().toISOString(),
    sheet,
    cells: edits.map((e) => before(values, formulas, options.numberFormats, e.row, e.col, origin)),
    sheets: options.sheets ?? [],
  };
}

/** A whole sheet's content for the snapshot (non-empty cells only). */
export function sheetCells(values: Grid, formulas?: Grid, origin = { row: 0, col: 0 }, numberFormats?: Grid): SnapshotCell[] {
  const out: SnapshotCell[] = [];
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      const f = formulas?.[r]?.[c];
      if ((v === null || v === undefined || v === "") && !isFormula(f, v)) return;
      out.push(before(values, formulas, numberFormats, r + origin.row, c + origin.col, origin));
    }),
  );
  return out;
}

/** A snapshot cell's value as a host should write it: a Date for a date kept as ISO text, the rest as kept. */
export function restoredValue(s: SnapshotCell): number | string | boolean | Date | null {
  if (s.type === "date" && typeof s.value === "string") {
    const d = new Date(s.value);
    return Number.isNaN(d.getTime()) ? s.value : d;
  }
  return s.value;
}

/** The edits that put the cells back as they were: a date with its number format, an error as an error. */
export function undoEdits(cells: readonly SnapshotCell[]): CellEdit[] {
  return cells.map((s) => {
    const edit: CellEdit = { row: s.row, col: s.col, cell: a1(s.row, s.col), ...(s.formula ? { formula: s.formula } : {}), value: restoredValue(s) };
    if (s.type === "date") edit.numberFormat = s.format ?? DATE_FORMAT;
    if (s.type === "error") edit.error = true;
    return edit;
  });
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
    if (!(s && s.version === 1 && Array.isArray(s.cells) && s.cells.every(isCell) && Array.isArray(s.sheets))) return null;
    // a damaged move only loses the rules' way back, damaged merges only the merging: the values still come back
    for (const sheet of s.sheets) {
      if (sheet && sheet.move !== undefined && !isMove(sheet.move)) delete sheet.move;
      if (sheet && sheet.merges !== undefined && !(Array.isArray(sheet.merges) && sheet.merges.every(isBlock))) delete sheet.merges;
    }
    return s;
  } catch {
    return null;
  }
}

/** The snapshot with the merged cells one of the sheets it replaces had, for Hoàn tác to make again. */
export function withMerges(snapshot: Snapshot, sheet: string, merges: readonly CellBlock[]): Snapshot {
  if (!merges.length) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.map((s) => (s.name === sheet ? { ...s, merges: merges.map((m) => ({ ...m })) } : s)) };
}

/** A stored cell we can write back; anything else means the hidden sheet was tampered with. */
function isCell(c: unknown): c is SnapshotCell {
  if (!c || typeof c !== "object") return false;
  const x = c as Record<string, unknown>;
  const v = x.value;
  return (
    Number.isInteger(x.row) &&
    Number.isInteger(x.col) &&
    (x.row as number) >= 0 &&
    (x.col as number) >= 0 &&
    (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") &&
    (x.formula === undefined || typeof x.formula === "string") &&
    (x.type === undefined || x.type === "date" || x.type === "error") &&
    (x.format === undefined || typeof x.format === "string")
  );
}

const isRow = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const isBlock = (b: unknown): b is CellBlock => {
  const x = (b ?? {}) as Record<string, unknown>;
  return isRow(x.row) && isRow(x.col) && isRow(x.rows) && isRow(x.cols) && x.rows >= 1 && x.cols >= 1;
};
const isBody = (b: unknown) => b === null || (!!b && typeof b === "object" && isRow((b as { first?: unknown }).first) && isRow((b as { last?: unknown }).last));

/** A stored move whose numbers make sense together: each old row taken at most once, bodies and widths counts. */
function isMove(m: unknown): m is StoredMove {
  if (!m || typeof m !== "object") return false;
  const x = m as Record<string, unknown>;
  if (!Array.isArray(x.sources) || !isRow(x.oldRows) || !isRow(x.oldWidth) || !isRow(x.newWidth) || !isBody(x.oldBody) || !isBody(x.newBody)) return false;
  const seen = new Set<number>();
  for (const s of x.sources as unknown[]) {
    if (s === null) continue;
    if (!isRow(s) || s >= (x.oldRows as number) || seen.has(s)) return false;
    seen.add(s);
  }
  return true;
}

/** Name of the hidden sheet that keeps the last snapshot. */
export const UNDO_SHEET = "_cchc_hoan_tac";
