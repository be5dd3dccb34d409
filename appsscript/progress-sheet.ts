// "Báo cáo tiến độ" in Google Sheets: our own sheet, rebuilt on every run (the undo snapshot keeps what it held).
import type { ProgressTable } from "../shared/index.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

const PX_PER_CHAR = 7;

/** `sheet`: our report sheet, emptied (own-sheets.ts). */
export function writeProgress(sheet: GoogleAppsScript.Spreadsheet.Sheet, table: ProgressTable): GoogleAppsScript.Spreadsheet.Sheet {
  const width = table.widths.length;
  writeGrid(sheet, table.grid);
  setWidths(sheet, table.widths.map((w) => Math.round(w * PX_PER_CHAR)));
  sheet.getRange(1, 1, table.grid.length, width).setFontFamily("Times New Roman");
  const rowsOf = (kind: ProgressTable["kinds"][number]) => table.kinds.map((k, i) => (k === kind ? i : -1)).filter((i) => i >= 0);
  const title = rowsOf("title");
  if (title.length) sheet.getRangeList(rowRanges(title, 1)).setFontWeight("bold");
  const info = rowsOf("info");
  if (info.length) sheet.getRangeList(rowRanges(info, 1)).setFontStyle("italic");
  const sections = rowsOf("section");
  if (sections.length) sheet.getRangeList(rowRanges(sections, 1)).setFontWeight("bold");
  const headers = rowsOf("header");
  if (headers.length) sheet.getRangeList(rowRanges(headers, width)).setFontWeight("bold").setBackground("#e8eaed").setWrap(true);
  return sheet;
}
