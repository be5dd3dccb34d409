// Due dates read from the plan's time column, in the words staff write: "Quý II/2026", "Tháng 6/2026",
// "30/6/2026", "Trước ngày 30/6/2026", "6 tháng đầu năm 2026", "Năm 2026", a date cell…
// A period is due on its last day; a text naming several ("Quý I, Quý II", "Tháng 4 đến tháng 7 năm 2020")
// is due when the last of them ends. "Thường xuyên", "Cả năm", "Hằng quý" name no single date.
import { romanValue } from "./roman.js";
import { cellText, fold, isBlank } from "./text.js";

/** A calendar date without a time zone. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export type Deadline =
  | { kind: "blank" }
  /** a single due date */
  | { kind: "due"; due: Day }
  /** recurring or the whole year: no single due date */
  | { kind: "ongoing" }
  | { kind: "unreadable"; text: string };

/** Words for work with no single due date, folded. */
const ONGOING = /\b(thuong xuyen|hang (ngay|tuan|thang|quy|nam)|hang nam|ca nam|dinh ky|lien tuc|ongoing|continuous|regularly|all year|every (month|quarter|year)|quarterly|monthly)\b/;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export const dayKey = (x: Day): number => x.y * 10000 + x.m * 100 + x.d;
export const compareDays = (a: Day, b: Day): number => dayKey(a) - dayKey(b);
export const isoDay = (x: Day): string => `${x.y}-${String(x.m).padStart(2, "0")}-${String(x.d).padStart(2, "0")}`;
/** 30/06/2026, as a Vietnamese reader writes it */
export const viDay = (x: Day): string => `${String(x.d).padStart(2, "0")}/${String(x.m).padStart(2, "0")}/${x.y}`;

/** "2026-04-15" → a day, or null. */
export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isDay(y, mo, d) ? { y, m: mo, d } : null;
}

/** Excel and Sheets count days from 30/12/1899. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialOf(x: Day): number {
  return Math.round((Date.UTC(x.y, x.m - 1, x.d) - EPOCH) / DAY_MS);
}

export function dayOfSerial(serial: number): Day | null {
  if (!Number.isFinite(serial)) return null;
  const t = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  const x = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  return isDay(x.y, x.m, x.d) ? x : null;
}

/**
 * A Date cell's calendar day. Files read by exceljs carry UTC midnight; Apps Script hands dates at midnight
 * in the spreadsheet's zone: a UTC-midnight instant is read in UTC, anything else in local time.
 */
export function dayOfDate(v: Date): Day | null {
  if (Number.isNaN(v.getTime())) return null;
  const utc = v.getUTCHours() === 0 && v.getUTCMinutes() === 0 && v.getUTCSeconds() === 0;
  const x = utc ? { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() } : { y: v.getFullYear(), m: v.getMonth() + 1, d: v.getDate() };
  return isDay(x.y, x.m, x.d) ? x : null;
}

const end = (y: number, m: number): Day => ({ y, m, d: daysInMonth(y, m) });

/** "ii", "2" → 2 (a quarter or a month number written either way). */
function number(token: string): number | null {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  return romanValue(token);
}

/**
 * Reads a time cell. `year`: the plan's year, for texts that name none ("Quý I, Quý II"); without it such
 * a text is unreadable. A real date cell, an Excel serial (a number formatted as a date elsewhere) and a bare
 * year are read too.
 */
export function parseDeadline(value: unknown, year?: number): Deadline {
  if (isBlank(value)) return { kind: "blank" };
  if (value instanceof Date) {
    const d = dayOfDate(value);
    return d ? { kind: "due", due: d } : { kind: "unreadable", text: cellText(value) };
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR) return { kind: "due", due: end(value, 12) };
    const d = value >= 20000 && value <= 80000 ? dayOfSerial(value) : null;
    return d ? { kind: "due", due: d } : { kind: "unreadable", text: cellText(value) };
  }
  const text = cellText(value);
  if (text.length > 300) return { kind: "unreadable", text: text.slice(0, 60) };
  return parseDeadlineText(text, year);
}

