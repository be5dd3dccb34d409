// The only reads a command makes: the criteria sheet's data range once, and our result sheets it replaces.
import { blockOfAddress, type CellBlock, type ExistingSheets, type Grid, type OwnTarget } from "../shared/index.js";
import type { Workbook } from "./own-sheets.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CriteriaRead {
  sheet: Sheet;
  /** the data range starts at A1, so grid positions are sheet positions */
  values: unknown[][];
  formulas: string[][];
  backgrounds: string[][];
  notes: string[][];
  /** dates: what Hoàn tác gives back with the date, and what a sum written over a date replaces */
  numberFormats: string[][];
  /** merged areas (0-based): nothing is written inside one but in its top-left cell */
  merged: CellBlock[];
}

/** Merged areas read at most (one call each). */
const MAX_MERGED = 2000;

export function readCriteria(sheet: Sheet): CriteriaRead {
  const range = sheet.getDataRange();
  return {
    sheet,
    values: range.getValues(),
    formulas: range.getFormulas(),
    backgrounds: range.getBackgrounds(),
    notes: range.getNotes(),
    numberFormats: range.getNumberFormats(),
    // one call for the list, one address each: a sheet has a merged title per area; a sheet merging a cell on every
    // row pays for the first MAX_MERGED only
    merged: range
      .getMergedRanges()
      .slice(0, MAX_MERGED)
      .map((m) => blockOfAddress(m.getA1Notation()))
      .filter((b): b is CellBlock => b !== null),
  };
}

function readSheet(sheet: Sheet | undefined): { values: Grid; formulas: Grid } | undefined {
  if (!sheet) return undefined;
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas() };
}

/** Our result sheets as they are now (found by their marks: `targets`; absent keys: no such sheet yet). */
export function readExisting(wb: Workbook, targets: Partial<Record<keyof ExistingSheets, OwnTarget>>): ExistingSheets {
  const out: ExistingSheets = {};
  for (const [kind, target] of Object.entries(targets) as [keyof ExistingSheets, OwnTarget][]) {
    const found = target.exists ? readSheet(wb.sheets.get(target.name)) : undefined;
    if (found) out[kind] = found;
  }
  return out;
}
