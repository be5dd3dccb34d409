// One round trip reads everything a command needs: the active sheet, our own sheets (found by their marks,
// never by name), the sheet names, settings.
import {
  isFormula,
  marksFromNames,
  mergedBlocks,
  OWN_KINDS,
  OWN_MARK_NAME,
  rowsOutside,
  sheetEntries,
  withDates,
  type CellBlock,
  type ExistingSheets,
  type Grid,
  type OwnKind,
  type SheetEntry,
  type SheetInput,
} from "../../shared/index.js";
import { supports } from "./support.js";

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

export interface OwnState extends SheetState {
  /** the sheet's name now (the user may have renamed it) */
  name: string;
  /** its charts, by name: a rewrite empties the sheet in place and replaces them */
  charts: string[];
}

export interface WorkbookState {
  active: SheetInput & { name: string };
  /** every sheet in tab order, with the kind its mark gives it (null: the user's) */
  sheets: SheetEntry[];
  /** our sheets by kind, found by their mark */
  own: Partial<Record<OwnKind, OwnState>>;
  /** marks present in the workbook (a mark whose sheet was deleted reads #REF! and must be replaced) */
  marks: Partial<Record<OwnKind, boolean>>;
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

/** A sheet's charts, to be listed by name after the sync. */
function chartsOf(ws: Excel.Worksheet): Excel.ChartCollection {
  const charts = ws.charts;
  charts.load("items/name");
  return charts;
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
 * Queues the loads, syncs once, and returns plain data. Our sheets are reached through their marks
 * (defined name → its range → its worksheet), so a mark that is missing costs nothing and needs no second
 * round trip. `kinds`: which of our sheets to read.
 */
/** The sheets of ours the commands here rewrite, so read in full; the others' marks are read, not their cells. */
const COMMAND_KINDS: readonly OwnKind[] = ["findings", "summary", "plan", "undo"];

export async function readWorkbook(context: Excel.RequestContext, kinds: readonly OwnKind[] = COMMAND_KINDS): Promise<WorkbookState> {
  try {
    return await readOnce(context, kinds, null);
  } catch (e) {
    if (!isItemError(e)) {
      // the merged areas are the newest part of the read (ExcelApi 1.13), the one a host could still refuse (a sheet
      // merging thousands of cells): read again without them, one more round trip, before giving up
      try {
        return { ...(await readOnce(context, kinds, null, false)), syncs: 2 };
      } catch {
        throw e;
      }
    }
    // Should a host refuse a method on a null object, ask which sheets and names exist first: one more round trip,
    // still independent of the number of rows.
    const { worksheets: sheets, names } = context.workbook;
    sheets.load("items/name");
    names.load("items/name,items/value");
    await context.sync();
    const marks = marksFromNames(names.items.map((n) => ({ name: n.name, ref: String(n.value ?? "") })));
    const present = new Set(sheets.items.map((s) => s.name));
    const known = marks.filter((m) => present.has(m.sheet));
    const state = await readOnce(context, kinds, { marks: known, names: names.items.map((n) => n.name) });
    return { ...state, syncs: 3 };
  }
}

function isItemError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ItemNotFound" || code === "InvalidArgument" || code === "InvalidOperation";
}

/** Office.js hands dates over as serial numbers: the number formats tell a date from a figure (and Hoàn tác puts them back). */
const CRITERIA_LOAD = "values,formulas,numberFormat,rowIndex,columnIndex";

/** `known`: on the fallback path, the marks (and defined names) already read, so only real sheets are asked for. */
async function readOnce(
  context: Excel.RequestContext,
  kinds: readonly OwnKind[],
  known: { marks: { kind: OwnKind; sheet: string }[]; names: string[] } | null,
  withMerged = true,
): Promise<WorkbookState> {
  const { worksheets, names } = context.workbook;
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const main = pendingSheet(active, CRITERIA_LOAD);
  // hidden rows without a call per row: the sheet's visible cells as one address (ExcelApi 1.9). Asked of the whole
  // sheet, never null, rather than of the used range, which is a null object on an empty sheet.
  const visible = supports("1.9") ? active.getRange().getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  // merged areas, in the same request (ExcelApi 1.13): nothing is written inside one
  const merged = withMerged ? mergedOf(active) : null;
  worksheets.load("items/name");
  // the plan holds staff's own dates (deadlines): read with their formats
  const load = (kind: OwnKind) => (kind === "plan" ? CRITERIA_LOAD : undefined);
  // every mark, so no sheet of ours is taken for the user's; the cells only of the sheets `kinds` asks for
  const own = OWN_KINDS.map((kind) => {
    const read = kinds.includes(kind);
    if (known) {
      const mark = known.marks.find((m) => m.kind === kind);
      const ws = mark ? worksheets.getItem(mark.sheet) : null;
      if (ws) ws.load("name");
      return { kind, item: null, ws, pending: ws && read ? pendingSheet(ws, load(kind)) : null, charts: ws && read ? chartsOf(ws) : null };
    }
    const item = names.getItemOrNullObject(OWN_MARK_NAME[kind]);
    item.load("name");
    const ws = item.getRangeOrNullObject().worksheet;
    ws.load("name");
    return { kind, item, ws, pending: read ? pendingSheet(ws, load(kind)) : null, charts: read ? chartsOf(ws) : null };
  });
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
    : {
        name: active.name,
        values: used.values,
        formulas: formulasOnly(used.values, used.formulas),
        numberFormats: used.numberFormat,
        origin: { row: used.rowIndex, col: used.columnIndex },
        ...hidden(visible, used),
        ...mergedAreas(merged),
      };
  const ownState: WorkbookState["own"] = {};
  const marks: WorkbookState["marks"] = {};
  const found: { kind: OwnKind; sheet: string }[] = [];
  for (const o of own) {
    if (known) marks[o.kind] = known.names.some((n) => n.toLowerCase() === OWN_MARK_NAME[o.kind].toLowerCase());
    else marks[o.kind] = !(o.item as Excel.NamedItem).isNullObject;
    if (!o.ws || o.ws.isNullObject) continue;
    found.push({ kind: o.kind, sheet: o.ws.name });
    if (o.pending) ownState[o.kind] = { ...state(o.pending), name: o.ws.name, charts: o.charts ? o.charts.items.map((c) => c.name) : [] };
  }
  return {
    active: input,
    sheets: sheetEntries(
      worksheets.items.map((w) => w.name),
      found,
    ),
    own: ownState,
    marks,
    settings: setting.isNullObject || typeof setting.value !== "string" ? "" : setting.value,
    lastSheet: last.isNullObject || typeof last.value !== "string" ? "" : last.value,
    notice: notice.isNullObject || typeof notice.value !== "string" ? "" : notice.value,
    syncs: 1,
  };
}

/** A sheet's merged areas, queued (null where the host cannot say: before ExcelApi 1.13). */
function mergedOf(sheet: Excel.Worksheet): Excel.RangeAreas | null {
  if (!supports("1.13")) return null;
  const areas = sheet.getRange().getMergedAreasOrNullObject();
  areas.load("address");
  return areas;
}

function mergedAreas(areas: Excel.RangeAreas | null): { merged?: CellBlock[] } {
  if (!areas || areas.isNullObject) return {};
  const blocks = mergedBlocks(areas.address);
  return blocks.length ? { merged: blocks } : {};
}

/** Hidden rows of the used range: those no visible area covers (nothing when the host cannot say). */
function hidden(visible: Excel.RangeAreas | null, used: Excel.Range): { hiddenRows?: number[] } {
  if (!visible) return {};
  const rows = used.values.length;
  // no visible cell at all: every row of the range is hidden
  const address = visible.isNullObject ? "" : visible.address;
  const out = rowsOutside(address, used.rowIndex, rows);
  return out.length ? { hiddenRows: out } : {};
}

/** One named sheet's used range (for a command started on one of our own sheets). */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<SheetInput & { name: string }> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(CRITERIA_LOAD);
  const visible = supports("1.9") ? sheet.getRange().getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  const merged = mergedOf(sheet);
  await context.sync();
  if (used.isNullObject) return { name, values: [], formulas: [], origin: { row: 0, col: 0 } };
  return {
    name,
    values: used.values,
    formulas: formulasOnly(used.values, used.formulas),
    numberFormats: used.numberFormat,
    origin: { row: used.rowIndex, col: used.columnIndex },
    ...hidden(visible, used),
    ...mergedAreas(merged),
  };
}

/** The prior content of our result sheets, in the shape the core's snapshot wants. */
export function existingSheets(wb: WorkbookState): ExistingSheets {
  const out: ExistingSheets = {};
  for (const kind of ["findings", "summary", "plan", "progress", "appraisal"] as const) {
    const s = wb.own[kind];
    if (s?.exists) out[kind] = { values: s.values, formulas: s.formulas };
  }
  return out;
}
