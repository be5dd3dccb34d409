// Criterion codes: "1", "1.1", "1.1.1", also typed "6.2.2." or "1.", or stored as a number by Excel.
import { cellText, isBlank } from "./text.js";

export type CodeCell =
  | { kind: "blank" }
  | { kind: "code"; code: string; parts: number[]; /** the cell held a number, not text */ numeric: boolean }
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
  if (value instanceof Date) return { kind: "date", raw: cellText(value) };
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
  if (!DOTTED.test(s)) return { kind: "invalid", raw };
  const parts = s.replace(/\.$/, "").split(".").map(Number);
  if (parts.some((p) => p === 0 && parts.length === 1)) return { kind: "invalid", raw };
  return { kind: "code", code: parts.join("."), parts, numeric: false };
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
export function resolveNumericCode(
  parts: readonly number[],
  lastSibling: readonly number[] | undefined,
  seen: ReadonlySet<string>,
): string | null {
  if (parts.length !== 2) return null;
  const [area, last] = parts as [number, number];
  if (last < 1 || last > 9) return null;
  const code = `${area}.${last}`;
  const widened = last * 10;
  const prev = lastSibling && lastSibling.length === 2 && lastSibling[0] === area ? (lastSibling[1] as number) : undefined;
  const goesBack = prev !== undefined && prev >= last && widened > prev;
  if (goesBack || (seen.has(code) && !seen.has(`${area}.${widened}`))) return `${area}.${widened}`;
  return null;
}
