// exceljs at the edge: a worksheet becomes the plain grids the core takes, and plain grids go back as cells.
import ExcelJS from "exceljs";
import { isDate, type CellBlock, type Grid } from "../shared/index.js";

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export function newWorkbook(): Workbook {
  return new ExcelJS.Workbook();
}

/**
 * The sheet's merged areas, 0-based. exceljs keeps them in a field of its own (`ws.model` would build the whole sheet's
 * model to list them); writing into any of their cells writes the area's first cell — an area's title.
 */
export function mergedAreas(ws: Worksheet): CellBlock[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> })._merges ?? {};
  const out: CellBlock[] = [];
  for (const m of Object.values(merges)) if (m) out.push({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
  return out;
}

/**
 * Values (what the user sees) and formulas ("=SUM(D8:D9)" or "") of a sheet, from A1, so origin is {0, 0};
 * with the number formats of its date cells, when it has any (Hoàn tác gives a date back its own format).
 */
export function readSheet(ws: Worksheet): { values: unknown[][]; formulas?: string[][]; numberFormats?: string[][] } {
  const values: unknown[][] = [];
  const formulas: string[][] = [];
  const dateFormats: string[][] = [];
  let anyFormula = false;
  let anyDate = false;
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const { value, formula } = readCell(cell);
      if (value === null && formula === "") return;
      (values[r - 1] ??= [])[c - 1] = value;
      if (formula) {
        (formulas[r - 1] ??= [])[c - 1] = formula;
        anyFormula = true;
      }
      if (isDate(value) && cell.numFmt) {
        (dateFormats[r - 1] ??= [])[c - 1] = cell.numFmt;
        anyDate = true;
      }
      width = Math.max(width, c);
    });
  });
  // dense rectangles: the core indexes rows and cells directly
  const dense = <T>(g: T[][], blank: T): T[][] =>
    Array.from({ length: values.length }, (_, r) => Array.from({ length: width }, (_, c) => g[r]?.[c] ?? blank));
  return {
    values: dense(values, null),
    ...(anyFormula ? { formulas: dense(formulas, "") } : {}),
    ...(anyDate ? { numberFormats: dense(dateFormats, "") } : {}),
  };
}

export function readCell(cell: ExcelJS.Cell): { value: unknown; formula: string } {
  // a merged area's other cells repeat the master's value in exceljs; hosts show them empty
  if (cell.isMerged && cell.master.address !== cell.address) return { value: null, formula: "" };
  const v = cell.value;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const f = cell.formula; // shared formulas come back translated to this cell
    // `cell.value` drops a saved result of 0 (or FALSE, ""); `cell.result` keeps it: 0 is 0, only no result is blank
    return { value: plain(cell.result), formula: f ? `=${f}` : "" };
  }
  return { value: plain(v), formula: "" };
}

function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((p: { text?: unknown }) => String(p.text ?? "")).join("");
    if ("error" in v) return String(v.error);
    if ("hyperlink" in v && "text" in v) return plain(v.text);
    if ("text" in v) return plain(v.text);
  }
  return String(v);
}

/** A value for exceljs: strings stay strings (exceljs never parses "=…" text into a formula). */
export function cellValue(v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v instanceof Date) return v;
  return String(v);
}

/** Writes a grid from A1 with its formulas; returns nothing, styling is the caller's. */
export function writeGrid(ws: Worksheet, grid: Grid, formulas: readonly { row: number; col: number; formula: string }[] = []): void {
  grid.forEach((line, r) => {
    line.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      ws.getCell(r + 1, c + 1).value = cellValue(v);
    });
  });
  for (const f of formulas) {
    const cell = ws.getCell(f.row + 1, f.col + 1);
    const result = grid[f.row]?.[f.col];
    cell.value = { formula: f.formula.replace(/^=/, ""), ...(result === null || result === undefined ? {} : { result: cellValue(result) as number }) };
  }
}

/** Drops a sheet we generate and puts a fresh one at the same place in the tab order. */
export function replaceSheet(wb: Workbook, name: string): Worksheet {
  // exceljs orders tabs by orderNo, which its typings do not declare
  type Ordered = Worksheet & { orderNo?: number };
  const old = wb.getWorksheet(name) as Ordered | undefined;
  const order = old?.orderNo;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name) as Ordered;
  if (order !== undefined) ws.orderNo = order;
  return ws;
}

/** 0-based rows hidden in the sheet (hidden by hand, by a filter or in a collapsed outline). */
export function hiddenRows(ws: Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) out.push(r - 1);
  });
  return out;
}
