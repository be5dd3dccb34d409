// Header and label matching must ignore case, diacritics and line breaks: staff type "Điểm tối\nđa".
import { asUnicode } from "./legacy-encoding.js";
import { isDate } from "./dates.js";

/** Lower-case, strip Vietnamese diacritics (đ → d), fold whitespace. Legacy TCVN3/VNI text is read as Unicode first. */
export function fold(text: unknown): string {
  return asUnicode(safeString(text ?? ""))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

// patterns used per cell live here, made once: a regular expression literal in a function is a new object per call
const UNTIDY_SPACE = /[\t\n\r\u00a0]| {2}/;
const SPACE_RUN = /[\s\u00a0]+/g;
const VISIBLE = /[^\s\u00a0]/;

/** A cell's text as the user sees it (trimmed, NBSP and line breaks folded to spaces). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // as a Vietnamese reader writes a date (and as "1.5" looks once Excel has turned it into 1 May)
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "" : `${value.getUTCDate()}/${value.getUTCMonth() + 1}/${value.getUTCFullYear()}`;
  const s = typeof value === "string" ? value : safeString(value);
  // most cells are already clean: skip the regex replace and its allocation
  return UNTIDY_SPACE.test(s) ? s.replace(SPACE_RUN, " ").trim() : s.trim();
}

/** String(v), even for objects without a prototype (a host can hand us anything). */
export function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function isBlank(value: unknown): boolean {
  if (typeof value !== "string") return value === null || value === undefined;
  // most cells start with a visible character (no white space sits between "!" and U+1680)
  const c = value.charCodeAt(0);
  if (c > 32 && c !== 0xa0 && c < 0x1680) return false;
  return !VISIBLE.test(value);
}

const ERROR_VALUES = /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|ERROR!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** "#REF!", "#N/A"… as a host returns a cell error. */
export function isCellError(value: unknown): boolean {
  return typeof value === "string" && value.includes("#") && ERROR_VALUES.test(value.trim());
}

/**
 * Text for hosts that parse what they are given (Office.js `values`, Apps Script `setValues`):
 * a leading apostrophe keeps "=HYPERLINK(…)", "+84…", "1.10", "TRUE" or "12/3" as the text the user typed.
 * (exceljs writes strings as strings and needs none of this.)
 */
export function literalText(s: string): string {
  if (/^[=+\-@'\t\r]/.test(s) || /^[\d\s.,/:%$€₫-]+$/.test(s) || /^(true|false)$/i.test(s.trim())) return `'${s}`;
  return s;
}

/**
 * Whether a cell holds a live formula. Hosts report a text cell's formula as its text, so "=HYPERLINK(…)"
 * typed as text reads the same in both grids; a real formula's value is its result, which differs.
 */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}
