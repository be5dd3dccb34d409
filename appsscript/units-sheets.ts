// "Tổng hợp đơn vị" and "So sánh tiêu chí" in Google Sheets: each written in one setValues, formatted by whole
// blocks (never cell by cell), class colours as conditional format rules, two embedded charts.
import { columnLetter, type ComparisonTable, type OwnTarget, type UnitsResult, type UnitsTable } from "../shared/index.js";
import { ownSheet, type Workbook } from "./own-sheets.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER = "#e8eaed";
const AREA = "#f3f3f3";
const WEAK = "#f4c7c3";
const POINTS = "0.0##";
const PERCENT = "0.00";
/** Class colours best to worst; the worst class is always red. */
const BAND_FILLS = ["#d9ead3", "#cfe2f3", "#fff2cc", "#fce5cd", "#f4cccc"];

const bandFill = (band: number, count: number) => (count > 1 && band >= count - 1 ? (BAND_FILLS[4] as string) : (BAND_FILLS[Math.min(band, 3)] as string));

/** A link to a sheet of this spreadsheet, as a formula (the same form Kiểm tra uses). */
const link = (id: number | undefined, text: string) => (id === undefined ? null : `=HYPERLINK("#gid=${id}&range=A1","${text.replace(/"/g, '""')}")`);

/** `targets`: where the two sheets go (ours emptied, or new sheets carrying the mark). */
export function writeUnitsSheets(wb: Workbook, result: UnitsResult, targets: { units: OwnTarget; comparison: OwnTarget }): Sheet {
  // one id per unit sheet, asked once for both tables
  const ids = new Map<string, number>();
  for (const u of result.consolidation.units) {
    const sheet = wb.sheets.get(u.sheet);
    if (sheet && !ids.has(u.sheet)) ids.set(u.sheet, sheet.getSheetId());
  }
  const units = writeUnitsTable(ownSheet(wb, "units", targets.units), result.units, ids);
  writeComparison(ownSheet(wb, "comparison", targets.comparison), result.comparison, result.consolidation.units.map((u) => u.sheet), ids);
  return units;
}

