// "Tổng hợp đơn vị" in Excel: every criteria sheet of the workbook is a unit. Two reads (the sheet names, then every
// sheet's used range at once), the core, one write with native charts: round trips do not grow with rows or units.
import {
  columnLetter,
  marksFromNames,
  noUnitsNotice,
  OWN_MARK_NAME,
  ownTargets,
  runUnits,
  sheetEntries,
  withTaken,
  type OwnKind,
  type Block,
  type ComparisonTable,
  type RankMode,
  type Report,
  type SettingsInput,
  type SheetInput,
  type UnitsTable,
} from "../../shared/index.js";
import { effectiveSettings } from "./commands.js";
import { formulasOnly, SETTINGS_KEY } from "./read.js";
import { emptiedSheet, markSheet, supports, writeUndo } from "./sheets.js";
import { has } from "./support.js";
import { Batch, writeGrid } from "./write.js";

const HEADER_FILL = "#DEEAF6";
const AREA_FILL = "#F2F2F2";
const WEAK_FILL = "#FFC7CE";
const POINTS_FORMAT = "0.0##";
/** Class colours best to worst; the worst class is always red. */
const BAND_FILLS = ["#C6EFCE", "#DDEBF7", "#FFEB9C", "#F8CBAD", "#FFC7CE"];

export interface UnitsOutcome {
  report: Report | null;
  canUndo: boolean;
  notice: string;
  notices: Record<"vi" | "en", string>;
  syncs: number;
  /** units in rank order, for the pane */
  units: { rank: number | null; unit: string; index: number | null; grade: string }[];
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function bandFill(band: number, count: number): string {
  if (count > 1 && band >= count - 1) return BAND_FILLS[BAND_FILLS.length - 1] as string;
  return BAND_FILLS[Math.min(band, BAND_FILLS.length - 2)] as string;
}

export async function unitsCommand(context: Excel.RequestContext, extra: SettingsInput = {}, options: { rank?: RankMode; at?: string } = {}): Promise<UnitsOutcome> {
  // read 1: the sheet names, the defined names (the marks on our sheets) and the stored settings
  const { worksheets: sheets, names: definedNames } = context.workbook;
  sheets.load("items/name");
  definedNames.load("items/name,items/value");
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const defined = definedNames.items.map((n) => ({ name: n.name, ref: String(n.value ?? "") }));
  const entries = sheetEntries(names, marksFromNames(defined));
  const hasMark = (kind: OwnKind) => defined.some((n) => n.name.toLowerCase() === OWN_MARK_NAME[kind].toLowerCase());
  const settings = effectiveSettings({ settings: setting.isNullObject || typeof setting.value !== "string" ? "" : setting.value }, extra);
  const lang = settings.lang ?? "vi";
  // ours where their marks are; a user's sheet named "Tổng hợp đơn vị" keeps it, ours takes the next free name
  const targets = ownTargets(entries, ["units", "comparison", "undo"] as const);

  // read 2: every sheet's used range in one request (criteria sheets, and our two sheets about to be rewritten, with
  // their charts: the sheets are emptied in place, so formulas elsewhere reading them keep working)
  const used = entries.map((entry) => {
    const sheet = sheets.getItem(entry.name);
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values,formulas,rowIndex,columnIndex");
    const charts = entry.own === "units" || entry.own === "comparison" ? sheet.charts : null;
    charts?.load("items/name");
    return { entry, range, charts };
  });
  await context.sync();
  const chartsOn = (name: string) => used.find((u) => u.entry.name === name)?.charts?.items.map((c) => c.name) ?? [];
  const inputs: (SheetInput & { own: OwnKind | null })[] = [];
  const existing: Partial<Record<"units" | "comparison", { values: unknown[][]; formulas: unknown[][] }>> = {};
  for (const { entry, range } of used) {
    if (range.isNullObject) continue;
    const formulas = formulasOnly(range.values, range.formulas);
    if (entry.own === "units" || entry.own === "comparison") existing[entry.own] = { values: range.values, formulas };
    inputs.push({ name: entry.name, own: entry.own, values: range.values, formulas, origin: { row: range.rowIndex, col: range.columnIndex } });
  }
  const undoExists = targets.undo.exists;
  const result = runUnits(inputs, settings, existing, { ...options, names: { units: targets.units.name, comparison: targets.comparison.name } });
  if (!result) return { report: null, canUndo: undoExists, ...noUnitsNotice(lang), syncs: 2, units: [] };

  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  const own = (kind: "units" | "comparison" | "undo") => {
    const ws = emptiedSheet(context, targets[kind].name, targets[kind].exists, chartsOn(targets[kind].name));
    markSheet(context, kind, targets[kind].name, hasMark(kind));
    return ws;
  };
  await writeUndo(batch, own("undo"), result.snapshot);
  const unitsSheet = own("units");
  await writeUnitsTable(batch, unitsSheet, result.units);
  await writeComparison(batch, own("comparison"), result.comparison, result.consolidation.units.map((u) => u.sheet));
  unitsSheet.activate();
  await batch.flush();
  const told = withTaken(lang, result, [targets.units, targets.comparison]);
  return {
    report: null,
    canUndo: true,
    ...told,
    syncs: 2 + batch.syncs,
    units: result.consolidation.units.map((u) => ({ rank: u.rank, unit: u.unit, index: u.index, grade: u.grade })),
  };
}

const pad = (grid: readonly (readonly unknown[])[]) => {
  const width = Math.max(1, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
};

function blockRange(ws: Excel.Worksheet, b: Block): Excel.Range {
  return ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols);
}

async function writeUnitsTable(batch: Batch, ws: Excel.Worksheet, t: UnitsTable): Promise<void> {
  await writeGrid(batch, ws, 0, 0, pad(t.grid));
  const w = t.width;
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A1").format.font.size = 14;
  const header = ws.getRangeByIndexes(t.headerRow, 0, 1, w);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";
  ws.getRangeByIndexes(t.maxRow, 0, 1, w).format.font.italic = true;
  const last = t.averageRow >= 0 ? t.averageRow : t.firstUnitRow - 1;
  const table = ws.getRangeByIndexes(t.headerRow, 0, last - t.headerRow + 1, w);
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) table.format.borders.getItem(edge).style = "Continuous";
  if (t.averageRow >= 0) ws.getRangeByIndexes(t.averageRow, 0, 1, w).format.font.bold = true;
  const rows = last - t.maxRow + 1;
  ws.getRangeByIndexes(t.maxRow, 2, rows, 5).numberFormat = Array.from({ length: rows }, () => Array(5).fill(POINTS_FORMAT));
  ws.getRangeByIndexes(t.maxRow, t.indexCol, rows, 1).numberFormat = Array.from({ length: rows }, () => ["0.00"]);
  if (w > 10) ws.getRangeByIndexes(t.maxRow, 10, rows, w - 10).numberFormat = Array.from({ length: rows }, () => Array.from({ length: w - 10 }, (_, i) => (i % 2 === 0 ? POINTS_FORMAT : "0.00")));

