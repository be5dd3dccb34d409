// The three commands of the ribbon and the pane, each: read once, call the core, write once.
import {
  OWN_KINDS,
  OWN_SHEET_NAME,
  carryMerges,
  mergedBlocks,
  planMove,
  withMerges,
  decodeSnapshot,
  findSheetName,
  isOwnSheet,
  notices,
  ownTargets,
  withTaken,
  withSheetUsed,
  chooseCriteriaSheet,
  withChange,
  analyzeSheet,
  runPlan,
  runProgress,
  runScore,
  runToUnicode,
  said,
  undoEdits,
  type Correction,
  type Lang,
  type Report,
  type SettingsInput,
  type OwnKind,
  type Snapshot,
} from "../../shared/index.js";
import { UserError } from "./notices.js";
import { NOTICE_KEY, SETTINGS_KEY, SHEET_KEY, existingSheets, readSheet, readWorkbook, type WorkbookState } from "./read.js";
import { emptiedSheet, markSheet, snapshotDates, snapshotGrid, writeAppraisal, writeFindings, writeSummary, writeUndo } from "./sheets.js";
import { queueUnwind, readOldLook, writePlan } from "./plan-sheet.js";
import { MAX_ROWS, queueRules } from "./plan-rules.js";
import { writeProgress } from "./progress-sheet.js";
import { supports } from "./support.js";
import { Batch, writeDateFormats, writeEdits, writeFonts, writeGrid } from "./write.js";

export interface Outcome {
  report: Report | null;
  /** what Tính điểm corrected */
  corrections?: Correction[];
  canUndo: boolean;
  notice: string;
  /** the notice in every language (the pane re-says it when staff switch language) */
  notices?: Record<Lang, string>;
  /** after Lập kế hoạch: the sheet to open next */
  next?: { sheet: string; kind: "plan" };
  /** the stored settings the command used (the pane's settings form starts from them) */
  settings?: SettingsInput;
  /** context.sync calls made, reads included */
  syncs: number;
}

/** Stored workbook settings (language, column overrides, write mode) merged with this call's. */
export function effectiveSettings(wb: Pick<WorkbookState, "settings">, extra: SettingsInput = {}): SettingsInput {
  let stored: unknown = {};
  try {
    stored = wb.settings ? JSON.parse(wb.settings) : {};
  } catch {
    stored = {};
  }
  return withChange(stored, extra);
}

/** Whether the workbook's sheet `name` is one of ours (by its mark). */
const isOurs = (wb: WorkbookState, name: string) => wb.sheets.some((s) => s.name === name && isOwnSheet(s));
/** The charts the read found on our sheet `name` (none on a sheet it did not read). */
const chartsOn = (wb: WorkbookState, name: string) => Object.values(wb.own).find((o) => o?.name === name)?.charts ?? [];

/**
 * The criteria sheet to work on: the active one, or, when the user stands on one of our sheets (the plan opens
 * after Lập kế hoạch), the criteria sheet of the last command; one more read, whatever the size.
 */
async function criteriaSheet(context: Excel.RequestContext, wb: WorkbookState, lang: "vi" | "en"): Promise<WorkbookState> {
  if (!isOurs(wb, wb.active.name)) return wb;
  // the remembered name, whatever its case, normalisation or outer spaces since
  const last = wb.lastSheet ? findSheetName(
    wb.sheets.filter((s) => !isOwnSheet(s)).map((s) => s.name),
    wb.lastSheet,
  ) : null;
  if (!last) throw new UserError(notices(lang).ownSheet(wb.active.name));
  try {
    return { ...wb, active: await readSheet(context, last), syncs: wb.syncs + 1 };
  } catch {
    throw new UserError(notices(lang).ownSheet(wb.active.name));
  }
}

const hasUndo = (wb: WorkbookState) => wb.own.undo?.exists === true && wb.own.undo.values.length > 0;

/** The read every command starts with: the workbook in one round trip, its settings, the criteria sheet. */
async function prepare(context: Excel.RequestContext, extra: SettingsInput) {
  const read = await readWorkbook(context);
  const settings = effectiveSettings(read, extra);
  const lang = settings.lang ?? "vi";
  return { wb: await criteriaSheet(context, read, lang), settings, lang };
}

