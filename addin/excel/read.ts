// One round trip reads everything a command needs: the active sheet, our result sheets, the undo sheet, settings.
import { SHEET_NAMES, UNDO_SHEET, type ExistingSheets, type Grid, type SheetInput } from "../../shared/index.js";

export const SETTINGS_KEY = "cchc.settings";

/** Sheets the add-in writes; never scored as a criteria sheet. */
export const OWN_SHEETS = [SHEET_NAMES.findings, SHEET_NAMES.summary, SHEET_NAMES.plan, UNDO_SHEET] as const;

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
}

interface Pending {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

function pendingSheet(sheet: Excel.Worksheet): Pending {
  // valuesOnly: a formatted but empty region is not part of the table
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,formulas,rowIndex,columnIndex");
  return { sheet, used };
}

function state(p: Pending): SheetState {
  if (p.sheet.isNullObject) return { exists: false, values: [], formulas: [] };
  if (p.used.isNullObject) return { exists: true, values: [], formulas: [] };
  const { rowIndex, columnIndex } = p.used;
  const formulas = formulasOnly(p.used.values, p.used.formulas);
  return { exists: true, values: fromA1(p.used.values, rowIndex, columnIndex), formulas: fromA1(formulas, rowIndex, columnIndex) };
}

/**
 * `formulas` repeats constants; keep only real formulas. A text cell reading "=HYPERLINK(…)" returns the same
 * string as value and formula, and must stay text (an undo must not turn a typed name into a live formula).
 */
export function formulasOnly(values: unknown[][], formulas: unknown[][]): unknown[][] {
  return formulas.map((line, r) =>
    line.map((f, c) => (typeof f === "string" && f.startsWith("=") && f !== values[r]?.[c] ? f : null)),
  );
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
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  const main = pendingSheet(active);
  const own = names.map((name) => [name, pendingSheet(context.workbook.worksheets.getItemOrNullObject(name))] as const);
  for (const [, p] of own) p.sheet.load("name");
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load("value");
  await context.sync();

  const used = main.used;
  const input: SheetInput & { name: string } = used.isNullObject
    ? { name: active.name, values: [], formulas: [], origin: { row: 0, col: 0 } }
    : { name: active.name, values: used.values, formulas: formulasOnly(used.values, used.formulas), origin: { row: used.rowIndex, col: used.columnIndex } };
  return {
    active: input,
    own: Object.fromEntries(own.map(([name, p]) => [name, state(p)])),
    settings: setting.isNullObject || typeof setting.value !== "string" ? "" : setting.value,
  };
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
  return out;
}
