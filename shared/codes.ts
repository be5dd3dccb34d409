// Criterion codes: "1", "1.1", "1.1.1", also typed "6.2.2." or "1.", or stored as a number by Excel.
import { cellText, isBlank } from "./text.js";

export type CodeCell =
  | { kind: "blank" }
  | { kind: "code"; code: string; parts: number[]; /** the cell held a number, not text */ numeric: boolean }
  | { kind: "date"; raw: string }
  | { kind: "invalid"; raw: string };

const DOTTED = /^\d{1,4}(\.\d{1,4})*\.?$/;

export function parseCode(value: unknown): CodeCell {
  if (isBlank(value)) return { kind: "blank" };
  if (value instanceof Date) return { kind: "date", raw: cellText(value) };
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return { kind: "invalid", raw: String(value) };
    const parsed = fromText(String(value));
    return parsed.kind === "code" ? { ...parsed, numeric: true } : parsed;
  }
  return fromText(cellText(value));
}

function fromText(raw: string): CodeCell {
  const s = raw.replace(/\s+/g, "");
  if (!DOTTED.test(s)) return { kind: "invalid", raw };
  const parts = s.replace(/\.$/, "").split(".").map(Number);
  if (parts.some((p) => p === 0 && parts.length === 1)) return { kind: "invalid", raw };
  return { kind: "code", code: parts.join("."), parts, numeric: false };
}

export function levelOf(code: string): number {
  return code.split(".").length;
}

export function parentOf(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

/** Natural order of codes: 1.2 < 1.10 < 2. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const d = (pa[i] as number) - (pb[i] as number);
    if (d !== 0) return d;
  }
  return pa.length - pb.length;
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
