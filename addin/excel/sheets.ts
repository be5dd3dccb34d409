// The sheets the add-in owns: Kiểm tra (findings with links), Tổng hợp (summary + chart), Kế hoạch khắc phục (plan),
// and the hidden undo sheet. Each is rewritten whole, in place; what it held before is in the snapshot.
import { DATE_FORMAT, encodeSnapshot, OWN_MARK_NAME, restoredValue, type AppraisalTable, type FindingsTable, type OwnKind, type Snapshot, type SnapshotCell, type SummaryTable } from "../../shared/index.js";
import { has, supports } from "./support.js";
import { officeValue, writeGrid, type Batch } from "./write.js";

const HEADER_FILL = "#DEEAF6";
const POINTS_FORMAT = "0.0##";

export { supports };

/**
 * Our sheet `name` emptied in place — values, formats, links, conditional formats, validations and its `charts` — or a
 * new one. Never deleted and added again: Excel would turn every formula reading it (a department's report taking the
 * index from `'Tổng hợp'!B4`) into #REF! for good.
 */
export function emptiedSheet(context: Excel.RequestContext, name: string, exists: boolean, charts: readonly string[] = []): Excel.Worksheet {
  if (!exists) return context.workbook.worksheets.add(name);
  const ws = context.workbook.worksheets.getItem(name);
  for (const chart of charts) ws.charts.getItem(chart).delete();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  if (has("dataValidation")) all.dataValidation.clear();
  all.clear("All");
  return ws;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * Marks `name` as our sheet of `kind`: a workbook defined name referring to its A1 (ExcelApi 1.4), the mark the
 * CLI writes in .xlsx files too. `present`: the name exists already (pointing at the sheet just replaced, or #REF!).
 */
export function markSheet(context: Excel.RequestContext, kind: OwnKind, name: string, present: boolean): void {
  const names = context.workbook.names;
  if (present) names.getItem(OWN_MARK_NAME[kind]).delete();
  const item = names.add(OWN_MARK_NAME[kind], `=${quoteSheet(name)}!$A$1`, "Chỉ số CCHC: trang do tiện ích tạo ra (xin đừng xoá tên này)");
  // out of the Name Manager and the Name Box: staff have no use for it, and cannot delete it by tidying up
  item.visible = false;
}

export async function writeFindings(batch: Batch, ws: Excel.Worksheet, table: FindingsTable, criteriaSheet: string): Promise<void> {
  const width = Math.max(...table.grid.map((r) => r.length));
  await writeGrid(batch, ws, 0, 0, table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")));
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A1").format.font.size = 14;
  const header = ws.getRangeByIndexes(table.headerRow, 0, 1, width);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  // one link per finding: click the cell address to land on the cell in the criteria sheet
  if (supports("1.7")) {
    for (const link of table.links) {
      await batch.room(200);
      ws.getRangeByIndexes(link.row, 2, 1, 1).hyperlink = { documentReference: `${quoteSheet(criteriaSheet)}!${link.cell}`, textToDisplay: link.cell };
    }
  }
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 70;
  ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 150;
  ws.getRangeByIndexes(0, 4, 1, 1).format.columnWidth = 480;
  const messages = ws.getRangeByIndexes(table.headerRow, 4, table.grid.length - table.headerRow, 1);
  messages.format.wrapText = true;
  messages.format.autofitRows();
  ws.freezePanes.freezeRows(table.headerRow + 1);
}

export async function writeSummary(batch: Batch, ws: Excel.Worksheet, table: SummaryTable): Promise<void> {
  const width = Math.max(...table.grid.map((r) => r.length));
  await writeGrid(batch, ws, 0, 0, table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")));
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A1").format.font.size = 14;
  for (const r of [table.areaHeaderRow, table.ownerHeaderRow, table.scoreHeaderRow].filter((x) => x >= 0)) {
    const head = ws.getRangeByIndexes(r, 0, 1, width);
    head.format.font.bold = true;
    head.format.fill.color = HEADER_FILL;
    head.format.wrapText = true;
  }
  ws.getRangeByIndexes(table.totalRow, 0, 1, width).format.font.bold = true;
  ws.getRangeByIndexes(table.areaHeaderRow + 1, 2, table.totalRow - table.areaHeaderRow, 5).numberFormat = [[POINTS_FORMAT]];
  ws.getRangeByIndexes(table.areaHeaderRow + 1, 7, table.totalRow - table.areaHeaderRow, 1).numberFormat = [["0.00"]];
  ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 260;
  // the native chart: achieved vs max vs target per area, from the area table itself so it follows edits
  const rows = table.areaLastRow - table.areaHeaderRow + 1;
  if (rows > 1) {
    const [first] = table.chartColumns;
    const source = ws.getRangeByIndexes(table.areaHeaderRow, first ?? 1, rows, table.chartColumns.length);
    const chart = ws.charts.add("ColumnClustered", source, "Columns");
    chart.title.text = table.chartTitle;
    chart.legend.position = "Bottom";
    chart.setPosition(ws.getRangeByIndexes(table.grid.length + 1, 0, 1, 1));
    chart.width = 560;
    chart.height = 300;
  }
}

/** "Tự chấm - Thẩm định": the criteria the appraisal changed (codes link to their rows), per area, the totals. */
export async function writeAppraisal(batch: Batch, ws: Excel.Worksheet, table: AppraisalTable, criteriaSheet: string): Promise<void> {
  const width = table.widths.length;
  await writeGrid(batch, ws, 0, 0, table.grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "")));
  ws.getRangeByIndexes(0, 0, table.grid.length, width).format.font.name = "Times New Roman";
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A1").format.font.size = 14;
  table.widths.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * 6.5);
  });
  // three bordered tables: the criteria, the areas (to their total line), the totals block
  const blocks: [number, number, number][] = [
    [table.headerRow, table.areaHeaderRow - 3, table.tableWidths[0]],
    [table.areaHeaderRow, table.areaTotalRow, table.tableWidths[1]],
    [table.totalsHeaderRow, table.totalsLastRow, table.tableWidths[2]],
  ];
  for (const [from, to, cols] of blocks) {
    const block = ws.getRangeByIndexes(from, 0, to - from + 1, cols);
    block.format.wrapText = true;
    block.format.verticalAlignment = "Top";
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      block.format.borders.getItem(edge).style = "Continuous";
    }
    const head = ws.getRangeByIndexes(from, 0, 1, cols);
    head.format.font.bold = true;
    head.format.fill.color = HEADER_FILL;
    head.format.horizontalAlignment = "Center";
  }
  ws.getRangeByIndexes(table.areaTotalRow, 0, 1, width).format.font.bold = true;
  ws.getRangeByIndexes(table.headerRow, 0, table.areaHeaderRow - 2 - table.headerRow, width).format.autofitRows();
  if (supports("1.7")) {
    for (const link of table.links) {
      await batch.room(200);
      const code = String(table.grid[link.row]?.[0] ?? "");
      ws.getRangeByIndexes(link.row, 0, 1, 1).hyperlink = { documentReference: `${quoteSheet(criteriaSheet)}!${link.cell}`, textToDisplay: code };
    }
  }
  ws.freezePanes.freezeRows(table.headerRow + 1);
  if (has("pageSetup")) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.setPrintTitleRows(`$${table.headerRow + 1}:$${table.headerRow + 1}`);
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.centerHorizontally = true;
  }
}

