// Writes the remediation plan the core built, as the official annex (phụ lục): A4 landscape, one page wide,
// Times New Roman, the header row repeated, "Trang 1/3" in the footer, only the printed columns in the print
// area and the working columns grouped after it. Re-generating keeps what staff did to the sheet: each row
// takes the heights, fonts, fills and borders of the row it came from; columns keep their widths and hidden
// state; staff's conditional formats, dropdowns and merged cells follow their rows (plan-rules.ts). Overdue tasks get a fill
// as of the day given.
import type ExcelJS from "exceljs";
import { carryMerges, columnLetter, planMove, progressChoices, progressReport, SHARE_BOUNDS, TERMS, uncoveredRuns, type CellBlock, type Day, type Lang, type PlanTable } from "../shared/index.js";
import { addValidation, MAX_ROWS, readRules, writeRules } from "./plan-rules.js";
import { FONT, HEADER_FILL, printSetup, setWidths, styleRow } from "./style.js";
import { markSheet } from "./own-sheets.js";
import { mergedAreas, replaceSheet, writeGrid, type Workbook, type Worksheet } from "./xlsx.js";

/** Our overdue fill: exactly this colour is ours, recomputed on every run (light red, as Excel's "Bad"). */
export const OVERDUE_ARGB = "FFFFC7CE";
const OVERDUE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: OVERDUE_ARGB } };

interface OldRow {
  height?: number;
  hidden: boolean;
  cells: (Partial<ExcelJS.Style> | null)[];
}

interface OldSheet {
  rows: Map<number, OldRow>;
  cols: { width?: number; hidden: boolean; outlineLevel: number }[];
  pageSetup: Partial<ExcelJS.PageSetup>;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
  properties: Partial<ExcelJS.WorksheetProperties>;
}

const isOurs = (fill: ExcelJS.Fill | undefined) => fill?.type === "pattern" && (fill.fgColor as { argb?: string } | undefined)?.argb === OVERDUE_ARGB;

/** What staff made of the old sheet, for the rows the new table takes over. */
function readOld(ws: Worksheet, table: PlanTable): OldSheet {
  const wanted = new Set(table.sources.filter((s): s is number => s !== null));
  const width = ws.columnCount;
  const rows = new Map<number, OldRow>();
  for (const r of wanted) {
    const row = ws.getRow(r + 1);
    const cells: OldRow["cells"] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const style = cell.style && Object.keys(cell.style).length ? structuredClone(cell.style) : null;
      if (style && isOurs(style.fill)) delete style.fill;
      cells.push(style);
    }
    rows.set(r, { ...(row.height ? { height: row.height } : {}), hidden: !!row.hidden, cells });
  }
  const cols = Array.from({ length: width }, (_, i) => {
    const col = ws.getColumn(i + 1);
    return { ...(col.width ? { width: col.width } : {}), hidden: !!col.hidden, outlineLevel: col.outlineLevel ?? 0 };
  });
  return {
    rows,
    cols,
    pageSetup: structuredClone(ws.pageSetup ?? {}),
    headerFooter: structuredClone(ws.headerFooter ?? {}),
    properties: structuredClone(ws.properties ?? {}),
  };
}

export interface PlanWriteOptions {
  lang: Lang;
  /** the day overdue tasks are judged against (today, or --as-of) */
  asOf: Day;
}

