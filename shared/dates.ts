// Dates in cells: Excel turns "1.5" typed into a date-formatted cell into 1 May. Sheets and exceljs hand us
// Date objects; Office.js hands us the serial number, with the date format beside it.

/** A Date, also one made in another realm (Apps Script's V8, a test's vm) where `instanceof Date` fails. */
export function isDate(value: unknown): value is Date {
  return value instanceof Date || (typeof value === "object" && value !== null && Object.prototype.toString.call(value) === "[object Date]");
}

const DAY_MS = 86_400_000;
/** Excel's day 0 (serials count from 30/12/1899, the 1900 leap-year bug included). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_MS + Math.round(serial * DAY_MS));
}

export function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH_MS) / DAY_MS;
}

const formatCache = new Map<string, boolean>();

/**
 * Whether a number format shows a date or a time ("dd/mm/yyyy", "[$-42A]d-mmm-yy", "h:mm"): day, month, year or
 * hour codes outside quoted text, escapes and [colour]/[locale] brackets. "General", "0.00", "@" are not.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format === "General" || format === "@") return false;
  const known = formatCache.get(format);
  if (known !== undefined) return known;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "");
  const yes = /[dmyhs]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare) && !/general/i.test(bare);
  if (formatCache.size < 256) formatCache.set(format, yes);
  return yes;
}

/**
 * The calendar day of a date cell. Sheets gives midnight in the spreadsheet's time zone (17:00 the day before in
 * UTC for Việt Nam), exceljs midnight UTC: half a day forward lands on the right day for any zone within ±12 h.
 */
function day(d: Date): { d: number; m: number; y: number } {
  const t = new Date(d.getTime() + DAY_MS / 2);
  return { d: t.getUTCDate(), m: t.getUTCMonth() + 1, y: t.getUTCFullYear() };
}

const two = (n: number) => String(n).padStart(2, "0");

/** A date as staff read it in a Vietnamese sheet: "01/05/2024". */
export function staffDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const { d: dd, m, y } = day(d);
  return `${two(dd)}/${two(m)}/${y}`;
}

/** What was probably typed to make that date: day, month → "1,5" (1 May came from 1,5 or 1.5). */
export function typedAsDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const { d: dd, m } = day(d);
  return `${dd},${m}`;
}

/**
 * The grid with every number under a date format made the Date it shows (Office.js reads dates as serials):
 * what a plan re-generation keeps and writes back as a date. The same grid when no cell is one.
 */
export function withDates(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[] | undefined): unknown[][] {
  let out: unknown[][] | null = null;
  if (formats) {
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (typeof v !== "number" || !isDateFormat(formats[r]?.[c])) return;
        out ??= values.map((l) => [...l]);
        (out[r] as unknown[])[c] = serialToDate(v);
      }),
    );
  }
  return out ?? (values as unknown[][]);
}