/** Keep the snapshot in the hidden undo sheet (document settings cap their size; a sheet does not). */
export async function writeUndo(batch: Batch, ws: Excel.Worksheet, snapshot: Snapshot): Promise<void> {
  await writeGrid(batch, ws, 0, 0, encodeSnapshot(snapshot));
  ws.visibility = "Hidden";
}

/** A snapshot's cells as a grid for `formulas`: formulas stay formulas, dates serials, everything else literal. */
export function snapshotGrid(cells: readonly SnapshotCell[]): (string | number | boolean)[][] {
  const rows = cells.reduce((m, c) => Math.max(m, c.row + 1), 0);
  const cols = cells.reduce((m, c) => Math.max(m, c.col + 1), 0);
  const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => "" as string | number | boolean));
  for (const c of cells) (grid[c.row] as (string | number | boolean)[])[c.col] = c.formula ?? officeValue(restoredValue(c));
  return grid;
}

/** A replaced sheet's date cells as a grid of Dates (others blank) and their own formats, for writeDateFormats. */
export function snapshotDates(cells: readonly SnapshotCell[]): { grid: unknown[][]; formats: Map<string, string> } {
  const grid: unknown[][] = [];
  const formats = new Map<string, string>();
  for (const c of cells) {
    if (c.type !== "date" || c.formula) continue;
    (grid[c.row] ??= [])[c.col] = new Date(0);
    formats.set(`${c.row},${c.col}`, c.format ?? DATE_FORMAT);
  }
  return { grid: Array.from(grid, (line) => line ?? []), formats };
}