export function writePlan(wb: Workbook, table: PlanTable, name: string, options: PlanWriteOptions): Worksheet {
  const before = wb.getWorksheet(name);
  const old = before ? readOld(before, table) : null;
  const rules = before ? readRules(before, table) : null;
  const move = before ? planMove(table, before.rowCount, before.columnCount, MAX_ROWS) : null;
  // staff's merged cells (an owner over three criteria), read before the old sheet goes
  const merges = before ? carryMerges(mergedAreas(before), table) : [];
  const ws = replaceSheet(wb, name);
  if (old) ws.properties = { ...ws.properties, ...old.properties };
  markSheet(wb, "plan", ws.name);
  writeGrid(ws, table.grid, table.formulas);
  const width = table.columns.length;
  // staff's own highlights and dropdowns, where their rows went; our dropdowns only where staff have none
  const staff: CellBlock[] = rules && move ? writeRules(ws, rules, table, move) : [];
  const printed = table.printLastCol + 1;
  table.kinds.forEach((kind, r) => {
    const row = r + 1;
    switch (kind) {
      case "title": {
        const line = table.grid[r] ?? [];
        const lone = line.slice(1).every((v) => v === null || v === undefined || v === "");
        const emphasis = table.emphasis[r];
        styleRow(ws, row, width, { bold: emphasis === "bold", italic: emphasis === "italic", size: 13, center: lone });
        // a title alone in column A is centred over the printed annex
        if (lone && printed > 1 && line[0] !== null && line[0] !== undefined && line[0] !== "") ws.mergeCells(row, 1, row, printed);
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
  // numbers in STT centred, as official annexes print them
  const stt = table.columns.findIndex((c) => c.key === "stt");
  if (stt >= 0) {
    for (let r = table.headerRow + 1; r <= table.tableEnd; r++) {
      const cell = ws.getCell(r + 1, stt + 1);
      cell.alignment = { ...cell.alignment, horizontal: "center" };
    }
  }

  const first = table.headerRow + 2;
  const last = table.tableEnd + 1;
  const { progressStatus, percent, due } = table.progress;
  // the dropdown and the 0–100 share, on every row of the table but area headings and cells staff gave a rule of
  // their own; written as ranges (cell by cell, exceljs saves overlapping ranges when rows 8, 9 and 10+ alike)
  if (last >= first) {
    const status: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${progressChoices(options.lang).join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      error: TERMS.chooseStatus[options.lang],
    };
    const share: ExcelJS.DataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [SHARE_BOUNDS.min, SHARE_BOUNDS.max],
      showErrorMessage: true,
      error: TERMS.shareRange[options.lang],
    };
    for (const [c, rule] of [[progressStatus, status], [percent, share]] as const) {
      if (c === undefined) continue;
      const areas = table.kinds.flatMap((k, r) => (k === "area" ? [{ row: r, col: c, rows: 1, cols: 1 }] : []));
      for (const [from, to] of uncoveredRuns(first - 1, last - 1, c, [...staff, ...areas])) addValidation(ws, { row: from, col: c, rows: to - from + 1, cols: 1 }, rule);
    }
    if (due !== undefined) for (let r = first; r <= last; r++) ws.getCell(r, due + 1).numFmt = "dd/mm/yyyy";
  }

  // what staff made of each row and column before: heights, hidden rows and columns, widths, fonts, fills
  if (old) {
    table.sources.forEach((source, r) => {
      const was = source === null ? undefined : old.rows.get(source);
      if (!was) return;
      const row = ws.getRow(r + 1);
      if (was.height !== undefined) row.height = Math.max(was.height, row.height ?? 0);
      if (was.hidden) row.hidden = true;
      was.cells.forEach((style, c) => {
        if (c >= width) return;
        const cell = row.getCell(c + 1);
        if (style) cell.style = { ...cell.style, ...style };
      });
    });
    old.cols.forEach((c, i) => {
      if (i >= width) return;
      const col = ws.getColumn(i + 1);
      if (c.width !== undefined) col.width = c.width;
      if (c.hidden) col.hidden = true;
    });
  }

  // the working columns, grouped so they fold away; outside the print area
  if (table.working) {
    for (let c = table.working.from; c <= table.working.to; c++) {
      const col = ws.getColumn(c + 1);
      col.outlineLevel = Math.max(col.outlineLevel ?? 0, 1);
    }
    ws.properties.outlineLevelCol = Math.max(ws.properties.outlineLevelCol ?? 0, 1);
  }

  // overdue as of the day given: our own fill over the printed row
  const report = progressReport(table.grid, options.asOf, options.lang);
  for (const r of report?.overdueRows ?? []) {
    for (let c = 1; c <= width; c++) ws.getCell(r + 1, c).style = { ...ws.getCell(r + 1, c).style, fill: OVERDUE_FILL };
  }

  printSetup(ws, table.headerRow);
  // exceljs puts a "$" before each end: "A$1" becomes $A$1, an absolute range every reader takes
  ws.pageSetup.printArea = `A$1:${columnLetter(table.printLastCol)}$${Math.max(table.grid.length, 1)}`;
  ws.headerFooter = {
    ...(old?.headerFooter ?? {}),
    oddFooter: old?.headerFooter.oddFooter || (options.lang === "vi" ? "&C&\"Times New Roman\"&11Trang &P/&N" : "&C&\"Times New Roman\"&11Page &P/&N"),
  };
  if (old) {
    // the paper staff chose stays theirs
    for (const k of ["orientation", "paperSize", "margins"] as const) {
      if (old.pageSetup[k] !== undefined) (ws.pageSetup as Record<string, unknown>)[k] = old.pageSetup[k];
    }
  }
  for (const m of merges) {
    try {
      ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    } catch {
      // (a merge that would overlap another is left out: its first cell keeps what was typed)
    }
  }
  return ws;
}

export { FONT };
