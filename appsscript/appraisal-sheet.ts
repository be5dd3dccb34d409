// "Tự chấm - Thẩm định": the criteria the appraisal changed (codes link to their rows), self vs final per area, and
// the totals with bonus, penalty, score, index and class; laid out for printing as far as Apps Script allows.
import type { AppraisalTable } from "../shared/index.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Widths are in characters; a character of the default font is about 7 px. */
const PX_PER_CHAR = 7;

/** A link to a criterion's row, showing its code (en-US syntax, as setValues reads formulas). */
function codeLink(gid: number, cell: string, code: string): string {
  return `=HYPERLINK("#gid=${gid}&range=${cell}","${code.replace(/"/g, '""')}")`;
}

/** `sheet`: ours, emptied or new, carrying its mark (own-sheets.ts). */
export function writeAppraisal(sheet: Sheet, table: AppraisalTable, criteria: Sheet): Sheet {
  const width = table.widths.length;
  const gid = criteria.getSheetId();
  const links = table.links.map((l) => ({ row: l.row, col: 0, formula: codeLink(gid, l.cell, String(table.grid[l.row]?.[0] ?? "")) }));
  const rows = writeGrid(
    sheet,
    table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    links,
  );
  setWidths(
    sheet,
    table.widths.map((w) => Math.round(w * PX_PER_CHAR)),
  );
  sheet.getRange(1, 1, rows.length, width).setFontFamily("Times New Roman");
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
  // three bordered tables: the criteria, the areas to their total line, the totals block
  const blocks: [number, number, number][] = [
    [table.headerRow, table.areaHeaderRow - 3, table.tableWidths[0]],
    [table.areaHeaderRow, table.areaTotalRow, table.tableWidths[1]],
    [table.totalsHeaderRow, table.totalsLastRow, table.tableWidths[2]],
  ];
  for (const [from, to, cols] of blocks) {
    sheet.getRange(from + 1, 1, to - from + 1, cols).setWrap(true).setVerticalAlignment("top").setBorder(true, true, true, true, true, true);
    sheet.getRange(from + 1, 1, 1, cols).setFontWeight("bold").setBackground("#e8eaed").setHorizontalAlignment("center");
  }
  sheet.getRangeList(rowRanges([table.areaTotalRow, table.areaHeaderRow - 1], width)).setFontWeight("bold");
  sheet.setFrozenRows(table.headerRow + 1);
  return sheet;
}
