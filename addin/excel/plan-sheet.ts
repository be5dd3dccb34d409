// "Kế hoạch khắc phục" in Excel, updated in place: the sheet keeps its name, position, column widths, hidden
// columns and outline; each row takes the fonts, fills and height of the row it came from (read in one round
// trip before the write, ExcelApi 1.9). The printed annex: A4 landscape, one page wide, header repeated,
// "Trang &P/&N", print area over the printed columns; the working columns grouped after it. Progress gets a
// dropdown and overdue rows a conditional format that follows TODAY(); staff's own conditional formats and
// validations are written again where their rows went (plan-rules.ts), ours once.
import {
  addressOfBlock,
  blockOfAddress,
  columnLetter,
  overdueFormula,
  progressChoices,
  reverseMove,
  SHARE_BOUNDS,
  TERMS,
  uncoveredRuns,
  type Lang,
  type PlanTable,
  type RowMove,
  type SnapshotCell,
  type StoredMove,
} from "../../shared/index.js";
import { MAX_ROWS, queueRules, writeFormats, writeValidations, type StaffRules } from "./plan-rules.js";
import { snapshotDates, snapshotGrid } from "./sheets.js";
import { has, supports } from "./support.js";
import { REQUEST_BUDGET, writeDateFormats, writeGrid, type Batch } from "./write.js";

const HEADER_FILL = "#DEEAF6";
const AREA_FILL = "#F2F2F2";
/** light red, as Excel's own "Bad" style */
export const OVERDUE_FILL = "#FFC7CE";

/** What staff made of the old sheet: per-cell formats and per-row heights, as Excel reported them. */
export interface OldLook {
  cells: Excel.CellProperties[][];
  rows: Excel.RowProperties[];
  /** columns the old sheet had: their widths and hidden state stay as staff left them */
  width: number;
}

/** Cells whose look is read back in one answer (a plan of 1 000 rows × 25 columns). */
export const MAX_LOOK_CELLS = 25_000;

const CELL_LOOK: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { name: true, size: true, bold: true, italic: true, color: true, underline: true, strikethrough: true },
    fill: { color: true },
    wrapText: true,
    horizontalAlignment: true,
    verticalAlignment: true,
  },
};

/**
 * Queues the read of the old plan's look (one round trip, whatever its size); null on an Excel before 1.9,
 * where formats simply stay where they are.
 */
export function readOldLook(context: Excel.RequestContext, name: string, rows: number, cols: number): (() => OldLook) | null {
  // about 150 bytes a cell: past this the answer would pass Excel on the web's 5 MB; formats then stay by position
  if (!supports("1.9") || rows === 0 || cols === 0 || rows * cols > MAX_LOOK_CELLS) return null;
  const range = context.workbook.worksheets.getItem(name).getRangeByIndexes(0, 0, rows, cols);
  const cells = range.getCellProperties(CELL_LOOK);
  const rowProps = range.getRowProperties({ format: { rowHeight: true }, rowHidden: true });
  return () => ({ cells: cells.value ?? [], rows: rowProps.value ?? [], width: cols });
}

/** Each row of the sheet takes the look `old` had on its source row (`sources`: row → old row, null for a new one). */
async function writeLook(batch: Batch, ws: Excel.Worksheet, sources: readonly (number | null)[], old: OldLook, width: number): Promise<void> {
  const height = sources.length;
  if (!height || !width) return;
  const cells: Excel.SettableCellProperties[][] = sources.map((source) =>
    Array.from({ length: width }, (_, c) => (source === null ? {} : ((old.cells[source]?.[c] as Excel.SettableCellProperties | undefined) ?? {}))),
  );
  // in row bands that each fit the request budget
  for (let start = 0; start < height; ) {
    let end = start;
    let bytes = 0;
    while (end < height) {
      const b = JSON.stringify(cells[end]).length;
      if (end > start && bytes + b > REQUEST_BUDGET / 4) break;
      bytes += b;
      end++;
    }
    await batch.room(bytes + 64);
    ws.getRangeByIndexes(start, 0, end - start, width).setCellProperties(cells.slice(start, end));
    start = end;
  }
  const heights: Excel.SettableRowProperties[] = sources.map((source) => {
    const was = source === null ? undefined : old.rows[source];
    return was ? { rowHidden: was.rowHidden ?? false, format: { rowHeight: was.format?.rowHeight ?? 15 } } : {};
  });
  ws.getRangeByIndexes(0, 0, height, 1).setRowProperties(heights);
}

