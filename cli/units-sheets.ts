// Puts a consolidation into a workbook: "Tổng hợp đơn vị" (ranked units, classes coloured by conditional
// formatting, the average row, findings, chart data) and "So sánh tiêu chí" (criterion × unit, weakest marked).
// exceljs cannot write charts: the chart data sits under the table, ready for Insert → Chart (see docs/cli.md).
import type ExcelJS from "exceljs";
import { columnLetter, comparisonTable, rowHeights, unitsTable, type Consolidation, type Lang } from "../shared/index.js";
import { markSheet } from "./own-sheets.js";
import { sheetRef } from "./score-sheets.js";
import { FONT, HEADER_FILL, printSetup, setWidths, styleRow, unwrapTitles } from "./style.js";
import { replaceSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

/** Class colours best to worst (green → red); more classes reuse the last. */
const BAND_FILLS = ["FFC6EFCE", "FFDDEBF7", "FFFFEB9C", "FFF8CBAD", "FFFFC7CE"];
const WEAK_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
const AREA_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const POINTS = "0.0##";
const PERCENT = "0.00";
const LINK_FONT: Partial<ExcelJS.Font> = { name: FONT, size: 12, underline: true, color: { argb: "FF0563C1" } };

function bandFill(band: number, count: number): string {
  // the worst class is always red, the best always green, whatever the number of classes
  if (band >= count - 1 && count > 1) return BAND_FILLS[BAND_FILLS.length - 1] as string;
  return BAND_FILLS[Math.min(band, BAND_FILLS.length - 2)] as string;
}

/** The unit's name as a link to its own sheet (a HYPERLINK formula: see writeFindings for why not an exceljs link). */
function linkTo(ws: Worksheet, row: number, col: number, sheet: string, text: string): void {
  const target = `#${sheetRef(sheet, "A1")}`.replace(/"/g, '""');
  ws.getCell(row + 1, col + 1).value = { formula: `HYPERLINK("${target}","${text.replace(/"/g, '""')}")`, result: text };
  ws.getCell(row + 1, col + 1).font = LINK_FONT;
}

/**
 * `names`: where the two sheets go (ownTargets); each is marked as ours. `linked`: the units' sheets are in this
 * workbook, so names link to them.
 */
export function writeUnitsSheets(
  wb: Workbook,
  c: Consolidation,
  lang: Lang,
  made: Date,
  linked: boolean,
  names: { units: string; comparison: string },
): { units: Worksheet; comparison: Worksheet } {
  const units = writeUnitsSheet(wb, c, lang, made, linked, names.units);
  markSheet(wb, "units", units.name);
  const comparison = writeComparisonSheet(wb, c, lang, linked, names.comparison);
  markSheet(wb, "comparison", comparison.name);
  return { units, comparison };
}

function writeUnitsSheet(wb: Workbook, c: Consolidation, lang: Lang, made: Date, linked: boolean, name: string): Worksheet {
  const t = unitsTable(c, lang, made);
  const ws = replaceSheet(wb, name);
  writeGrid(ws, t.grid);
  const w = t.width;
  const last = t.averageRow >= 0 ? t.averageRow : t.firstUnitRow - 1;
  t.grid.forEach((_, r) => {
    if (r === 0) styleRow(ws, 1, w, { bold: true, size: 14 });
    else if (r < t.headerRow) styleRow(ws, r + 1, w, { italic: true });
    else if (r === t.headerRow) styleRow(ws, r + 1, w, { bold: true, border: true, fill: HEADER_FILL, center: true });
    else if (r === t.maxRow) styleRow(ws, r + 1, w, { italic: true, border: true });
    else if (r === t.averageRow) styleRow(ws, r + 1, w, { bold: true, border: true });
    else if (r <= last) styleRow(ws, r + 1, w, { border: true });
  });
  for (let r = t.maxRow; r <= last; r++) {
    const row = ws.getRow(r + 1);
    for (const col of [2, 3, 4, 5, 6]) row.getCell(col + 1).numFmt = POINTS;
    row.getCell(t.indexCol + 1).numFmt = PERCENT;
    for (let col = 10; col < w; col++) row.getCell(col + 1).numFmt = col % 2 === 0 ? POINTS : PERCENT;
    for (const col of [0, 8, 9]) row.getCell(col + 1).alignment = { vertical: "top", horizontal: "center" };
  }
  // classes coloured by rule, not by paint: a class retyped by hand recolours its row
  if (t.units.length) {
    const top = t.firstUnitRow + 1;
    const bottom = t.firstUnitRow + t.units.length;
    const gradeCol = columnLetter(t.gradeCol);
    ws.addConditionalFormatting({
      ref: `A${top}:${columnLetter(w - 1)}${bottom}`,
      rules: t.bands.map((b, i) => ({
        type: "expression" as const,
        priority: i + 1,
        formulae: [`$${gradeCol}${top}="${b.label.replace(/"/g, '""')}"`],
        style: { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: bandFill(i, t.bands.length) } } },
      })),
    });
  }
  if (linked) for (const u of t.units) linkTo(ws, u.row, t.unitCol, u.sheet, String(t.grid[u.row]?.[t.unitCol] ?? ""));

  const widths = [6, 36, 10, 13, 9, 9, 10, 10, 9, 9, ...c.areas.flatMap(() => [15, 8])];
  setWidths(ws, widths, { grid: t.grid.slice(0, last + 1), fromRow: t.headerRow });

  // findings: severity, unit, then the message across the rest of the table's width, wrapped to fit
  if (t.findingsHeaderRow >= 0) {
    const label = ws.getCell(t.findingsHeaderRow, 1);
    label.font = { name: FONT, size: 12, bold: true };
    label.alignment = { wrapText: false };
    const span = Math.max(3, w);
    const messageWidth = widths.slice(2, span).reduce((s, x) => s + x, 0);
    for (let r = t.findingsHeaderRow; r <= t.findingsHeaderRow + c.diagnostics.length; r++) {
      const header = r === t.findingsHeaderRow;
      styleRow(ws, r + 1, span, header ? { bold: true, border: true, fill: HEADER_FILL, center: true } : { border: true });
      if (span > 3) ws.mergeCells(r + 1, 3, r + 1, span);
      if (!header) {
        const [h] = rowHeights([[t.grid[r]?.[0] ?? "", t.grid[r]?.[1] ?? "", t.grid[r]?.[2] ?? ""]], [widths[0] ?? 6, widths[1] ?? 36, messageWidth]);
        if ((h ?? 0) > 16) ws.getRow(r + 1).height = h as number;
      }
    }
  }
  for (const block of [t.indexChart, t.areaChart]) {
    if (!block) continue;
    const cols = block.col + block.cols;
    styleRow(ws, block.row + 1, cols, { bold: true, border: true, fill: HEADER_FILL, center: true });
    const [h] = rowHeights([t.grid[block.row] ?? []], widths);
    if ((h ?? 0) > 16) ws.getRow(block.row + 1).height = h as number;
    for (let r = block.row + 1; r < block.row + block.rows; r++) {
      styleRow(ws, r + 1, cols, { border: true });
      for (let col = block.col + 1; col < cols; col++) ws.getCell(r + 1, col + 1).numFmt = PERCENT;
    }
    // the column left of the block is empty: no border or fill there
    for (let r = block.row; r < block.row + block.rows; r++) {
      ws.getCell(r + 1, 1).border = {};
      ws.getCell(r + 1, 1).fill = { type: "pattern", pattern: "none" };
    }
  }
  unwrapTitles(ws, t.headerRow);
  printSetup(ws, t.headerRow);
  return ws;
}

