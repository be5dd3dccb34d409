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
  if (typeof value === "string") {
    const code = tidyCode(value);
    if (code !== null) return { kind: "code", code, numeric: false };
  }
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

/**
 * The code of a cell typed the usual way ("1", "2.10", "3.1.4", "6.2.2."), read by scanning its characters; null
 * for anything else (spaces, leading zeros, a comma, "0"), which the general path reads. One per row of a sheet.
 */
function tidyCode(s: string): string | null {
  const n = s.length;
  let group = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (group === 0) return null; // ".1", "1..2"
      group = 0;
    } else if (c >= 49 || (c === 48 && group > 0)) {
      if (c > 57 || ++group > 4) return null;
    } else return null; // a leading zero, or not a digit
  }
  if (n === 0) return null;
  return group === 0 ? s.slice(0, -1) : s; // "6.2.2." → "6.2.2"
}

// made once: every code cell of a sheet is read here
const SPACE = /\s/;
const SPACES = /\s+/g;
const COMMA_CODE = /^(\d{1,4}),(\d{1,4})$/;
const LEADING_ZERO = /(^|\.)0\d/;
const DIGITS = /^\d+$/;

function fromText(raw: string): CodeCell {
  const s = SPACE.test(raw) ? raw.replace(SPACES, "") : raw;
  // a number 1.1 exported by Excel under Vietnamese settings reads "1,1" (a CSV): the same trap as a numeric 1.1
  const comma = COMMA_CODE.exec(s);
  // leading zeros dropped as for "01.2" below, so the plan (which holds the code as text) finds the same criterion
  if (comma) return { kind: "code", code: `${Number(comma[1])}.${/^0\d/.test(comma[2] as string) ? Number(comma[2]) : comma[2]}`, numeric: true };
  if (!DOTTED.test(s)) return { kind: "invalid", raw };
  const trimmed = s.endsWith(".") ? s.slice(0, -1) : s;
  // "01.2" → "1.2": only rebuild the text when a part has a leading zero
  const code = LEADING_ZERO.test(trimmed) ? trimmed.split(".").map(Number).join(".") : trimmed;
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

/**
 * A code made of numbers only ("1.10.2"), not a path through a Roman area or an item ("II.3.a"): /^\d+(\.\d+)*$/,
 * read by scanning (asked of every criterion of a sheet).
 */
export function isDecimalPath(code: string): boolean {
  let digits = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 46) {
      if (digits === 0) return false;
      digits = 0;
    } else if (c >= 48 && c <= 57) digits++;
    else return false;
  }
  return digits > 0;
}

/** Only digits and dots (/^[\d.]*$/), by scanning. */
function digitsAndDots(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 46 && (c < 48 || c > 57)) return false;
  }
  return true;
}

/** `code` is below `ancestor` ("1.2.3" below "1.2", not "1.20"). */
export function isBelow(code: string, ancestor: string): boolean {
  return code.length > ancestor.length && code.charCodeAt(ancestor.length) === 46 && code.startsWith(ancestor);
}

/**
 * Each code's nearest ancestor present, as an index into `codes` (-1: none; rows without a code are passed over),
 * when the codes are decimal paths rising strictly down the rows; null when they are not (a duplicate, the order
 * broken, paths through Roman areas): the caller then looks codes up. Rising codes put every ancestor before the
 * rows below it and only those rows between, so the ancestors are a stack: no map of every code.
 */
export function risingAncestors(codes: readonly (string | null)[]): Int32Array | null {
  const up = new Int32Array(codes.length).fill(-1);
  const chain: number[] = [];
  let previous: string | null = null;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === null || code === undefined) continue;
    if (!isDecimalPath(code) || (previous !== null && compareCodes(code, previous) <= 0)) return null;
    previous = code;
    while (chain.length && !isBelow(code, codes[chain[chain.length - 1] as number] as string)) chain.pop();
    if (chain.length) up[i] = chain[chain.length - 1] as number;
    chain.push(i);
  }
  return up;
}

/**
 * Natural order of codes and paths: 1.2 < 1.10 < 2; I < II < IX; A < B; II.3.a < II.3.b.
 * Decimal codes are scanned without splitting the strings (sorting 100 000 codes).
 */
export function compareCodes(a: string, b: string): number {
  if (!digitsAndDots(a) || !digitsAndDots(b)) return comparePaths(a, b);
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

/** Value of a canonical Roman numeral (I … MMM), null when the letters are not one (IIII, IC, LL). */
export function romanValue(text: string): number | null {
  if (!/^[IVXLCDM]{1,10}$/.test(text)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const x = v[text[i] as string] as number;
    const y = v[text[i + 1] as string] ?? 0;
    total += x < y ? -x : x;
  }
  return total > 0 && toRoman(total) === text ? total : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Order of one path segment: a number, a Roman area (I, V, X alone are Roman), a section or item letter. */
function segmentValue(s: string): number {
  if (DIGITS.test(s)) return Number(s);
  if (s.length > 1 || s === "I" || s === "V" || s === "X") {
    const r = romanValue(s);
    if (r !== null) return r;
  }
  // Vietnamese lists run a, b, c, d, đ, e…: đ sits between d and e
  if (s === "đ" || s === "Đ") return 4.5;
  return s.toLowerCase().charCodeAt(0) - 96;
}

function comparePaths(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const d = segmentValue(p) - segmentValue(q);
    if (d !== 0 && !Number.isNaN(d)) return d;
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** A path segment: a number, a Roman area, a section letter (A) or an item letter (a, đ). */
const PATH = /^(\d{1,4}|[IVXLCDM]{1,10}|[A-ZĐ]|[a-zđ])(\.(\d{1,4}|[IVXLCDM]{1,10}|[A-ZĐ]|[a-zđ]))*$/u;

/**
 * A row's path as the tree, the plan and the functions name it: a decimal code ("1.10"), or a path through
 * Roman areas, sections and items ("II.3.a", "B.I.2"). Reads what we write back in a plan's code column.
 */
export function parsePath(value: unknown): CodeCell {
  const c = parseCode(value);
  if (c.kind !== "invalid") return c;
  const s = cellText(value).replace(/\s+/g, "");
  return PATH.test(s) && !/^[a-zđ]/u.test(s) ? { kind: "code", code: s, numeric: false } : c;
}
