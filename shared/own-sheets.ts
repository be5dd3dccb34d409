// The sheets we write (Kiểm tra, Tổng hợp, Kế hoạch khắc phục, the hidden undo store) are recognised by a mark
// we put on them, never by their name: a user may well keep a sheet of their own called "Tổng hợp".
// Hosts pass plain data (sheet names in tab order, and the marks they found); the core decides.
//
// The marks: in an .xlsx (CLI) and in Excel, a workbook defined name per kind (OWN_MARK_NAME) referring to A1 of
// our sheet: it follows the sheet when it is renamed or moved, survives a save in Excel and LibreOffice, and
// goes to #REF! when the sheet is deleted. In Google Sheets, developer metadata on the sheet (OWN_MARK_KEY = kind).
import { TERMS } from "./glossary.js";
import { UNDO_SHEET } from "./snapshot.js";

export type OwnKind = "findings" | "summary" | "plan" | "progress" | "undo" | "units" | "comparison" | "appraisal";

export const OWN_KINDS: readonly OwnKind[] = ["findings", "summary", "plan", "progress", "undo", "units", "comparison", "appraisal"];

/** The name each of our sheets gets when that name is free. */
export const OWN_SHEET_NAME: Record<OwnKind, string> = {
  findings: TERMS.findingsSheet.vi,
  summary: TERMS.summarySheet.vi,
  plan: TERMS.planSheet.vi,
  progress: TERMS.progressSheet.vi,
  appraisal: TERMS.appraisalSheet.vi,
  undo: UNDO_SHEET,
  // Tổng hợp đơn vị (consolidation of many units)
  units: TERMS.unitsSheet.vi,
  comparison: TERMS.comparisonSheet.vi,
};

/** Workbook defined names (xlsx, Excel) marking our sheets: each refers to A1 of the sheet it marks. */
export const OWN_MARK_NAME: Record<OwnKind, string> = {
  findings: "cchc_own_findings",
  summary: "cchc_own_summary",
  plan: "cchc_own_plan",
  progress: "cchc_own_progress",
  appraisal: "cchc_own_appraisal",
  undo: "cchc_own_undo",
  units: "cchc_own_units",
  comparison: "cchc_own_comparison",
};

/** Google Sheets: developer metadata key on a sheet we wrote; its value is the kind. */
export const OWN_MARK_KEY = "cchc.own";

/** A mark a host found: which of our sheets the named sheet is. */
export interface OwnMark {
  kind: OwnKind;
  sheet: string;
}

/** A sheet of the workbook, and which of ours it is (null: the user's). */
export interface SheetEntry {
  name: string;
  own: OwnKind | null;
}

/** Excel's 31-character limit on sheet names. */
const MAX_NAME = 31;

/**
 * A sheet name as people see it: "TỔNG HỢP", " Tổng hợp " and a decomposed (NFD) "Tổng hợp" are the same
 * name (hosts compare names without case; different normalisations look identical in a tab).
 */
export function sheetKey(name: string): string {
  return name.normalize("NFC").trim().toLocaleLowerCase("vi");
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetKey(a) === sheetKey(b);
}

/** The sheet called `wanted` (--sheet, a remembered name): exactly, else whatever case, normalisation, outer spaces. */
export function findSheetName(names: readonly string[], wanted: string): string | null {
  if (names.includes(wanted)) return wanted;
  const key = sheetKey(wanted);
  return names.find((n) => sheetKey(n) === key) ?? null;
}

/** The sheet of a reference such as "'Kế hoạch''s'!$A$1", "=Sheet1!$A$1"; null for "#REF!" or a bare range. */
export function refSheet(ref: string): string | null {
  const s = ref.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!/.exec(s);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const plain = /^([^!'#]+)!/.exec(s);
  return plain ? (plain[1] as string) : null;
}

/** Defined names (name → reference) to the marks among them. */
export function marksFromNames(names: readonly { name: string; ref: string }[]): OwnMark[] {
  const out: OwnMark[] = [];
  for (const kind of OWN_KINDS) {
    const found = names.find((n) => n.name.toLowerCase() === OWN_MARK_NAME[kind].toLowerCase());
    const sheet = found ? refSheet(found.ref) : null;
    if (sheet !== null && !/#REF!/i.test(found?.ref ?? "")) out.push({ kind, sheet });
  }
  return out;
}

/** Sheet names (tab order) with the kind their mark gives them. A mark names its sheet exactly. */
export function sheetEntries(names: readonly string[], marks: readonly OwnMark[]): SheetEntry[] {
  return names.map((name) => ({ name, own: marks.find((m) => m.sheet === name)?.kind ?? null }));
}

/** One of ours: never read as a criteria sheet, replaced whole when we write it again. */
export function isOwnSheet(sheet: SheetEntry): boolean {
  return sheet.own !== null;
}

export interface OwnTarget {
  kind: OwnKind;
  /** where to write */
  name: string;
  /** our sheet already exists under that name (replace it); false: create it */
  exists: boolean;
  /** the name we wanted belongs to a sheet of the user's, so we took the next free one: say so */
  displaced: boolean;
  /** that sheet of the user's, as it is written ("TỔNG HỢP", " Tổng hợp ") */
  takenBy?: string;
}

/** "Tổng hợp", else "Tổng hợp (2)", "Tổng hợp (3)"… the first no sheet has (as hosts compare names). */
export function freeName(base: string, taken: readonly string[]): string {
  const keys = new Set(taken.map(sheetKey));
  if (!keys.has(sheetKey(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!keys.has(sheetKey(name))) return name;
  }
}

/**
 * Where each of our sheets goes: the sheet carrying its mark (even if renamed), else a new sheet under its name,
 * or the next free name when a sheet of the user's has it. A user's sheet is never a target.
 */
export function ownTargets<K extends OwnKind>(sheets: readonly SheetEntry[], kinds: readonly K[]): Record<K, OwnTarget> {
  const taken = sheets.map((s) => s.name);
  const out = {} as Record<K, OwnTarget>;
  for (const kind of kinds) {
    // a copy of our sheet may carry the mark too (Sheets copies a sheet's metadata): the one under our name first
    const all = sheets.filter((s) => s.own === kind);
    const marked = all.find((s) => s.name === OWN_SHEET_NAME[kind]) ?? all[0];
    if (marked) {
      out[kind] = { kind, name: marked.name, exists: true, displaced: false };
      continue;
    }
    const name = freeName(OWN_SHEET_NAME[kind], taken);
    const takenBy = name === OWN_SHEET_NAME[kind] ? undefined : taken.find((t) => sameSheetName(t, OWN_SHEET_NAME[kind]));
    taken.push(name);
    out[kind] = { kind, name, exists: false, displaced: name !== OWN_SHEET_NAME[kind], ...(takenBy === undefined ? {} : { takenBy }) };
  }
  return out;
}
