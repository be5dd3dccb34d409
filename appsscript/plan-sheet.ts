// "Kế hoạch khắc phục": the core's merged plan table, laid out for printing as far as Apps Script allows
// (frozen header rows repeat on every printed page; paper size and orientation stay in File › Print).
import type { PlanTable } from "../shared/index.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Plan column widths are in characters; a character of the default font is about 7 px. */
const PX_PER_CHAR = 7;

/** `sheet`: our plan sheet, emptied (own-sheets.ts). */
export function writePlan(sheet: Sheet, table: PlanTable): Sheet {
  const width = table.columns.length;
  const rows = writeGrid(
    sheet,
    table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    table.formulas,
  );
  const body = table.tableEnd - table.headerRow + 1; // a signature block below the table gets no borders
  const rowsOf = (kind: PlanTable["kinds"][number]) => table.kinds.map((k, i) => (k === kind ? i : -1)).filter((i) => i >= 0);

  setWidths(
    sheet,
    table.columns.map((c) => Math.round(c.width * PX_PER_CHAR)),
  );
  sheet.getRange(1, 1, rows.length, width).setFontFamily("Times New Roman");
  const titles = rowsOf("title");
  if (titles.length) sheet.getRangeList(rowRanges(titles, 1)).setFontWeight("bold");
  const grid = sheet.getRange(table.headerRow + 1, 1, body, width);
  grid.setWrap(true).setVerticalAlignment("top").setBorder(true, true, true, true, true, true);
  sheet.getRange(table.headerRow + 1, 1, 1, width).setFontWeight("bold").setBackground("#e8eaed").setHorizontalAlignment("center");
  const areas = rowsOf("area");
  if (areas.length) sheet.getRangeList(rowRanges(areas, width)).setFontWeight("bold").setBackground("#f1f3f4");
  const resolved = rowsOf("resolved");
  if (resolved.length) sheet.getRangeList(rowRanges(resolved, width)).setFontColor("#5f6368").setFontStyle("italic");
  sheet.setFrozenRows(table.headerRow + 1);
  return sheet;
}