/**
 * The open sheet has no criteria table (a cover page, instructions without a table): the user's sheet with the most
 * criteria rows instead, as `cchc` picks one. Two more round trips, whatever the rows: every user sheet's values,
 * then the chosen sheet in full. `active` stays the open sheet when no other sheet has a table; `moved` says.
 */
async function otherCriteriaSheet(context: Excel.RequestContext, wb: WorkbookState, settings: SettingsInput): Promise<{ wb: WorkbookState; moved: boolean }> {
  const names = wb.sheets.filter((s) => !isOwnSheet(s) && s.name !== wb.active.name).map((s) => s.name);
  if (!names.length) return { wb, moved: false };
  const used = names.map((name) => {
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load("values");
    return range;
  });
  await context.sync();
  const choice = chooseCriteriaSheet(
    names.map((name, i) => ({ name, values: used[i]?.isNullObject ? [] : (used[i]?.values ?? []) })),
    settings,
  );
  if (!choice) return { wb: { ...wb, syncs: wb.syncs + 1 }, moved: false };
  return { wb: { ...wb, active: await readSheet(context, names[choice.index] as string), syncs: wb.syncs + 2 }, moved: true };
}

/**
 * Runs `analyse` on the open sheet, or, when it holds no criteria table, on the sheet with the most criteria rows;
 * `open` names the sheet staff had open when another one was used.
 */
async function onCriteriaTable<R extends { report: Report }>(
  context: Excel.RequestContext,
  wb: WorkbookState,
  settings: SettingsInput,
  analyse: (wb: WorkbookState) => R,
): Promise<{ wb: WorkbookState; result: R; open: string | null }> {
  const result = analyse(wb);
  if (result.report.headerRow) return { wb, result, open: null };
  const other = await otherCriteriaSheet(context, wb, settings);
  if (!other.moved) return { wb: other.wb, result, open: null };
  return { wb: other.wb, result: analyse(other.wb), open: wb.active.name };
}

/** Our sheet where `ownTargets` says, emptied for its new content, carrying its mark. */
function ownSheet(context: Excel.RequestContext, wb: WorkbookState, kind: OwnKind, target: { name: string; exists: boolean }): Excel.Worksheet {
  const ws = emptiedSheet(context, target.name, target.exists, chartsOn(wb, target.name));
  markSheet(context, kind, target.name, wb.marks[kind] === true);
  return ws;
}

/** Opens the write: calculation held until the sync, the sheet remembered, and the undo snapshot queued first
 * (if a later part of the request fails, what it replaced is already kept). */
async function beginWrite(context: Excel.RequestContext, wb: WorkbookState, snapshot: Snapshot, settings?: SettingsInput): Promise<Batch> {
  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  context.workbook.settings.add(SHEET_KEY, wb.active.name);
  if (settings) saveSettings(context, settings);
  // a newer command makes the last ribbon outcome stale
  if (wb.notice) context.workbook.settings.add(NOTICE_KEY, "");
  const target = ownTargets(wb.sheets, ["undo"] as const).undo;
  await writeUndo(batch, ownSheet(context, wb, "undo", target), snapshot);
  return batch;
}

/** Tính điểm; with `store`, the settings used (stored ones merged with `extra`) are kept in the workbook too. */
export async function scoreCommand(context: Excel.RequestContext, extra: SettingsInput = {}, at?: string, store = false): Promise<Outcome> {
  const prepared = await prepare(context, extra);
  const { settings, lang } = prepared;
  let wb = prepared.wb;
  // our sheets where their marks are; a user's "Tổng hợp" keeps its name and content, ours takes the next free one
  const targets = ownTargets(wb.sheets, ["findings", "summary", "appraisal"] as const);
  const names = { findings: targets.findings.name, summary: targets.summary.name, appraisal: targets.appraisal.name };
  const read = await onCriteriaTable(context, wb, settings, (sheet) => runScore(sheet.active, settings, existingSheets(sheet), at, names));
  const { result, open } = read;
  wb = read.wb;
  if (!result.report.headerRow) return { report: result.report, canUndo: hasUndo(wb), ...said(lang, (t) => t.noHeader(wb.active.name)), settings, syncs: wb.syncs };

  const batch = await beginWrite(context, wb, result.snapshot, store ? settings : undefined);
  await writeEdits(batch, context.workbook.worksheets.getItem(wb.active.name), result.edits);
  await writeFindings(batch, ownSheet(context, wb, "findings", targets.findings), result.findings, wb.active.name);
  await writeSummary(batch, ownSheet(context, wb, "summary", targets.summary), result.summary);
  if (result.appraisal) await writeAppraisal(batch, ownSheet(context, wb, "appraisal", targets.appraisal), result.appraisal, wb.active.name);
  context.workbook.worksheets.getItem(wb.active.name).activate();
  await batch.flush();
  const told = withSheetUsed(lang, withTaken(lang, result, result.appraisal ? [targets.findings, targets.summary, targets.appraisal] : [targets.findings, targets.summary]), open, wb.active.name);
  return { report: result.report, corrections: result.corrections, canUndo: true, ...told, settings, syncs: wb.syncs + batch.syncs };
}