export async function writePlan(
  batch: Batch,
  ws: Excel.Worksheet,
  table: PlanTable,
  lang: Lang,
  old: OldLook | null,
  existed: boolean,
  staff: { rules: StaffRules; move: RowMove } | null = null,
): Promise<void> {
  const width = table.columns.length;
  const height = table.grid.length;
  await writeGrid(batch, ws, 0, 0, table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")));
  // staff's dates (date done, a deadline typed as a date) stay dates: the clear took their formats
  await writeDateFormats(batch, ws, 0, 0, table.grid);
  for (const f of table.formulas) {
    await batch.room(f.formula.length + 64);
    ws.getRangeByIndexes(f.row, f.col, 1, 1).formulas = [[f.formula]];
  }
  // widths are in characters; Excel wants points (about 6 per character of the default font). Columns the
  // sheet already had keep the width staff gave them.
  const keptCols = existed ? (old?.width ?? width) : 0;
  table.columns.forEach((c, i) => {
    if (i >= keptCols) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(c.width * 6.5);
  });
  // the plan is printed and signed: Times New Roman throughout, a bordered table under the title rows
  ws.getRangeByIndexes(0, 0, height, width).format.font.name = "Times New Roman";
  ws.getRangeByIndexes(0, 0, height, width).format.font.size = 12;
  const bodyRows = table.tableEnd - table.headerRow + 1;
  const all = ws.getRangeByIndexes(table.headerRow, 0, bodyRows, width);
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
    all.format.borders.getItem(edge).style = "Continuous";
  }
  // wrapped names need taller rows on paper; one queued call, whatever the number of rows
  all.format.autofitRows();
  const header = ws.getRangeByIndexes(table.headerRow, 0, 1, width);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.horizontalAlignment = "Center";
  const printed = table.printLastCol + 1;
  table.kinds.forEach((kind, r) => {
    if (kind === "title") {
      const line = ws.getRangeByIndexes(r, 0, 1, printed);
      const emphasis = table.emphasis[r];
      if (emphasis === "bold") line.format.font.bold = true;
      if (emphasis === "italic") line.format.font.italic = true;
      // a title alone in column A is centred over the printed annex
      if (emphasis && (table.grid[r] ?? []).slice(1).every((v) => v === null || v === undefined || v === "")) line.format.horizontalAlignment = "CenterAcrossSelection";
    }
    if (kind === "area") {
      const band = ws.getRangeByIndexes(r, 0, 1, width);
      band.format.font.bold = true;
      band.format.fill.color = AREA_FILL;
    }
    if (kind === "resolved") ws.getRangeByIndexes(r, 0, 1, width).format.font.color = "#7F7F7F";
  });
  const { progressStatus, percent, due } = table.progress;
  const first = table.headerRow + 1;
  const rows = table.tableEnd - table.headerRow;
  // due dates read as dates; blank cells keep the default, so an empty due cell carries nothing to undo
  if (due !== undefined && rows > 0) {
    ws.getRangeByIndexes(first, due, rows, 1).numberFormat = table.grid.slice(first, first + rows).map((r) => [typeof r[due] === "number" ? "dd/mm/yyyy" : "General"]);
  }

  // what staff made of each row before: fonts, fills, alignment and heights follow the row wherever it moved
  if (old) await writeLook(batch, ws, table.sources, old, width);

  // staff's validations where their rows went; ours then only on cells theirs leave free
  const theirs = staff && has("dataValidation") ? await writeValidations(batch, ws, staff.rules.validations, staff.move) : [];
  if (rows > 0) {
    // the dropdown staff pick the status from, and the 0–100 share (Excel 2019 without 1.8: typed freely)
    if (has("dataValidation")) {
      if (progressStatus !== undefined) {
        for (const [from, to] of uncoveredRuns(first, first + rows - 1, progressStatus, theirs)) {
          const dv = ws.getRangeByIndexes(from, progressStatus, to - from + 1, 1).dataValidation;
          dv.rule = { list: { inCellDropDown: true, source: progressChoices(lang).join(",") } };
          dv.errorAlert = { showAlert: true, style: "Warning", title: "CCHC", message: TERMS.chooseStatus[lang] };
        }
      }
      if (percent !== undefined) {
        for (const [from, to] of uncoveredRuns(first, first + rows - 1, percent, theirs)) {
          const dv = ws.getRangeByIndexes(from, percent, to - from + 1, 1).dataValidation;
          dv.rule = { decimal: { formula1: SHARE_BOUNDS.min, formula2: SHARE_BOUNDS.max, operator: "Between" } };
        }
      }
    }
    // overdue rows turn light red, and stop being so when done; TODAY() keeps it true every day
    const formula = overdueFormula(table, first);
    if (formula) {
      const cf = ws.getRangeByIndexes(first, 0, rows, width).conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = OVERDUE_FILL;
    }
  }
  // staff's conditional formats after ours: each one added goes on top, so theirs keep the first say
  if (staff) await writeFormats(batch, ws, staff.rules.formats, staff.move);

  ws.freezePanes.freezeRows(table.headerRow + 1);
  // the working columns fold away; grouped once, when the sheet is made (staff's outline stays theirs after)
  if (table.working && !existed && supports("1.10")) {
    ws.getRangeByIndexes(0, table.working.from, 1, table.working.to - table.working.from + 1).getEntireColumn().group("ByColumns");
  }
  // printing: A4 landscape, header repeated, one page wide, the printed columns only, numbered pages
  if (has("pageSetup")) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.setPrintTitleRows(`$${table.headerRow + 1}:$${table.headerRow + 1}`);
    ws.pageLayout.setPrintArea(`A1:${columnLetter(table.printLastCol)}${Math.max(height, 1)}`);
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.centerHorizontally = true;
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = lang === "vi" ? "Trang &P/&N" : "Page &P/&N";
  }
}

