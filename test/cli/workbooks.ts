// Workbooks built from the real figures of seed 001, in the shapes staff really send: the messy layout
// (title rows, two-row merged header, comma decimals as text), a tidy one-row sheet, a LibreOffice save
// (numbers as numbers, formulas saved without results) and a ";" CSV with BOM.
// Used by the CLI tests (into a tmp folder) and by samples/make-samples.ts (the committed samples).
import ExcelJS from "exceljs";
import { seed001Clean, seed001Messy, SEED001_HEADER_TOP, SEED001_ROWS } from "../fixtures/seed001.js";

export const CRITERIA_SHEET = "Bảng tiêu chí 2021";
const FONT = "Times New Roman";
const INTEGER = /^\d+$/;

/** Rows (1-based) of the messy layout's two header rows. */
export const MESSY_HEADER_ROW = 5;

/**
 * The messy grid as Excel holds it after staff typed or pasted it under English regional settings:
 * whole numbers and area codes became numbers, "0,5" stayed text, 1.10 became the number 1.1.
 */
export function messyGrid(): unknown[][] {
  return seed001Messy().map((row, r) => {
    if (r < MESSY_HEADER_ROW + 1) return row;
    return row.map((v, c) => {
      if (typeof v !== "string") return v;
      if (c === 0 && INTEGER.test(v)) return Number(v);
      if (c >= 2 && c <= 5 && INTEGER.test(v)) return Number(v);
      return v;
    });
  });
}

function setGrid(ws: ExcelJS.Worksheet, grid: readonly (readonly unknown[])[]): void {
  grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
}

const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The messy layout with real merged cells, wrapped text and Times New Roman, after a short instructions sheet. */
export function messyWorkbook(grid: unknown[][] = messyGrid()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn phòng Sở Y tế";
  const intro = wb.addWorksheet("Hướng dẫn");
  intro.getCell("A1").value = "Bảng tự chấm điểm Chỉ số CCHC năm 2021 — xem trang “Bảng tiêu chí 2021”.";
  intro.getCell("A2").value = "Số liệu theo Phụ lục Kế hoạch 117/KH-SYT ngày 27/8/2021.";
  const ws = wb.addWorksheet(CRITERIA_SHEET);
  setGrid(ws, grid);
  const width = SEED001_HEADER_TOP.length;
  const h = MESSY_HEADER_ROW;
  for (let r = 1; r <= grid.length; r++) {
    const line = grid[r - 1] ?? [];
    const code = line[0];
    const isArea = typeof code === "number" && Number.isInteger(code);
    const isTitle = r < h;
    const isHeader = r === h || r === h + 1 || (r > h + 1 && line[0] === "STT");
    const isTotal = line[1] === "Tổng cộng";
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: FONT, size: 12, bold: isTitle ? r === 2 : isHeader || isArea || isTotal, italic: r === 3 };
      cell.alignment = { wrapText: true, vertical: isHeader ? "middle" : "top", horizontal: isHeader || isTitle ? "center" : c === 2 || c >= 7 ? "left" : "center" };
      if (!isTitle && line.length > 0) cell.border = BORDER;
    }
  }
  for (let r = 1; r < h - 1; r++) ws.mergeCells(r, 1, r, width);
  // the two-row header: every column merged down, except "Mục tiêu năm 2021" merged across its two columns
  for (const c of [1, 2, 3, 4, 7, 8]) ws.mergeCells(h, c, h + 1, c);
  ws.mergeCells(h, 5, h, 6);
  [7, 55, 9, 11, 9, 11, 22, 22].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return wb;
}

/** One header row, real numbers, clean codes. */
export function cleanWorkbook(grid: unknown[][] = seed001Clean()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  setGrid(wb.addWorksheet(CRITERIA_SHEET), grid);
  return wb;
}

/**
 * As LibreOffice leaves it for us to read: numbers as numbers, parent rows and the change column as formulas
 * with no cached result. Area 3 and the total row keep the figures typed by hand (the seed's errors).
 */
export function libreOfficeWorkbook(): ExcelJS.Workbook {
  const grid = seed001Clean();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(CRITERIA_SHEET);
  setGrid(ws, grid);
  const codes = grid.map((r) => String(r[0] ?? ""));
  const rowOf = new Map(codes.map((c, i) => [c, i + 1]));
  const children = (code: string) => codes.filter((c) => c.startsWith(`${code}.`) && c.split(".").length === code.split(".").length + 1);
  codes.forEach((code, i) => {
    const r = i + 1;
    if (i === 0 || code === "" || code === "3") return;
    const kids = children(code);
    if (kids.length > 0) {
      for (const col of ["C", "D", "E"]) {
        ws.getCell(`${col}${r}`).value = { formula: `SUM(${kids.map((k) => `${col}${rowOf.get(k)}`).join(",")})` } as ExcelJS.CellFormulaValue;
      }
    }
    ws.getCell(`F${r}`).value = { formula: `E${r}-D${r}` } as ExcelJS.CellFormulaValue;
  });
  return wb;
}

/** The messy layout saved as "CSV UTF-8" under Vietnamese settings: ";" separated, BOM, CRLF, decimal commas. */
export function csvText(grid: unknown[][] = seed001Messy()): string {
  const field = (v: unknown): string => {
    const s = v === null || v === undefined ? "" : typeof v === "number" ? String(v).replace(".", ",") : String(v);
    return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // a code typed as text in the sheet is exported as typed: 1.10, not 1,1
  const rows = grid.map((row) => row.map((v, c) => (c === 0 && v === 1.1 ? field("1.10") : field(v))).join(";"));
  return `\ufeff${rows.join("\r\n")}\r\n`;
}

export const SEED_CODES = SEED001_ROWS.map((r) => r[0].trim().replace(/\.$/, ""));