export async function planCommand(context: Excel.RequestContext, extra: SettingsInput = {}, at?: string): Promise<Outcome> {
  const prepared = await prepare(context, extra);
  const { settings, lang } = prepared;
  let wb = prepared.wb;
  const target = ownTargets(wb.sheets, ["plan"] as const).plan;
  const read = await onCriteriaTable(context, wb, settings, (sheet) => runPlan(sheet.active, settings, existingSheets(sheet), at, { plan: target.name }));
  const { result, open } = read;
  wb = read.wb;
  if (!result.report.headerRow) return { report: result.report, canUndo: hasUndo(wb), ...said(lang, (t) => t.noHeader(wb.active.name)), settings, syncs: wb.syncs };
  if (result.notScored) return { report: result.report, canUndo: hasUndo(wb), ...said(lang, (t) => t.notScored(wb.active.name)), settings, syncs: wb.syncs };

  // the old plan's look, read in one more round trip (whatever its size) so each row keeps it wherever it moves
  const before = wb.own.plan;
  const existed = target.exists && (before?.exists ?? false);
  const width = before ? before.values.reduce((w, r) => Math.max(w, r.length), 0) : 0;
  const look = existed && before ? readOldLook(context, target.name, before.values.length, width) : null;
  // staff's conditional formats and validations, read with the look (and at most one more round trip)
  const move = existed && before ? planMove(result.table, before.values.length, width, MAX_ROWS) : null;
  const rules = existed && before && move ? queueRules(context, target.name, before.values.length, width, result.table, move) : null;
  // staff's merged cells (an owner over three criteria), in the same read, to merge again where their rows go
  const merged = existed && supports("1.13") ? context.workbook.worksheets.getItem(target.name).getRange().getMergedAreasOrNullObject() : null;
  merged?.load("address");
  let reads = 0;
  if (look || rules || merged) {
    await context.sync();
    reads = 1;
  }
  const staff = rules && move ? await rules() : null;
  reads += staff?.syncs ?? 0;
  const oldMerges = merged && !merged.isNullObject ? mergedBlocks(merged.address) : [];
  // Hoàn tác makes staff's merged cells again where they were
  const batch = await beginWrite(context, wb, withMerges(result.snapshot, target.name, oldMerges));
  const ws = emptiedSheet(context, target.name, existed);
  // (Clear All should take merges with the formats; said outright, so nothing is written into a merged cell)
  if (oldMerges.length) ws.getRange().unmerge();
  markSheet(context, "plan", target.name, wb.marks.plan === true);
  await writePlan(batch, ws, result.table, result.analysis.settings.lang, look ? look() : null, existed, staff && move ? { rules: staff.rules, move } : null);
  for (const m of carryMerges(oldMerges, result.table)) ws.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  ws.activate();
  await batch.flush();
  const next = { sheet: result.sheetName, kind: "plan" as const };
  const told = withSheetUsed(lang, withTaken(lang, said(lang, (t) => t.planned(result.table.stats)), [target]), open, wb.active.name);
  return { report: result.report, canUndo: true, ...told, next, settings, syncs: wb.syncs + reads + batch.syncs };
}

/**
 * Báo cáo tiến độ: our plan sheet (found by its mark) read back as of today (or `asOf`, YYYY-MM-DD); the report
 * sheet rebuilt where its mark is. Overdue rows need no write: the plan's conditional format follows TODAY().
 */