/**
 * Hoàn tác of a re-generated plan whose row move was kept: queues the read of the sheet's look and of every rule on
 * it, ours included (sent with the next sync); the returned function finishes the read (at most one more round
 * trip) and gives the writer that puts the old values back in the same sheet, each row's look and every conditional
 * format and validation on the rows they were on before the re-generation. Rules this Excel cannot read (docs/plan.md)
 * are left as they are, and so are fonts and fills before ExcelApi 1.9.
 */
export function queueUnwind(context: Excel.RequestContext, name: string, move: StoredMove): () => Promise<{ syncs: number; write: (batch: Batch, cells: readonly SnapshotCell[]) => Promise<void> }> {
  const back = reverseMove({ ...move, maxRows: MAX_ROWS });
  const rows = move.sources.length;
  const look = readOldLook(context, name, rows, move.newWidth);
  const rules = rows > 0 && move.newWidth > 0 ? queueRules(context, name, rows, move.newWidth, null, back) : null;
  const area = has("pageSetup") ? context.workbook.worksheets.getItem(name).pageLayout.getPrintAreaOrNullObject().load("address") : null;
  return async () => {
    const read = rules ? await rules() : null;
    const old = look ? look() : null;
    const write = async (batch: Batch, cells: readonly SnapshotCell[]) => {
      const ws = context.workbook.worksheets.getItem(name);
      const all = ws.getRange();
      // rules not read (an Excel that would not describe one) stay as they are; so do fills when the look was not read
      const carry = read && read.read ? read.rules : null;
      if (carry) {
        all.conditionalFormats.clearAll();
        if (has("dataValidation")) all.dataValidation.clear();
      }
      all.clear(old && carry ? "All" : "Contents");
      await writeGrid(batch, ws, 0, 0, snapshotGrid(cells), "formulas");
      const dates = snapshotDates(cells);
      await writeDateFormats(batch, ws, 0, 0, dates.grid, dates.formats);
      if (old && carry) await writeLook(batch, ws, back.sources, old, Math.min(move.oldWidth, move.newWidth));
      if (carry) {
        if (has("dataValidation")) await writeValidations(batch, ws, carry.validations, back);
        await writeFormats(batch, ws, carry.formats, back);
      }
      // a print area over the plan as written covers the plan put back (its signature rows are printed again)
      const printed = area && !area.isNullObject ? blockOfAddress(area.address) : null;
      if (printed && printed.row === 0 && printed.rows === rows && back.sources.length > 0) ws.pageLayout.setPrintArea(addressOfBlock({ ...printed, rows: back.sources.length }));
    };
    return { syncs: read?.syncs ?? 0, write };
  };
}
