// Our sheets in Google Sheets carry developer metadata (key OWN_MARK_KEY, value: which of ours), invisible to
// staff, kept by the sheet when it is renamed or moved, gone when it is deleted; a user's sheet that happens to
// be called "Tổng hợp" has none and is never replaced. Calls grow with the number of sheets, never with rows.
import { OWN_KINDS, OWN_MARK_KEY, ownTargets, sheetEntries, type OwnKind, type OwnMark, type OwnTarget, type SheetEntry } from "../shared/index.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  ss: Spreadsheet;
  /** every sheet in tab order with the kind its mark gives it */
  entries: SheetEntry[];
  /** the sheets themselves, by name */
  sheets: Map<string, Sheet>;
}

export function readWorkbook(ss: Spreadsheet): Workbook {
  const all = ss.getSheets();
  const sheets = new Map<string, Sheet>();
  const ids = new Map<number, string>();
  for (const sheet of all) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    ids.set(sheet.getSheetId(), name);
  }
  const marks: OwnMark[] = [];
  for (const md of ss.createDeveloperMetadataFinder().withKey(OWN_MARK_KEY).find()) {
    const kind = OWN_KINDS.find((k) => k === md.getValue());
    const sheet = md.getLocation().getSheet();
    const name = sheet ? ids.get(sheet.getSheetId()) : undefined;
    if (kind && name !== undefined) marks.push({ kind, sheet: name });
  }
  return { ss, entries: sheetEntries([...sheets.keys()], marks), sheets };
}

/** The sheet `target` names: ours emptied (values, formats, charts) when it exists, else a new sheet carrying the mark. */
export function ownSheet(wb: Workbook, kind: OwnKind, target: OwnTarget): Sheet {
  const found = target.exists ? wb.sheets.get(target.name) : undefined;
  if (found) {
    found.clear();
    for (const chart of found.getCharts()) found.removeChart(chart);
    return found;
  }
  const sheet = wb.ss.insertSheet(target.name);
  sheet.addDeveloperMetadata(OWN_MARK_KEY, kind);
  wb.sheets.set(target.name, sheet);
  wb.entries.push({ name: target.name, own: kind });
  return sheet;
}

/** Where each of `kinds` goes in this workbook (own-sheets.ts in the core decides). */
export function targetsOf<K extends OwnKind>(wb: Workbook, kinds: readonly K[]): Record<K, OwnTarget> {
  return ownTargets(wb.entries, kinds);
}

/** Our sheet of `kind`, when the workbook has one. */
export function ownSheetOf(wb: Workbook, kind: OwnKind): Sheet | null {
  const entry = wb.entries.find((e) => e.own === kind);
  return entry ? (wb.sheets.get(entry.name) ?? null) : null;
}
