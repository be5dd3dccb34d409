// Criterion codes: "1", "1.1", "1.1.1", also typed "6.2.2." or "1.", or stored as a number by Excel.
import { isDate } from "./dates.js";
import { cellText, isBlank } from "./text.js";

export type CodeCell =
  | { kind: "blank" }
  | { kind: "code"; code: string; /** the cell held a number, not text */ numeric: boolean }
  | { kind: "date"; raw: string }
  | { kind: "invalid"; raw: string };

const DOTTED = /^\d{1,4}(\.\d{1,4})*\.?$/;

/** Serial numbers of 1/1/1970 … 31/12/2099: no criterion code is that large, a date is. */
const DATE_SERIAL_MIN = 25569;
const DATE_SERIAL_MAX = 73415;

function serialToDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

export function parseCode(value: unknown): CodeCell {
  if (isBlank(value)) return { kind: "blank" };
  if (isDate(value)) return { kind: "date", raw: cellText(value) };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return { kind: "invalid", raw: String(value) };
    // Office.js hands dates over as serial numbers: 1.1 typed in a date-happy locale arrives as 44197
    if (Number.isInteger(value) && value >= DATE_SERIAL_MIN && value <= DATE_SERIAL_MAX) return { kind: "date", raw: serialToDate(value) };
    const parsed = fromText(String(value));
    return parsed.kind === "code" ? { ...parsed, numeric: true } : parsed;
  }
  return fromText(cellText(value));
}

function fromText(raw: string): CodeCell {
  const s = /\s/.test(raw) ? raw.replace(/\s+/g, "") : raw;
  // a number 1.1 exported by Excel under Vietnamese settings reads "1,1" (a CSV): the same trap as a numeric 1.1
  const comma = /^(\d{1,4}),(\d{1,4})$/.exec(s);
  if (comma) return { kind: "code", code: `${Number(comma[1])}.${comma[2]}`, numeric: true };
  if (!DOTTED.test(s)) return { kind: "invalid", raw };
  const trimmed = s.endsWith(".") ? s.slice(0, -1) : s;
  // "01.2" → "1.2": only rebuild the text when a part has a leading zero
  const code = /(^|\.)0\d/.test(trimmed) ? trimmed.split(".").map(Number).join(".") : trimmed;
  if (code === "0") return { kind: "invalid", raw };
  return { kind: "code", code, numeric: false };
}

export function levelOf(code: string): number {
  let n = 1;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46) n++;
  return n;
}

export function parentOf(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

/** Natural order of codes: 1.2 < 1.10 < 2. Scans the strings without splitting them (sorting 100 000 codes). */
export function compareCodes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    let x = 0;
    let y = 0;
    for (; i < a.length && a.charCodeAt(i) !== 46; i++) x = x * 10 + a.charCodeAt(i) - 48;
    for (; j < b.length && b.charCodeAt(j) !== 46; j++) y = y * 10 + b.charCodeAt(j) - 48;
    if (x !== y) return x - y;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/**
 * A two-level code typed into a General cell loses its trailing zero: 1.10 is stored as 1.1.
 * The row order tells: a "1.1" after 1.9 (or after an existing 1.1) is 1.10.
 * Returns the code to take, or null when the code stands as read.
 */
export function resolveNumericCode(code: string, lastSibling: string | undefined, seen: { has(code: string): boolean }): string | null {
  const m = /^(\d+)\.([1-9])$/.exec(code);
  if (!m) return null;
  const area = m[1] as string;
  const last = Number(m[2]);
  const widened = `${area}.${last * 10}`;
  const s = lastSibling === undefined ? null : /^(\d+)\.(\d+)$/.exec(lastSibling);
  const prev = s && s[1] === area ? Number(s[2]) : undefined;
  const goesBack = prev !== undefined && prev >= last && last * 10 > prev;
  if (goesBack || (seen.has(code) && !seen.has(widened))) return widened;
  return null;
}

/** Reads a column of codes top to bottom, widening a numeric 1.1 that follows 1.9 into 1.10. */
export class CodeSequence {
  private lastSibling: string | undefined;
  private readonly seen = new Set<string>();

  /** The code to take for a code cell; `widened` when the order changed it. */
  take(cell: { code: string; numeric: boolean }): { code: string; widened: boolean } {
    const widened = cell.numeric ? resolveNumericCode(cell.code, this.lastSibling, this.seen) : null;
    return widened ? { code: widened, widened: true } : { code: cell.code, widened: false };
  }

  /** Records a code as part of the sequence (duplicates the caller rejects are not recorded). */
  accept(code: string): void {
    if (levelOf(code) !== 2) return;
    this.lastSibling = code;
    // only "n.1" … "n.9" and their widened "n.10" … "n.90" take part in the guess: remember just those
    const tail = code.length - code.indexOf(".") - 1;
    if (tail === 1 || (tail === 2 && code.endsWith("0"))) this.seen.add(code);
  }
}

/** A section label some layouts put in the code column ("I", "II", "A", "a)"): not a criterion. */
export function isSectionLabel(raw: string): boolean {
  return /^([IVXLC]{1,6}|[A-Za-z])[.)]?$/.test(raw.trim());
}