export async function progressCommand(context: Excel.RequestContext, extra: SettingsInput = {}, at?: string, asOf?: string): Promise<Outcome> {
  const read = await readWorkbook(context);
  const settings = effectiveSettings(read, extra);
  const lang = settings.lang ?? "vi";
  const targets = ownTargets(read.sheets, ["plan", "progress", "undo"] as const);
  const plan = read.own.plan;
  const result = plan?.exists && targets.plan.exists
    ? runProgress({ name: targets.plan.name, values: plan.values }, lang, asOf, existingSheets(read), at, { progress: targets.progress.name })
    : null;
  if (!result) return { report: null, canUndo: hasUndo(read), ...said(lang, (t) => t.noPlan(OWN_SHEET_NAME.plan)), settings, syncs: read.syncs };
  // as beginWrite, but the criteria sheet remembered stays the one scored last (the plan is ours)
  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  await writeUndo(batch, ownSheet(context, read, "undo", targets.undo), result.snapshot);
  const ws = ownSheet(context, read, "progress", targets.progress);
  await writeProgress(batch, ws, result.table, targets.plan.name);
  ws.activate();
  await batch.flush();
  const told = withTaken(lang, said(lang, (t) => t.progressed(result.report.json)), [targets.progress]);
  return { report: null, canUndo: true, ...told, settings, syncs: read.syncs + batch.syncs };
}

/** Font names of at most this many cells are read in one response: well under Excel on the web's 5 MB limit. */
export const FONT_READ_CELLS = 50_000;

/**
 * Chuyển sang Unicode: the criteria sheet's TCVN3 / VNI text rewritten in Unicode, in Times New Roman. The fonts of
 * the cells to convert are read in one more round trip (ExcelApi 1.9), so a .VnTimeH cell comes out in capitals and
 * Hoàn tác puts the old fonts back. An older Excel, or an area too large to read in one response, gets its text
 * converted and its fonts left as they are (they could not be put back), and the notice says so.
 */
export async function unicodeCommand(context: Excel.RequestContext, extra: SettingsInput = {}, at?: string): Promise<Outcome> {
  const { wb, settings, lang } = await prepare(context, extra);
  const sheet = wb.active;
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const ws = context.workbook.worksheets.getItem(sheet.name);
  let syncs = wb.syncs;
  // what the text alone shows, then the fonts of that area
  const byText = runToUnicode(sheet, at);
  const box = areaOf(byText.edits);
  let fonts: string[][] | undefined;
  if (box && supports("1.9") && box.rows * box.cols <= FONT_READ_CELLS) {
    const props = ws.getRangeByIndexes(box.row, box.col, box.rows, box.cols).getCellProperties({ format: { font: { name: true } } });
    await context.sync();
    syncs++;
    const grid: string[][] = sheet.values.map((line) => line.map(() => ""));
    props.value.forEach((line, r) =>
      line.forEach((p, c) => {
        const row = grid[box.row - origin.row + r];
        if (row) row[box.col - origin.col + c] = p.format?.font?.name ?? "";
      }),
    );
    fonts = grid;
  }
  const result = fonts ? runToUnicode({ ...sheet, fonts }, at) : byText;
  const keptFonts = result.edits.length > 0 && !fonts;
  const notice = said(lang, (t) => (keptFonts ? `${t.toUnicode(sheet.name, result.counts)} ${t.fontsKept()}` : t.toUnicode(sheet.name, result.counts)));
  const report = (values: typeof sheet.values) =>
    analyzeSheet(values, { settings, sheet: sheet.name, origin, ...(sheet.formulas ? { formulas: sheet.formulas } : {}) }).report;
  if (!result.edits.length) return { report: report(sheet.values), canUndo: hasUndo(wb), ...notice, settings, syncs };

  const before = fonts
    ? result.fontCells.map((c) => ({ row: c.row, col: c.col, name: fonts?.[c.row - origin.row]?.[c.col - origin.col] || "" })).filter((c) => c.name)
    : [];
  const snapshot = fonts ? { ...result.snapshot, fonts: before } : result.snapshot;
  const batch = await beginWrite(context, wb, snapshot);
  await writeEdits(batch, ws, result.edits);
  if (fonts) await writeFonts(batch, ws, result.fontCells.map((c) => ({ ...c, name: result.font })));
  ws.activate();
  await batch.flush();
  return { report: report(result.values), canUndo: true, ...notice, settings, syncs: syncs + batch.syncs };
}