function writeUnitsTable(sheet: Sheet, t: UnitsTable, ids: ReadonlyMap<string, number>): Sheet {
  const w = t.width;
  const formulas: { row: number; col: number; formula: string }[] = [];
  for (const u of t.units) {
    const f = link(ids.get(u.sheet), String(t.grid[u.row]?.[t.unitCol] ?? ""));
    if (f) formulas.push({ row: u.row, col: t.unitCol, formula: f });
  }
  const rows = writeGrid(sheet, t.grid, formulas);
  const width = (rows[0] as unknown[]).length;
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
  const bold = [t.headerRow, ...(t.averageRow >= 0 ? [t.averageRow] : [])];
  sheet.getRangeList(rowRanges(bold, w)).setFontWeight("bold");
  sheet.getRange(t.headerRow + 1, 1, 1, w).setBackground(HEADER).setWrap(true).setHorizontalAlignment("center");
  sheet.getRange(t.maxRow + 1, 1, 1, w).setFontStyle("italic");
  const last = t.averageRow >= 0 ? t.averageRow : t.firstUnitRow - 1;
  const body = last - t.maxRow + 1;
  // one call for every figure's format: points to the thousandth, percentages to two decimals
  const format = (c: number) => (c === t.indexCol || (c >= 10 && c % 2 === 1) ? PERCENT : (c >= 2 && c <= 6) || c >= 10 ? POINTS : "General");
  sheet.getRange(t.maxRow + 1, 1, body, w).setNumberFormats(Array.from({ length: body }, () => Array.from({ length: w }, (_, c) => format(c))));
  sheet.getRange(t.headerRow + 1, 1, last - t.headerRow + 1, w).setBorder(true, true, true, true, true, true);
  if (t.units.length) {
    const band = sheet.getRange(t.firstUnitRow + 1, 1, t.units.length, w);
    const grade = columnLetter(t.gradeCol);
    const rules = t.bands.map((b, i) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=$${grade}${t.firstUnitRow + 1}="${b.label.replace(/"/g, '""')}"`)
        .setBackground(bandFill(i, t.bands.length))
        .setRanges([band])
        .build(),
    );
    sheet.setConditionalFormatRules(rules);
  }
  if (t.findingsHeaderRow >= 0) {
    sheet.getRange(t.findingsHeaderRow, 1).setFontWeight("bold");
    sheet.getRange(t.findingsHeaderRow + 1, 1, 1, 3).setFontWeight("bold").setBackground(HEADER);
  }
  setWidths(sheet, [40, 260, 80, 100, 70, 70, 80, 80, 70, 70, ...Array.from({ length: Math.max(0, width - 10) }, (_, i) => (i % 2 === 0 ? 120 : 60))]);
  sheet.setFrozenRows(t.headerRow + 1);

  // the index by unit as bars in rank order, with a flat line per class threshold; area % by unit
  if (t.indexChart) {
    const b = t.indexChart;
    const series: Record<number, { type: string }> = {};
    for (let i = 1; i < b.cols - 1; i++) series[i] = { type: "line" };
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COMBO)
        .addRange(sheet.getRange(b.row + 1, b.col + 1, b.rows, b.cols))
        .setNumHeaders(1)
        .setOption("title", t.indexChartTitle)
        .setOption("seriesType", "bars")
        .setOption("series", series)
        .setOption("legend", { position: "bottom" })
        .setOption("width", 640)
        .setOption("height", 320)
        .setPosition(b.row + 1, b.col + b.cols + 2, 0, 0)
        .build(),
    );
  }
  if (t.areaChart) {
    const b = t.areaChart;
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange(b.row + 1, b.col + 1, b.rows, b.cols))
        .setNumHeaders(1)
        .setOption("title", t.areaChartTitle)
        .setOption("legend", { position: "bottom" })
        .setOption("width", 640)
        .setOption("height", 320)
        .setPosition(b.row + 1, b.col + b.cols + 2, 0, 0)
        .build(),
    );
  }
  return sheet;
}

function writeComparison(sheet: Sheet, t: ComparisonTable, unitSheets: readonly string[], ids: ReadonlyMap<string, number>): Sheet {
  const formulas: { row: number; col: number; formula: string }[] = [];
  unitSheets.forEach((s, i) => {
    const f = link(ids.get(s), String(t.grid[t.headerRow]?.[t.firstUnitCol + i] ?? ""));
    if (f) formulas.push({ row: t.headerRow, col: t.firstUnitCol + i, formula: f });
  });
  writeGrid(sheet, t.grid, formulas);
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
  sheet.getRange(t.headerRow + 1, 1, 1, t.width).setFontWeight("bold").setBackground(HEADER).setWrap(true).setHorizontalAlignment("center");
  const rows = t.grid.length - t.headerRow - 1;
  if (rows > 0) {
    if (t.areaRows.length) sheet.getRangeList(rowRanges(t.areaRows, t.width)).setFontWeight("bold").setBackground(AREA);
    // the weakest unit(s) of each criterion: one call colours them all (the area rows' band is kept)
    const areas = new Set(t.areaRows);
    const weak = new Set(t.weakest.map((x) => `${x.row},${x.col}`));
    const first = t.headerRow + 1;
    const backgrounds = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: t.width }, (_, c) => (weak.has(`${first + i},${c}`) ? WEAK : areas.has(first + i) ? AREA : null)),
    );
    sheet.getRange(first + 1, 1, rows, t.width).setBackgrounds(backgrounds);
    sheet.getRange(first + 1, 3, rows, t.width - 3).setNumberFormat(POINTS);
    sheet.getRange(first + 1, t.width, rows, 1).setNumberFormat("0");
    sheet.getRange(t.headerRow + 1, 1, rows + 1, t.width).setBorder(true, true, true, true, true, true);
  }
  setWidths(sheet, [70, 320, 70, ...unitSheets.map(() => 100), 200, 90]);
  sheet.setFrozenRows(t.headerRow + 1);
  sheet.setFrozenColumns(t.firstUnitCol);
  return sheet;
}
