// Puts a "Tính điểm" result into the workbook: the edits on the criteria sheet, then the "Kiểm tra"
// (findings, each linked to its cell) and "Tổng hợp" (per area, per owner) sheets.
import type ExcelJS from "exceljs";
import type { CellEdit, ScoreResult } from "../shared/index.js";
import { HEADER_FILL, printSetup, setWidths, styleRow, unwrapTitles } from "./style.js";
import { markSheet } from "./own-sheets.js";
import { replaceSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

/**
 * Applies the core's edits (it already writes figures where a formula would read text), and Hoàn tác's: a date
 * goes back as an xlsx date with its own format, an error as an error.
 */
export function applyEdits(ws: Worksheet, edits: readonly CellEdit[]): void {
  const targets = new Set(edits.map((e) => e.cell));
  unshareMasters(ws, targets);
  for (const e of edits) {
    const cell = ws.getCell(e.row + 1, e.col + 1);
    // a Text-formatted cell would show a typed formula as text in Excel
    if (cell.numFmt === "@") cell.numFmt = "General";
    if (e.formula) cell.value = { formula: e.formula.slice(1), result: e.value as number };
    else if (e.error && typeof e.value === "string") cell.value = { error: e.value as ExcelJS.CellErrorValue["error"] };
    else cell.value = e.value;
    if (e.numberFormat !== undefined) cell.numFmt = e.numberFormat;
  }
}

/** Cells sharing a formula with a cell we overwrite get their own copy first, or they would lose it. */
function unshareMasters(ws: Worksheet, targets: ReadonlySet<string>): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (v && typeof v === "object" && "sharedFormula" in v && targets.has(v.sharedFormula) && !targets.has(cell.address)) {
        // `cell.result`, not `v.result`: the value's copy drops a saved 0
        const result = cell.result;
        cell.value = { formula: cell.formula ?? "", ...(result === undefined ? {} : { result }) };
      }
    });
  });
}

/** "'Bảng 1'!E31" with the quotes Excel wants around any sheet name. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function writeFindings(wb: Workbook, result: ScoreResult, criteriaSheet: string): Worksheet {
  const { grid, headerRow, links } = result.findings;
  const ws = replaceSheet(wb, result.sheetNames.findings);
  markSheet(wb, "findings", ws.name);
  writeGrid(ws, grid);
  const cellCol = 3; // "Ô" / "Cell"
  // a HYPERLINK formula, not an exceljs hyperlink: exceljs 4.4 writes in-document links that Excel
  // resolves to "#S!A1##S!A1" (exceljs#3027) and WPS cannot open; the formula works in every host
  for (const link of links) {
    const target = `#${sheetRef(criteriaSheet, link.cell)}`.replace(/"/g, '""');
    ws.getCell(link.row + 1, cellCol).value = { formula: `HYPERLINK("${target}","${link.cell}")`, result: link.cell };
  }
  const width = 5;
  grid.forEach((_, r) => styleRow(ws, r + 1, width, r === 0 ? { bold: true, size: 14 } : r === headerRow ? { bold: true, border: true, fill: HEADER_FILL, center: true } : r > headerRow ? { border: true } : {}));
  for (const link of links) ws.getCell(link.row + 1, cellCol).font = { name: "Times New Roman", size: 12, underline: true, color: { argb: "FF0563C1" } };
  setWidths(ws, [11, 24, 9, 10, 90], { grid, fromRow: headerRow });
  unwrapTitles(ws, headerRow);
  printSetup(ws, headerRow);
  return ws;
}

export function writeSummary(wb: Workbook, result: ScoreResult): Worksheet {
  const s = result.summary;
  const ws = replaceSheet(wb, result.sheetNames.summary);
  markSheet(wb, "summary", ws.name);
  writeGrid(ws, s.grid);
  const width = 9;
  s.grid.forEach((line, r) => {
    const header = r === s.areaHeaderRow || r === s.ownerHeaderRow || r === s.scoreHeaderRow;
    const table = (r > s.areaHeaderRow && r <= s.totalRow) || (r > s.ownerHeaderRow && line.length > 0);
    styleRow(ws, r + 1, width, r === 0 ? { bold: true, size: 14 } : header ? { bold: true, border: true, fill: HEADER_FILL, center: true } : r === s.totalRow ? { bold: true, border: true } : table ? { border: true } : { bold: r === s.ownerHeaderRow - 1 });
  });
  setWidths(ws, [22, 48, 11, 11, 11, 11, 11, 11, 10], { grid: s.grid, fromRow: s.areaHeaderRow });
  unwrapTitles(ws, s.areaHeaderRow);
  printSetup(ws, s.areaHeaderRow);
  return ws;
}

/** "Tự chấm - Thẩm định": criteria the appraisal changed, self vs final per area, the totals with bonus and penalty. */
export function writeAppraisal(wb: Workbook, result: ScoreResult, criteriaSheet: string): Worksheet | null {
  const table = result.appraisal;
  if (!table) return null;
  const ws = replaceSheet(wb, result.sheetNames.appraisal);
  markSheet(wb, "appraisal", ws.name);
  writeGrid(ws, table.grid);
  for (const link of table.links) {
    const target = `#${sheetRef(criteriaSheet, link.cell)}`.replace(/"/g, '""');
    const code = String(table.grid[link.row]?.[0] ?? "").replace(/"/g, '""');
    ws.getCell(link.row + 1, 1).value = { formula: `HYPERLINK("${target}","${code}")`, result: code };
  }
  const width = table.widths.length;
  // three tables, each bordered over its own columns: the criteria, the areas (to their total line), the totals
  const blocks: [number, number, number][] = [
    [table.headerRow, table.areaHeaderRow - 3, table.tableWidths[0]],
    [table.areaHeaderRow, table.areaTotalRow, table.tableWidths[1]],
    [table.totalsHeaderRow, table.totalsLastRow, table.tableWidths[2]],
  ];
  table.grid.forEach((_, r) => {
    const block = blocks.find(([from, to]) => r >= from && r <= to);
    const bold = r === table.areaTotalRow || r === table.totalsLastRow || r === table.areaHeaderRow - 1;
    if (r === 0) styleRow(ws, 1, width, { bold: true, size: 14 });
    else if (!block) styleRow(ws, r + 1, width, { bold });
    else {
      styleRow(ws, r + 1, width, {});
      styleRow(ws, r + 1, block[2], r === block[0] ? { bold: true, border: true, fill: HEADER_FILL, center: true } : { border: true, bold });
    }
  });
  for (const link of table.links) ws.getCell(link.row + 1, 1).font = { name: "Times New Roman", size: 12, underline: true, color: { argb: "FF0563C1" } };
  setWidths(ws, table.widths, { grid: table.grid, fromRow: table.headerRow });
  unwrapTitles(ws, table.headerRow);
  printSetup(ws, table.headerRow);
  return ws;
}
