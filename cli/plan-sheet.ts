// Writes the remediation plan the core built, formatted for printing as an official annex:
// A4 landscape, fit to one page wide, Times New Roman, header row repeated on every page, borders.
import type { PlanTable } from "../shared/index.js";
import { HEADER_FILL, printSetup, setWidths, styleRow } from "./style.js";
import { markSheet } from "./own-sheets.js";
import { replaceSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

export function writePlan(wb: Workbook, table: PlanTable, name: string): Worksheet {
  const ws = replaceSheet(wb, name);
  markSheet(wb, "plan", ws.name);
  writeGrid(ws, table.grid, table.formulas);
  const width = table.columns.length;
  table.kinds.forEach((kind, r) => {
    const row = r + 1;
    switch (kind) {
      case "title": {
        const line = table.grid[r] ?? [];
        const lone = line.slice(1).every((v) => v === null || v === undefined || v === "");
        styleRow(ws, row, width, { bold: r === 0, italic: r > 0, size: r === 0 ? 14 : 12, center: lone });
        // a title alone in column A is centred over the table, as on the printed annex
        if (lone && width > 1 && line[0] !== null && line[0] !== undefined && line[0] !== "") ws.mergeCells(row, 1, row, width);
        break;
      }
      case "header":
        styleRow(ws, row, width, { bold: true, border: true, fill: HEADER_FILL, center: true });
        break;
      case "area":
        styleRow(ws, row, width, { bold: true, border: true });
        break;
      case "resolved":
        styleRow(ws, row, width, { italic: true, border: true, color: "FF595959" });
        break;
      case "item":
      case "kept":
        // staff's rows inside the table are bordered with it; a signature block below it is not
        styleRow(ws, row, width, { border: r <= table.tableEnd });
        break;
      case "blank":
        break;
    }
  });
  setWidths(ws, table.columns.map((c) => c.width), { grid: table.grid, fromRow: table.headerRow });
  printSetup(ws, table.headerRow);
  return ws;
}
