// A result sheet (Kiểm tra, Tổng hợp, Kế hoạch khắc phục) is rewritten whole on every run (own-sheets.ts finds it).
import { columnLetter } from "../shared/index.js";
import { rectangle, type CellInput } from "./cells.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes `grid` at A1 in one call; `formulas` (0-based row, col) replace cells with formulas. */
export function writeGrid(sheet: Sheet, grid: readonly (readonly unknown[])[], formulas: readonly { row: number; col: number; formula: string }[] = []): CellInput[][] {
  const rows = rectangle(grid);
  for (const f of formulas) {
    const line = rows[f.row];
    if (line && f.col < line.length) line[f.col] = f.formula;
  }
  sheet.getRange(1, 1, rows.length, (rows[0] as CellInput[]).length).setValues(rows);
  return rows;
}

/** "A5:E5" for whole grid rows, for RangeList formatting. */
export function rowRanges(rows: readonly number[], width: number): string[] {
  const last = columnLetter(Math.max(width, 1) - 1);
  return rows.map((r) => `A${r + 1}:${last}${r + 1}`);
}

/** Column widths in px, one call per run of equal widths; `from` is the 1-based column of widths[0]. */
export function setWidths(sheet: Sheet, widths: readonly number[], from = 1): void {
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    sheet.setColumnWidths(from + i, j - i + 1, widths[i] as number);
    i = j + 1;
  }
}