/** The rectangle holding every edit (sheet coordinates). */
function areaOf(edits: readonly { row: number; col: number }[]): { row: number; col: number; rows: number; cols: number } | null {
  if (!edits.length) return null;
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  for (const e of edits) {
    top = Math.min(top, e.row);
    left = Math.min(left, e.col);
    bottom = Math.max(bottom, e.row);
    right = Math.max(right, e.col);
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Put back what the last command changed: criteria cells, replaced sheets; remove sheets it created. */
export async function undoCommand(context: Excel.RequestContext, lang: "vi" | "en" = "vi"): Promise<Outcome> {
  const wb = await readWorkbook(context);
  const undo = wb.own.undo;
  const snapshot = undo?.exists ? decodeSnapshot(undo.values) : null;
  if (!undo || !snapshot) return { report: null, canUndo: false, ...said(lang, (t) => t.nothingToUndo()), syncs: wb.syncs };

  // the criteria sheet may have been renamed or deleted since: one more round trip to know, whatever its size
  const target = context.workbook.worksheets.getItemOrNullObject(snapshot.sheet);
  target.load("name");
  // a re-generated plan whose row move was kept goes back in place: its look and rules read with that round trip
  const plan = snapshot.sheets.find((s) => s.kind === "plan" && s.existed && s.move && isOurs(wb, s.name));
  const unwind = plan?.move ? queueUnwind(context, plan.name, plan.move) : null;
  await context.sync();
  const gone = target.isNullObject;
  const inPlace = unwind ? await unwind() : null;

  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  if (!gone) await writeEdits(batch, context.workbook.worksheets.getItem(snapshot.sheet), undoEdits(snapshot.cells));
  // fonts Chuyển sang Unicode replaced (.VnTime draws the legacy text put back)
  if (!gone && snapshot.fonts?.length) await writeFonts(batch, context.workbook.worksheets.getItem(snapshot.sheet), snapshot.fonts);
  for (const s of snapshot.sheets) {
    // only a sheet carrying our mark is deleted or replaced: a user's sheet of that name since stays
    const now = isOurs(wb, s.name);
    if (!s.existed) {
      if (now) context.workbook.worksheets.getItem(s.name).delete();
      continue;
    }
    const kind = OWN_KINDS.find((k) => k === s.kind);
    if (!now && wb.sheets.some((x) => x.name === s.name)) continue;
    // the merges the write made go before the cells are put back; the ones the sheet had come back after
    if (s.merges && now) context.workbook.worksheets.getItem(s.name).getRange().unmerge();
    if (inPlace && s === plan) await inPlace.write(batch, s.cells ?? []);
    else {
      const ws = emptiedSheet(context, s.name, now, chartsOn(wb, s.name));
      if (kind) markSheet(context, kind, s.name, wb.marks[kind] === true);
      await writeGrid(batch, ws, 0, 0, snapshotGrid(s.cells ?? []), "formulas");
      const dates = snapshotDates(s.cells ?? []);
      await writeDateFormats(batch, ws, 0, 0, dates.grid, dates.formats);
    }
    // asked for after the sheet is emptied or made again: a proxy from before would name the deleted one
    const restored = s.merges?.length ? context.workbook.worksheets.getItem(s.name) : null;
    for (const m of s.merges ?? []) restored?.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  }
  context.workbook.worksheets.getItem(undo.name).delete();
  if (!gone) context.workbook.worksheets.getItem(snapshot.sheet).activate();
  await batch.flush();
  const told = said(lang, (t) => (gone ? `${t.undone(snapshot.sheet)} ${t.noSheet(snapshot.sheet)}` : t.undone(snapshot.sheet)));
  return { report: null, canUndo: false, ...told, syncs: wb.syncs + 1 + (inPlace?.syncs ?? 0) + batch.syncs };
}

/** Remember column overrides and language in the workbook, so the ribbon button uses them too. */
export function saveSettings(context: Excel.RequestContext, settings: SettingsInput): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** What the pane shows when it opens: whether there is something to undo, and what a ribbon command left for it. */
export async function statusCommand(context: Excel.RequestContext): Promise<Outcome> {
  const wb = await readWorkbook(context, ["undo"]);
  return { report: null, canUndo: hasUndo(wb), notice: wb.notice, syncs: wb.syncs };
}

/** A ribbon command's outcome for a pane running in another runtime (Excel without the shared runtime). */
export async function rememberNotice(context: Excel.RequestContext, notice: string): Promise<void> {
  context.workbook.settings.add(NOTICE_KEY, notice);
  await context.sync();
}
