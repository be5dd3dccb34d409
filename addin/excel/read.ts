// One round trip reads everything a command needs: the active sheet, our result sheets, the undo sheet, settings.
import { isFormula, OWN_SHEETS, SHEET_NAMES, withDates, type ExistingSheets, type Grid, type SheetInput } from "../../shared/index.js";

export const SETTINGS_KEY = "cchc.settings";
/** The criteria sheet last scored or planned: the target when a command starts on one of our own sheets. */
export const SHEET_KEY = "cchc.sheet";
/** The outcome of the last ribbon command, kept for a pane that runs apart from the ribbon (no shared runtime). */
export const NOTICE_KEY = "cchc.notice";


export interface SheetState {
  exists: boolean;
  values: Grid;
  formulas: Grid;
}

export interface WorkbookState {
  active: SheetInput & { name: string };
  /** our sheets by name, existing or not */
  own: Record<string, SheetState>;
  /** stored JSON settings, "" when none */
  settings: string;
  /** the criteria sheet of the last command, "" when none */
  lastSheet: string;
  /** what the last ribbon command said, "" when none */
  notice: string;
  /** context.sync calls the read took (1; 3 on the fallback path) */
  syncs: number;
}

interface Pending {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** number formats loaded: dates (serials) become Dates, so a re-generated plan writes them back as dates */
  dates: boolean;
}

function pendingSheet(sheet: Excel.Worksheet, load = "values,formulas,rowIndex,columnIndex"): Pending {
  // valuesOnly: a formatted but empty region is not part of the table
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(load);
  return { sheet, used, dates: load.includes("numberFormat") };
}

function state(p: Pending): SheetState {
  if (p.sheet.isNullObject) return { exists: false, values: [], formulas: [] };
  if (p.used.isNullObject) return { exists: true, values: [], formulas: [] };
  const { rowIndex, columnIndex } = p.used;
  const formulas = formulasOnly(p.used.values, p.used.formulas);
  const values = p.dates ? withDates(p.used.values, p.used.numberFormat) : p.used.values;
  return { exists: true, values: fromA1(values, rowIndex, columnIndex), formulas: fromA1(formulas, rowIndex, columnIndex) };
}

/**
 * `formulas` repeats constants; keep only real formulas. A text cell reading "=HYPERLINK(…)" returns the same
 * string as value and formula, and must stay text (an undo must not turn a typed name into a live formula).
 */
export function formulasOnly(values: unknown[][], formulas: unknown[][]): unknown[][] {
  return formulas.map((line, r) => line.map((f, c) => (isFormula(f, values[r]?.[c]) ? f : null)));
}

/** Our sheets are read as grids starting at A1, whatever their used range (the core indexes them from A1). */
function fromA1(grid: unknown[][], row: number, col: number): unknown[][] {
  if (!row && !col) return grid;
  const pad = Array.from({ length: col }, () => "");
  return [...Array.from({ length: row }, () => [] as unknown[]), ...grid.map((line) => [...pad, ...line])];
}

/**
 * Queues the loads, syncs once, and returns plain data. A null worksheet's used range is a null range,
 * so sheets that do not exist yet cost nothing and need no second round trip.
 */
export async function readWorkbook(context: Excel.RequestContext, names: readonly string[] = OWN_SHEETS): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  try {
    return await readOnce(context, names.map((name) => [name, sheets.getItemOrNullObject(name)] as const));
  } catch (e) {
    // Should a host refuse a method on a null worksheet, ask which sheets exist first: one more round trip, still
    // independent of the number of rows.
    if (!isItemError(e)) throw e;
    sheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const state = await readOnce(context, names.filter((n) => present.has(n)).map((name) => [name, sheets.getItem(name)] as const));
    for (const n of names) state.own[n] ??= { exists: false, values: [], formulas: [] };
    return { ...state, syncs: 3 };
  }
}

function isItemError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || code === "InvalidArgument" || code === "InvalidOperation";
}

/** Office.js hands dates over as serial numbers: the number formats tell a date from a figure (and Hoàn tác puts them back). */
const CRITERIA_LOAD = "values,formulas,numberFormat,rowIndex,columnIndex";

async function readOnce(context: Excel.RequestContext, sheets: readonly (readonly [string, Excel.Worksheet])[]): Promise<WorkbookState> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const main = pendingSheet(active, CRITERIA_LOAD);
  // the plan holds staff's own dates (deadlines): read with their formats
  const own = sheets.map(([name, ws]) => [name, pendingSheet(ws, name === SHEET_NAMES.plan ? CRITERIA_LOAD : undefined)] as const);
  for (const [, p] of own) p.sheet.load("name");
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  const last = context.workbook.settings.getItemOrNullObject(SHEET_KEY);
  last.load("value");
  const notice = context.workbook.settings.getItemOrNullObject(NOTICE_KEY);
  notice.load("value");
  await context.sync();

  const used = main.used;
  const input: SheetInput & { name: string } = used.isNullObject
    ? { name: active.name, values: [], formulas: [], origin: { row: 0, col: 0 } }
    : { name: active.name, values: used.values, formulas: formulasOnly(used.values, used.formulas), numberFormats: used.numberFormat, origin: { row: used.rowIndex, col: used.columnIndex } };
  return {
    active: input,
    own: Object.fromEntries(own.map(([name, p]) => [name, state(p)])),
    settings: setting.isNullObject || typeof setting.value !== "string" ? "" : setting.value,
    lastSheet: last.isNullObject || typeof last.value !== "string" ? "" : last.value,
    notice: notice.isNullObject || typeof notice.value !== "string" ? "" : notice.value,
    syncs: 1,
  };
}

/** One named sheet's used range (for a command started on one of our own sheets). */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<SheetInput & { name: string }> {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
  used.load(CRITERIA_LOAD);
  await context.sync();
  if (used.isNullObject) return { name, values: [], formulas: [], origin: { row: 0, col: 0 } };
  return { name, values: used.values, formulas: formulasOnly(used.values, used.formulas), numberFormats: used.numberFormat, origin: { row: used.rowIndex, col: used.columnIndex } };
}

/** The prior content of the result sheets, in the shape the core's snapshot wants. */
export function existingSheets(wb: WorkbookState): ExistingSheets {
  const pick = (name: string) => {
    const s = wb.own[name];
    return s?.exists ? { values: s.values, formulas: s.formulas } : undefined;
  };
  const out: ExistingSheets = {};
  const findings = pick(SHEET_NAMES.findings);
  const summary = pick(SHEET_NAMES.summary);
  const plan = pick(SHEET_NAMES.plan);
  if (findings) out.findings = findings;
  if (summary) out.summary = summary;
  if (plan) out.plan = plan;
  const comparison = pick(SHEET_NAMES.comparison);
  if (comparison) out.comparison = comparison;
  return out;
}