const Y = "((?:19|20|21)\\d\\d)";
const SEP = "\\s*[/.\\-]\\s*";
const RULES: { re: RegExp; read(m: RegExpExecArray, year: number | null): Day | null | "noYear" }[] = [
  // 2026-06-30
  { re: new RegExp(`\\b${Y}-(\\d{1,2})-(\\d{1,2})\\b`, "g"), read: (m) => dayIf(Number(m[1]), Number(m[2]), Number(m[3])) },
  // ngày 30 tháng 6 năm 2026
  { re: new RegExp(`\\bngay (\\d{1,2}) thang (\\d{1,2})(?: nam ${Y})?`, "g"), read: (m, y) => withYear(m[3], y, (yy) => dayIf(yy, Number(m[2]), Number(m[1]))) },
  // 30/6/2026, 30-06-2026, 30.6.2026, 30/6 (the plan's year)
  { re: new RegExp(`\\b(\\d{1,2})${SEP}(\\d{1,2})${SEP}${Y}\\b`, "g"), read: (m) => dayIf(Number(m[3]), Number(m[2]), Number(m[1])) },
  // 6 tháng đầu năm 2026, 9 tháng đầu năm, 6 tháng cuối năm 2026
  {
    re: new RegExp(`\\b(\\d{1,2}) thang (dau|cuoi)(?: nam)?(?:\\s*/?\\s*${Y})?`, "g"),
    read: (m, y) => withYear(m[3], y, (yy) => {
      const n = Number(m[1]);
      if (n < 1 || n > 12) return null;
      return m[2] === "dau" ? end(yy, n) : end(yy, 12);
    }),
  },
  // Quý II/2026, Quý 2 năm 2026, quý II (the plan's year), Q2/2026
  {
    re: new RegExp(`\\b(?:quy|q)\\s*([ivx]{1,3}|\\d)\\b(?:\\s*(?:/|-|nam)\\s*${Y})?`, "g"),
    read: (m, y) => withYear(m[2], y, (yy) => {
      const q = number(m[1] as string);
      return q !== null && q >= 1 && q <= 4 ? end(yy, q * 3) : null;
    }),
  },
  // Tháng 6/2026, tháng 6 năm 2026, tháng 4 (the plan's year)
  {
    re: new RegExp(`\\bthang\\s*(\\d{1,2}|[ivx]{1,4})\\b(?:\\s*(?:/|-|nam)\\s*${Y})?`, "g"),
    read: (m, y) => withYear(m[2], y, (yy) => {
      const mo = number(m[1] as string);
      return mo !== null && mo >= 1 && mo <= 12 ? end(yy, mo) : null;
    }),
  },
  // 6/2026, 06/2026
  { re: new RegExp(`\\b(\\d{1,2})\\s*/\\s*${Y}\\b`, "g"), read: (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? end(Number(m[2]), Number(m[1])) : null) },
  // Năm 2026, 2026, 2020-2021 (each year read; the last one wins)
  { re: new RegExp(`\\b${Y}\\b`, "g"), read: (m) => end(Number(m[1]), 12) },
];

function dayIf(y: number, m: number, d: number): Day | null {
  return isDay(y, m, d) ? { y, m, d } : null;
}

function withYear(written: string | undefined, year: number | null, make: (y: number) => Day | null): Day | null | "noYear" {
  const y = written ? Number(written) : year;
  return y === null ? "noYear" : make(y);
}

export function parseDeadlineText(text: string, year?: number): Deadline {
  const f = fold(text);
  if (!f) return { kind: "blank" };
  // a year written anywhere in the text is the year of the periods that name none ("tháng 4 đến tháng 7 năm 2020")
  const years = [...f.matchAll(new RegExp(`\\b${Y}\\b`, "g"))].map((m) => Number(m[1]));
  const known = years.length ? Math.max(...years) : (year ?? null);
  let rest = f;
  let best: Day | null = null;
  let found = false;
  let onlyYears = true;
  let invalid = false;
  for (const [i, rule] of RULES.entries()) {
    rule.re.lastIndex = 0;
    rest = rest.replace(rule.re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const got = rule.read(m, known);
      if (got === "noYear") return " ";
      if (got === null) {
        // "31/2/2026", "Quý 5/2026": a date written wrong is not read as something else
        invalid = true;
        return " ";
      }
      found = true;
      if (i < RULES.length - 1) onlyYears = false;
      if (!best || compareDays(got, best) > 0) best = got;
      return " ";
    });
  }
  // "Thường xuyên năm 2026", "Cả năm 2026": the year says when, not by when
  if (invalid) return { kind: "unreadable", text };
  if (ONGOING.test(f) && (!found || onlyYears)) return { kind: "ongoing" };
  if (found && best) return { kind: "due", due: best };
  return { kind: "unreadable", text };
}

/** The due day of a cell, or null when it names none (blank, ongoing, unreadable). */
export function dueDay(value: unknown, year?: number): Day | null {
  const d = parseDeadline(value, year);
  return d.kind === "due" ? d.due : null;
}

/** A day given as a date cell, an ISO or d/m/yyyy text, or a serial number. */
export function readDay(value: unknown): Day | null {
  if (value instanceof Date) return dayOfDate(value);
  if (typeof value === "number") return dayOfSerial(value);
  if (typeof value !== "string") return null;
  const iso = parseIsoDay(value);
  if (iso) return iso;
  const m = /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$/.exec(value);
  return m ? dayIf(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** Today in the machine's (or the script's) time zone. */
export function today(now = new Date()): Day {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
