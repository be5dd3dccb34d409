// "Tổng hợp": totals by area and by lead, and a bar chart of the areas (max, achieved, target).
import type { SummaryTable } from "../shared/index.js";
import { rowRanges, setWidths, writeGrid } from "./result-sheet.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = 9;
const WIDTHS = [70, 320, 90, 90, 90, 90, 90, 90, 80];

/** `sheet`: our summary sheet, emptied (own-sheets.ts). */
export function writeSummary(sheet: Sheet, table: SummaryTable): Sheet {
  const rows = writeGrid(
    sheet,
    table.grid.map((r) => Array.from({ length: WIDTH }, (_, c) => r[c] ?? null)),
  );
  sheet.getRange(1, 1).setFontWeight("bold").setFontSize(14);
  const heads = [table.areaHeaderRow, table.ownerHeaderRow, table.scoreHeaderRow].filter((r) => r >= 0);
  sheet.getRangeList(rowRanges([...heads, table.totalRow], WIDTH)).setFontWeight("bold");
  sheet.getRangeList(rowRanges(heads, WIDTH)).setBackground("#e8eaed").setWrap(true);
  setWidths(sheet, WIDTHS);

  const areas = table.areaLastRow - table.areaHeaderRow;
  if (areas > 0) {
    // one range per series so the chart follows the core's column choice even if it stops being contiguous
    let builder = sheet.newChart().setChartType(Charts.ChartType.BAR);
    for (const c of table.chartColumns) builder = builder.addRange(sheet.getRange(table.areaHeaderRow + 1, c + 1, areas + 1, 1));
    const chart = builder
      .setNumHeaders(1)
      .setOption("title", table.chartTitle)
      .setOption("legend", { position: "top" })
      .setOption("width", 640)
      .setOption("height", 40 * areas + 120)
      .setPosition(rows.length + 2, 2, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
  return sheet;
}
