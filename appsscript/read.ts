// The only reads a command makes: the criteria sheet's data range once, and the result sheets it replaces.
import { SHEET_NAMES, type ExistingSheets, type Grid } from "../shared/index.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CriteriaRead {
  sheet: Sheet;
  /** the data range starts at A1, so grid positions are sheet positions */
  values: unknown[][];
  formulas: string[][];
  backgrounds: string[][];
  notes: string[][];
  /** dates: what Hoàn tác gives back with the date, and what a sum written over a date replaces */
  numberFormats: string[][];
}

export function readCriteria(sheet: Sheet): CriteriaRead {
  const range = sheet.getDataRange();
  return {
    sheet,
    values: range.getValues(),
    formulas: range.getFormulas(),
    backgrounds: range.getBackgrounds(),
    notes: range.getNotes(),
    numberFormats: range.getNumberFormats(),
  };
}

function readSheet(ss: Spreadsheet, name: string): { values: Grid; formulas: Grid } | undefined {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return undefined;
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}

/** The result sheets `kinds` as they are now (absent keys: no such sheet yet). */
export function readExisting(ss: Spreadsheet, kinds: readonly (keyof typeof SHEET_NAMES)[]): ExistingSheets {
  const out: ExistingSheets = {};
  for (const kind of kinds) {
    const found = readSheet(ss, SHEET_NAMES[kind]);
    if (found) out[kind] = found;
  }
  return out;
}
