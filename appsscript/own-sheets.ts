// Our sheets in Google Sheets carry developer metadata (key OWN_MARK_KEY, value: which of ours), invisible to
// staff, kept by the sheet when it is renamed or moved, gone when it is deleted; a user's sheet that happens to
// be called "Tổng hợp" has none and is never replaced. They also get the named range the CLI and Excel use as their
// mark (OWN_MARK_NAME, on A1): a Google Sheet downloaded as .xlsx keeps it as a defined name, and an .xlsx scored by
// cchc and opened in Sheets brings its own. Calls grow with the number of sheets and named ranges, never with rows.
import { OWN_KINDS, OWN_MARK_KEY, OWN_MARK_NAME, ownTargets, sheetEntries, type OwnKind, type OwnMark, type OwnTarget, type SheetEntry } from "../shared/index.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Workbook {
  ss: Spreadsheet;
  /** every sheet in tab order with the kind its mark gives it */
  entries: SheetEntry[];
  /** the sheets themselves, by name */
  sheets: Map<string, Sheet>;
  /** named ranges carrying one of our marks, by kind (replaced when the mark moves to a new sheet) */
  named: Partial<Record<OwnKind, true>>;
  /** sheets whose mark is in their developer metadata (a sheet known only by its named range gets it too) */
  withMetadata: Set<string>;
}

const kindOfName = (name: string) => OWN_KINDS.find((k) => OWN_MARK_NAME[k].toLowerCase() === name.toLowerCase());

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
  const withMetadata = new Set<string>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(OWN_MARK_KEY).find()) {
    const kind = OWN_KINDS.find((k) => k === md.getValue());
    const sheet = md.getLocation().getSheet();
    const name = sheet ? ids.get(sheet.getSheetId()) : undefined;
    if (kind && name !== undefined) {
      marks.push({ kind, sheet: name });
      withMetadata.add(name);
    }
  }
  const named: Workbook["named"] = {};
  for (const range of ss.getNamedRanges()) {
    const kind = kindOfName(range.getName());
    if (!kind) continue;
    named[kind] = true;
    try {
      const name = ids.get(range.getRange().getSheet().getSheetId());
      if (name !== undefined && !marks.some((m) => m.sheet === name)) marks.push({ kind, sheet: name });
    } catch {
      // a named range left pointing nowhere marks nothing
    }
  }
  return { ss, entries: sheetEntries([...sheets.keys()], marks), sheets, named, withMetadata };
}

/**
 * The sheet `target` names: ours emptied (values, formats, charts) when it exists, else a new sheet carrying the mark.
 * `keep`: an existing sheet is handed over as it is (the plan reshapes itself in place, keeping staff's formats).
 */
export function ownSheet(wb: Workbook, kind: OwnKind, target: OwnTarget, keep = false): Sheet {
  const found = target.exists ? wb.sheets.get(target.name) : undefined;
  if (found) {
    if (!keep) {
      found.clear();
      for (const chart of found.getCharts()) found.removeChart(chart);
    }
    // both marks from now on: found by its named range (an .xlsx from cchc) or its metadata (an older run)
    if (!wb.withMetadata.has(target.name)) found.addDeveloperMetadata(OWN_MARK_KEY, kind);
    if (!wb.named[kind]) wb.ss.setNamedRange(OWN_MARK_NAME[kind], found.getRange(1, 1));
    wb.named[kind] = true;
    return found;
  }
  const sheet = wb.ss.insertSheet(target.name);
  sheet.addDeveloperMetadata(OWN_MARK_KEY, kind);
  if (wb.named[kind]) wb.ss.removeNamedRange(OWN_MARK_NAME[kind]);
  wb.ss.setNamedRange(OWN_MARK_NAME[kind], sheet.getRange(1, 1));
  wb.named[kind] = true;
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