function writeComparisonSheet(wb: Workbook, c: Consolidation, lang: Lang, linked: boolean, name: string): Worksheet {
  const t = comparisonTable(c, lang);
  const ws = replaceSheet(wb, name);
  writeGrid(ws, t.grid);
  const areas = new Set(t.areaRows);
  t.grid.forEach((_, r) => {
    if (r === 0) styleRow(ws, 1, t.width, { bold: true, size: 14 });
    else if (r < t.headerRow) styleRow(ws, r + 1, t.width, { italic: true });
    else if (r === t.headerRow) styleRow(ws, r + 1, t.width, { bold: true, border: true, fill: HEADER_FILL, center: true });
    else if (r > t.headerRow) styleRow(ws, r + 1, t.width, areas.has(r) ? { bold: true, border: true, fill: AREA_FILL } : { border: true });
  });
  for (let r = t.headerRow + 1; r < t.grid.length; r++) {
    const row = ws.getRow(r + 1);
    for (let col = 2; col < t.firstUnitCol + c.units.length; col++) row.getCell(col + 1).numFmt = POINTS;
  }
  for (const cell of t.weakest) {
    const x = ws.getCell(cell.row + 1, cell.col + 1);
    x.fill = WEAK_FILL;
    x.font = { name: FONT, size: 12, bold: true, color: { argb: "FF9C0006" } };
  }
  if (linked) c.units.forEach((u, i) => linkTo(ws, t.headerRow, t.firstUnitCol + i, u.sheet, u.unit));
  const widths = [9, 48, 9, ...c.units.map(() => 13), 28, 11];
  setWidths(ws, widths, { grid: t.grid, fromRow: t.headerRow });
  unwrapTitles(ws, t.headerRow);
  printSetup(ws, t.headerRow);
  // the codes and names stay in view while scrolling across many units
  ws.views = [{ state: "frozen", xSplit: t.firstUnitCol, ySplit: t.headerRow + 1 }];
  return ws;
}
