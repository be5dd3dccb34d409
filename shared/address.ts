/** letters of the first columns, made once: every finding and every edit names its cell */
const LETTERS: string[] = [];

/** 0-based column index → letters ("A", "Z", "AA"). */
export function columnLetter(col: number): string {
  if (col < 64 && col >= 0) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 0-based column index; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "E31". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A rectangle of cells, 0-based: top-left row and column, and its size. */
export interface CellBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
}
