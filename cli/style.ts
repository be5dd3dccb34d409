// The look of the sheets we generate: Times New Roman as in official documents, thin borders, wrapped text.
import type ExcelJS from "exceljs";
import { rowHeights } from "../shared/index.js";
import type { Worksheet } from "./xlsx.js";

export const FONT = "Times New Roman";
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

export interface RowStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  border?: boolean;
  fill?: ExcelJS.Fill;
  center?: boolean;
  color?: string;
}

/** Styles columns 1..width of a 1-based row. */
export function styleRow(ws: Worksheet, row: number, width: number, s: RowStyle): void {
  for (let c = 1; c <= width; c++) {
    const cell = ws.getCell(row, c);
    cell.font = { name: FONT, size: s.size ?? 12, bold: !!s.bold, italic: !!s.italic, ...(s.color ? { color: { argb: s.color } } : {}) };
    cell.alignment = { wrapText: true, vertical: s.center ? "middle" : "top", ...(s.center ? { horizontal: "center" } : {}) };
    if (s.border) cell.border = BORDER;
    if (s.fill) cell.fill = s.fill;
  }
}

/** A4 landscape, one page wide, the header row (0-based) repeated on every page and frozen on screen. */
export function printSetup(ws: Worksheet, headerRow: number): void {
  const header = headerRow + 1;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as needed
    printTitlesRow: `${header}:${header}`,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.views = [{ state: "frozen", ySplit: header }];
}

/** Title lines above a table run across it instead of wrapping inside the first column. */
export function unwrapTitles(ws: Worksheet, headerRow: number): void {
  for (let r = 1; r <= headerRow; r++) {
    const cell = ws.getCell(r, 1);
    cell.alignment = { ...cell.alignment, wrapText: false };
  }
}

/**
 * Column widths, and heights for the table's rows (from `fromRow`, 0-based) that fit their wrapped text:
 * a saved file is printed with the heights it carries, and long criterion names would overprint the next row.
 */
export function setWidths(ws: Worksheet, widths: readonly number[], table?: { grid: readonly (readonly unknown[])[]; fromRow: number }): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (!table) return;
  rowHeights(table.grid.slice(table.fromRow), widths).forEach((h, i) => {
    if (h > 16) ws.getRow(table.fromRow + i + 1).height = h;
  });
}
