// Points arrive as JS numbers, or as text typed with a decimal comma ("15,5", "2,967").
// All arithmetic runs on integer thousandths so 12,217 never becomes 12.216999999.
import type { Milli } from "./types.js";
import { cellText, isBlank, isCellError, safeString } from "./text.js";

/**
 * No criterion, area or index is worth more than this: a bigger figure is a slip (a serial date, a pasted phone
 * number, 9·10¹²) and never enters the sums, which then stay exact integers far below 2⁵³.
 */
export const PLAUSIBLE_POINTS = 10_000;
export const PLAUSIBLE_MILLI = PLAUSIBLE_POINTS * 1000;

export type PointsCell =
  | { kind: "blank" }
  | { kind: "number"; milli: Milli; /** more than 3 decimal places (rounded half away from zero) */ excess: boolean }
  | { kind: "error"; text: string }
  | { kind: "text"; text: string };

/** "15,5", "2", "0.25": the common case, read without cleaning the text first */
const PLAIN = /^(-?\d+)(?:[.,](\d+))?$/;
const INTEGER = /^[+-]?\d+$/;
const ONE_SEPARATOR = /^[+-]?\d*[.,]\d+$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** a character no number form below allows, even once spaces and apostrophes are removed */
const NOT_NUMERIC = /[^\d.,+\-\s\u00a0\u202f']/;

export function parsePoints(value: unknown): PointsCell {
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
    return fromNumber(value);
  }
  if (typeof value !== "string") return { kind: "text", text: value instanceof Date ? cellText(value) : safeString(value) };
  const fast = plainMilli(value);
  if (!Number.isNaN(fast)) return { kind: "number", milli: fast, excess: false };
  // PLAIN needs a digit or "-" first: a word ("đạt") or an error ("#N/A") skips the match
  const first = value.charCodeAt(0);
  const plain = first === 45 || (first >= 48 && first <= 57) ? PLAIN.exec(value) : null;
  if (plain) return fromDecimal(plain[1] as string, plain[2] ?? "");
  if (isCellError(value)) return { kind: "error", text: value.trim() };
  // a word ("đạt", "chưa chấm"): no number form below can match, skip building the cleaned copy
  if (NOT_NUMERIC.test(value)) return { kind: "text", text: value.trim() };
  const s = value.replace(/[\s\u00a0\u202f']/g, "");
  if (INTEGER.test(s)) return fromDecimal(s, "");
  if (ONE_SEPARATOR.test(s)) {
    const [i, f] = s.split(/[.,]/) as [string, string];
    return fromDecimal(i === "" || i === "+" || i === "-" ? `${i}0` : i, f);
  }
  if (DOT_THOUSANDS.test(s)) {
    const [i, f = ""] = s.split(",") as [string, string?];
    return fromDecimal(i.replace(/\./g, ""), f);
  }
  if (COMMA_THOUSANDS.test(s)) {
    const [i, f = ""] = s.split(".") as [string, string?];
    return fromDecimal(i.replace(/,/g, ""), f);
  }
  return { kind: "text", text: value.trim() };
}

/**
 * PLAIN read by scanning the characters, for up to 15 integer digits and at most three decimals that count (beyond
 * that, the exact path below): no match array, no substrings, no object. NaN when the text is not such a figure.
 * Every figure of a sheet typed as text passes here, hundreds of thousands on a big sheet.
 */
export function plainMilli(s: string): Milli {
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const negative = i === 1;
  let int = 0;
  const start = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
  }
  if (i === start || i - start > 15) return NaN;
  let head = 0;
  let fracDigits = 0;
  if (i < n) {
    const sep = s.charCodeAt(i);
    if ((sep !== 46 && sep !== 44) || i + 1 === n) return NaN; // "." or ","
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return NaN;
      // a 4th decimal that is not 0 is rounded and reported (PRECISION): the exact path does both
      if (fracDigits >= 3) {
        if (c !== 0) return NaN;
      } else head = head * 10 + c;
      fracDigits++;
    }
  }
  for (let k = fracDigits; k < 3; k++) head *= 10;
  const milli = int * 1000 + head;
  return negative && milli !== 0 ? -milli : milli;
}

function fromNumber(x: number): PointsCell {
  const scaled = x * 1000;
  const milli = roundHalfAway(scaled);
  // float noise of a typed 3-decimal number is ~1e-12 here; anything larger is a real 4th decimal
  const excess = Math.abs(scaled - milli) > 1e-6 * Math.max(1, Math.abs(scaled) * 1e-6);
  return { kind: "number", milli: milli === 0 ? 0 : milli, excess };
}

/** Exact decimal text → thousandths, rounding half away from zero on the 4th decimal. */
function fromDecimal(intPart: string, frac: string): PointsCell {
  const negative = intPart.startsWith("-");
  const digits = intPart.replace(/^[+-]/, "") || "0";
  const head = (frac + "000").slice(0, 3);
  const rest = frac.slice(3);
  let milli = Number(digits) * 1000 + Number(head);
  if (rest !== "" && rest.charCodeAt(0) >= 53) milli += 1;
  const excess = /[1-9]/.test(rest);
  milli = negative ? -milli : milli;
  return { kind: "number", milli: milli === 0 ? 0 : milli, excess };
}

function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** Thousandths → a JS number that prints without float artefacts (12217 → 12.217). */
export function toPoints(milli: Milli): number {
  const v = milli / 1000;
  return v === 0 ? 0 : v;
}

/** Round any JS number to the thousandth (for results that must never show 0.30000000000000004). */
export function round3(x: number): number {
  return toPoints(roundHalfAway(x * 1000));
}

/** "12,217" (vi) or "12.217" (en); no trailing zeros. */
export function formatPoints(milli: Milli, lang: "vi" | "en" = "vi"): string {
  const s = String(toPoints(milli));
  return lang === "vi" ? s.replace(".", ",") : s;
}

/** Index = achieved ÷ max × 100, rounded half up to 2 decimals, computed on integers. null when max is 0. */
export function indexOf(achieved: Milli, max: Milli): number | null {
  if (max <= 0) return null;
  // hundredths of a percent, exact integer division with rounding
  const num = achieved * 10000;
  const q = Math.floor((2 * num + max) / (2 * max));
  return q / 100;
}
