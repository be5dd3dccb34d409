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

/** A rectangle of cells, 0-based: top-left row and column, and its size (`rows` may reach past the sheet's rows: a
 * rule set on whole columns). */
export interface CellBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "A1:B2,'a,b'!C3" split at commas outside quoted sheet names. */
export function areas(address: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(address.slice(start, i));
      start = i + 1;
    }
  }
  out.push(address.slice(start));
  return out;
}

/** An A1 address ("A7:L40", "$C:$C", "B3") as a block; null for what is not one rectangle of this sheet. */
export function blockOfAddress(address: string, maxRows = 1_048_576): CellBlock | null {
  const bare = address.replace(/^.*!/, "").replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(bare);
  if (m) {
    const r0 = Number(m[2]) - 1;
    const c0 = columnIndex(m[1] as string);
    const r1 = m[4] ? Number(m[4]) - 1 : r0;
    const c1 = m[3] ? columnIndex(m[3]) : c0;
    return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(bare);
  if (m) {
    const c0 = columnIndex(m[1] as string);
    const c1 = columnIndex(m[2] as string);
    return { row: 0, col: Math.min(c0, c1), rows: maxRows, cols: Math.abs(c1 - c0) + 1 };
  }
  m = /^(\d+):(\d+)$/.exec(bare);
  if (m) {
    const r0 = Number(m[1]) - 1;
    const r1 = Number(m[2]) - 1;
    return { row: Math.min(r0, r1), col: 0, rows: Math.abs(r1 - r0) + 1, cols: 16_384 };
  }
  return null;
}

/** A block as an A1 address ("A7:L40"; "C:C" for a block over the whole column). */
export function addressOfBlock(b: CellBlock, maxRows = 1_048_576): string {
  const left = columnLetter(b.col);
  const right = columnLetter(b.col + b.cols - 1);
  if (b.row === 0 && b.rows >= maxRows) return `${left}:${right}`;
  const from = `${left}${b.row + 1}`;
  const to = `${right}${b.row + b.rows}`;
  return from === to ? from : `${from}:${to}`;
}
