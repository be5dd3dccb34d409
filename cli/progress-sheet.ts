// "Báo cáo tiến độ" written by the CLI, and the overdue fill on the plan sheet it reports on.
import type ExcelJS from "exceljs";
import type { ProgressResult } from "../shared/index.js";
import { markSheet } from "./own-sheets.js";
import { OVERDUE_ARGB } from "./plan-sheet.js";
import { HEADER_FILL, printSetup, setWidths, styleRow, unwrapTitles } from "./style.js";
import { replaceSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

export function writeProgress(wb: Workbook, result: ProgressResult, planSheet: string): Worksheet {
  const { table } = result;
  const ws = replaceSheet(wb, result.sheetName);
  markSheet(wb, "progress", ws.name);
  writeGrid(ws, table.grid);
  let lastHeader = 0;
  table.kinds.forEach((kind, r) => {
    const row = r + 1;
    const used = (table.grid[r] ?? []).reduce<number>((w, v, c) => (v === null || v === undefined || v === "" ? w : c + 1), 0);
    switch (kind) {
      case "title":
        styleRow(ws, row, 1, { bold: true, size: 14 });
        break;
      case "info":
        styleRow(ws, row, 1, { italic: true });
        break;
      case "section":
        styleRow(ws, row, Math.max(used, 1), { bold: true, border: used > 1 });
        break;
      case "header":
        lastHeader = used;
        styleRow(ws, row, used, { bold: true, border: true, fill: HEADER_FILL, center: true });
        break;
      case "row":
        styleRow(ws, row, Math.max(lastHeader, used), { border: true });
        break;
      case "blank":
        break;
    }
  });
  // a link from each overdue task to its row in the plan
  for (const link of table.links) {
    const cell = ws.getCell(link.row + 1, link.col + 1);
    cell.value = { text: String(link.planRow), hyperlink: `#'${planSheet.replace(/'/g, "''")}'!A${link.planRow}` };
    cell.font = { ...cell.font, underline: true, color: { argb: "FF0563C1" } };
  }
  setWidths(ws, table.widths, { grid: table.grid, fromRow: 4 });
  unwrapTitles(ws, 4);
  printSetup(ws, 0);
  ws.views = [];
  ws.headerFooter = { oddFooter: "&C&\"Times New Roman\"&11Trang &P/&N" };
  return ws;
}

const OVERDUE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: OVERDUE_ARGB } };

/** Our overdue fill on the plan's rows, as of the report's day: set where overdue, taken off where no longer. */
export function markOverdue(ws: Worksheet, rows: readonly number[], width: number): void {
  const overdue = new Set(rows);
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (overdue.has(r - 1)) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.type === "pattern" && (fill.fgColor as { argb?: string } | undefined)?.argb === OVERDUE_ARGB) {
        const { fill: _ours, ...rest } = cell.style;
        cell.style = rest;
      }
    });
  });
  // a new style object per cell: cells read from a file share theirs, and a fill set through one would spread
  for (const r of overdue) for (let c = 1; c <= width; c++) ws.getCell(r + 1, c).style = { ...ws.getCell(r + 1, c).style, fill: OVERDUE_FILL };
}
