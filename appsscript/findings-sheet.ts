// "Kiểm tra": one line per finding, each cell address a link that jumps to the criteria cell.
import type { FindingsTable } from "../shared/index.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const CELL_COLUMN = 2;
const WIDTHS = [80, 190, 60, 70, 520];

/** A link inside the same spreadsheet (en-US formula syntax, as setValues reads formulas). */
export function cellLink(gid: number, cell: string): string {
  return `=HYPERLINK("#gid=${gid}&range=${cell}","${cell}")`;
}

/** `sheet`: our findings sheet, emptied (own-sheets.ts). */
export function writeFindings(sheet: Sheet, table: FindingsTable, criteria: Sheet, errorLabel: string): Sheet {
  const gid = criteria.getSheetId();
  const links = table.links.map((l) => ({ row: l.row, col: CELL_COLUMN, formula: cellLink(gid, l.cell) }));
  writeGrid(sheet, table.grid, links);
  const width = 5;
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
  sheet.getRange(table.headerRow + 1, 1, 1, width).setFontWeight("bold").setBackground("#e8eaed");
  sheet.setFrozenRows(table.headerRow + 1);
  setWidths(sheet, WIDTHS);
  sheet.getRange(table.headerRow + 2, width, Math.max(1, table.grid.length - table.headerRow - 1), 1).setWrap(true);
  const errors = table.grid.map((r, i) => (i > table.headerRow && r[0] === errorLabel ? i : -1)).filter((i) => i >= 0);
  if (errors.length) sheet.getRangeList(rowRanges(errors, width)).setFontColor("#a50e0e");
  return sheet;
}