  // classes by conditional format: a class retyped by hand recolours its row
  if (t.units.length && supports("1.6")) {
    const band = ws.getRangeByIndexes(t.firstUnitRow, 0, t.units.length, w);
    const gradeCol = columnLetter(t.gradeCol);
    t.bands.forEach((b, i) => {
      const cf = band.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = `=$${gradeCol}${t.firstUnitRow + 1}="${b.label.replace(/"/g, '""')}"`;
      cf.custom.format.fill.color = bandFill(i, t.bands.length);
    });
  }
  // each unit's name opens its sheet
  if (supports("1.7")) {
    for (const u of t.units) {
      await batch.room(200);
      const name = String(t.grid[u.row]?.[t.unitCol] ?? "");
      ws.getRangeByIndexes(u.row, t.unitCol, 1, 1).hyperlink = { documentReference: `${quoteSheet(u.sheet)}!A1`, textToDisplay: name };
    }
  }
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 36;
  ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 230;
  if (t.findingsHeaderRow >= 0) {
    ws.getRangeByIndexes(t.findingsHeaderRow, 0, 1, 3).format.font.bold = true;
    ws.getRangeByIndexes(t.findingsHeaderRow, 0, 1, 3).format.fill.color = HEADER_FILL;
  }

  // native charts: the index by unit (bars in rank order, one flat line per class threshold), area % by unit
  if (t.indexChart) {
    const chart = ws.charts.add("ColumnClustered" as Excel.ChartType, blockRange(ws, t.indexChart), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = t.indexChartTitle;
    chart.legend.position = "Bottom";
    for (let i = 1; i < t.indexChart.cols - 1; i++) chart.series.getItemAt(i).chartType = "Line";
    chart.setPosition(ws.getRangeByIndexes(t.indexChart.row, t.indexChart.col + t.indexChart.cols + 1, 1, 1));
    chart.width = 560;
    chart.height = 300;
  }
  if (t.areaChart) {
    const chart = ws.charts.add("ColumnClustered" as Excel.ChartType, blockRange(ws, t.areaChart), "Columns" as Excel.ChartSeriesBy);
    chart.title.text = t.areaChartTitle;
    chart.legend.position = "Bottom";
    chart.setPosition(ws.getRangeByIndexes(t.areaChart.row, t.areaChart.col + t.areaChart.cols + 1, 1, 1));
    chart.width = 560;
    chart.height = 300;
  }
  ws.freezePanes.freezeRows(t.headerRow + 1);
  printSetup(ws, t.headerRow);
}

async function writeComparison(batch: Batch, ws: Excel.Worksheet, t: ComparisonTable, unitSheets: readonly string[]): Promise<void> {
  await writeGrid(batch, ws, 0, 0, pad(t.grid));
  ws.getRange("A1").format.font.bold = true;
  ws.getRange("A1").format.font.size = 14;
  const header = ws.getRangeByIndexes(t.headerRow, 0, 1, t.width);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";
  const body = ws.getRangeByIndexes(t.headerRow, 0, t.grid.length - t.headerRow, t.width);
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) body.format.borders.getItem(edge).style = "Continuous";
  for (const r of t.areaRows) {
    await batch.room(120);
    const band = ws.getRangeByIndexes(r, 0, 1, t.width);
    band.format.font.bold = true;
    band.format.fill.color = AREA_FILL;
  }
  for (const cell of t.weakest) {
    await batch.room(120);
    const x = ws.getRangeByIndexes(cell.row, cell.col, 1, 1);
    x.format.fill.color = WEAK_FILL;
    x.format.font.bold = true;
  }
  if (supports("1.7")) {
    for (const [i, sheet] of unitSheets.entries()) {
      await batch.room(200);
      const name = String(t.grid[t.headerRow]?.[t.firstUnitCol + i] ?? "");
      ws.getRangeByIndexes(t.headerRow, t.firstUnitCol + i, 1, 1).hyperlink = { documentReference: `${quoteSheet(sheet)}!A1`, textToDisplay: name };
    }
  }
  ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 300;
  ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, t.headerRow + 1, t.firstUnitCol));
  printSetup(ws, t.headerRow);
}

function printSetup(ws: Excel.Worksheet, headerRow: number): void {
  if (has("pageSetup")) {
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.setPrintTitleRows(`$${headerRow + 1}:$${headerRow + 1}`);
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.centerHorizontally = true;
  }
}
