// Writes queued into as few requests as possible, split only when a request would pass Excel on the web's 5 MB cap.
import { DATE_FORMAT, dateToSerial, isDate, literalText, type CellEdit } from "../../shared/index.js";

/** Stay well under the 5 MB request limit: JSON overhead and formatting commands ride along. */
export const REQUEST_BUDGET = 4_000_000;

export type CellInput = string | number | boolean | null | undefined;

/** What Office.js should receive for a value: strings always literal, blanks as "". */
export function officeValue(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  // a date goes back as Excel keeps it: its serial number (the cell's date format shows it as a date)
  if (isDate(v)) return Number.isNaN(v.getTime()) ? "" : dateToSerial(v);
  const s = String(v);
  return s === "" ? "" : literalText(s);
}

/** Counts the bytes queued on a context and syncs when the next write would not fit. */
export class Batch {
  private queued = 0;
  syncs = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Reserve room for `bytes`; flushes the queue first when it would overflow. */
  async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    this.queued += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
    // the suspension lasts until the next sync; writes after it must not recalculate cell by cell either
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}

const size = (grid: unknown[][]) => JSON.stringify(grid).length + 64;

/** A rectangular grid (ragged rows padded) converted for Office.js. */
export function officeGrid(grid: readonly (readonly unknown[])[], width?: number): (string | number | boolean)[][] {
  const w = width ?? Math.max(1, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: w }, (_, c) => officeValue(r[c])));
}

/**
 * Write a grid at (row, col) in row bands that each fit the request budget. Plain data goes through
 * `officeGrid` (literal text); `prop: "formulas"` takes cells already prepared (formulas kept as formulas).
 */
export async function writeGrid(
  batch: Batch,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  grid: readonly (readonly unknown[])[],
  prop: "values" | "formulas" = "values",
): Promise<void> {
  if (!grid.length) return;
  const rows = prop === "values" ? officeGrid(grid) : (grid as (string | number | boolean)[][]);
  const w = rows[0]?.length ?? 1;
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      const b = size([rows[end] as unknown[]]);
      if (end > start && bytes + b > REQUEST_BUDGET / 4) break;
      bytes += b;
      end++;
    }
    await batch.room(bytes);
    const range = sheet.getRangeByIndexes(row + start, col, end - start, w);
    if (prop === "values") range.values = rows.slice(start, end);
    else range.formulas = rows.slice(start, end);
    start = end;
  }
}

/**
 * Write cell edits, one range per run of consecutive rows in a column: a 5 000-row sheet becomes a few
 * dozen range writes, not thousands. Formulas and literal values share one `formulas` array.
 */
export async function writeEdits(batch: Batch, sheet: Excel.Worksheet, edits: readonly CellEdit[]): Promise<void> {
  const byCol = new Map<number, CellEdit[]>();
  for (const e of edits) {
    const list = byCol.get(e.col);
    if (list) list.push(e);
    else byCol.set(e.col, [e]);
  }
  for (const [col, list] of [...byCol].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    for (let i = 0; i < list.length; ) {
      let j = i;
      while (j + 1 < list.length && (list[j + 1] as CellEdit).row === (list[j] as CellEdit).row + 1) j++;
      const run = list.slice(i, j + 1).map((e) => [e.formula ?? officeValue(e.value)]);
      await batch.room(size(run));
      sheet.getRangeByIndexes((list[i] as CellEdit).row, col, run.length, 1).formulas = run;
      // a date's own format on Hoàn tác, a figure's where a date stood: queued in the same request, cell by cell (few)
      for (let k = i; k <= j; k++) {
        const e = list[k] as CellEdit;
        if (e.numberFormat === undefined) continue;
        await batch.room(e.numberFormat.length + 64);
        sheet.getRangeByIndexes(e.row, col, 1, 1).numberFormat = [[e.numberFormat]];
      }
      i = j + 1;
    }
  }
}

/**
 * Dates in a grid written at (row, col) get a date format (written as serials, they would show as 45413).
 * Queued with the write, one small range per date: a plan holds a handful (deadlines), not thousands.
 */
export async function writeDateFormats(batch: Batch, sheet: Excel.Worksheet, row: number, col: number, grid: readonly (readonly unknown[])[], formats?: ReadonlyMap<string, string>): Promise<void> {
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r] as readonly unknown[];
    for (let c = 0; c < line.length; c++) {
      if (!isDate(line[c])) continue;
      await batch.room(64);
      sheet.getRangeByIndexes(row + r, col + c, 1, 1).numberFormat = [[formats?.get(`${r},${c}`) ?? DATE_FORMAT]];
    }
  }
}

/** Set font names, one range per run of consecutive rows in a column sharing a font (as `writeEdits` groups). */
export async function writeFonts(batch: Batch, sheet: Excel.Worksheet, cells: readonly { row: number; col: number; name: string }[]): Promise<void> {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i] as (typeof sorted)[number];
    let j = i;
    while (j + 1 < sorted.length) {
      const next = sorted[j + 1] as (typeof sorted)[number];
      const here = sorted[j] as (typeof sorted)[number];
      if (next.col !== first.col || next.row !== here.row + 1 || next.name !== first.name) break;
      j++;
    }
    await batch.room(first.name.length + 96);
    sheet.getRangeByIndexes(first.row, first.col, j - i + 1, 1).format.font.name = first.name;
    i = j + 1;
  }
}
