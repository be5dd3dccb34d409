// The three commands of the ribbon and the pane, each: read once, call the core, write once.
import {
  OWN_KINDS,
  decodeSnapshot,
  findSheetName,
  isOwnSheet,
  notices,
  ownTargets,
  withTaken,
  resolveSettings,
  runPlan,
  runScore,
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
import { freshSheet, markSheet, snapshotDates, snapshotGrid, writeComparison, writeFindings, writePlan, writeSummary, writeUndo } from "./sheets.js";
import { Batch, writeDateFormats, writeEdits, writeGrid } from "./write.js";

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
export function effectiveSettings(wb: WorkbookState, extra: SettingsInput = {}): SettingsInput {
  let stored: unknown = {};
  try {
    stored = wb.settings ? JSON.parse(wb.settings) : {};
  } catch {
    stored = {};
  }
  const checked = resolveSettings(stored);
  // only what was stored, not the defaults
  const base: SettingsInput = checked.ok && stored && typeof stored === "object" ? (stored as SettingsInput) : {};
  // a column choice from the pane is the whole choice (a role left out is found again from the header)
  return { ...base, ...extra, columns: { ...(extra.columns ?? base.columns ?? {}) } };
}

/** Whether the workbook's sheet `name` is one of ours (by its mark). */
const isOurs = (wb: WorkbookState, name: string) => wb.sheets.some((s) => s.name === name && isOwnSheet(s));

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

/** A fresh sheet of ours where `ownTargets` says, carrying its mark. */
function ownSheet(context: Excel.RequestContext, wb: WorkbookState, kind: OwnKind, target: { name: string; exists: boolean }): Excel.Worksheet {
  const ws = freshSheet(context, target.name, target.exists);
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
  const { wb, settings, lang } = await prepare(context, extra);
  // our sheets where their marks are; a user's "Tổng hợp" keeps its name and content, ours takes the next free one
  const targets = ownTargets(wb.sheets, ["findings", "summary", "comparison"] as const);
  const names = { findings: targets.findings.name, summary: targets.summary.name, comparison: targets.comparison.name };
  const result = runScore(wb.active, settings, existingSheets(wb), at, names);
  if (!result.report.headerRow) return { report: result.report, canUndo: hasUndo(wb), ...said(lang, (t) => t.noHeader(wb.active.name)), settings, syncs: wb.syncs };

  const batch = await beginWrite(context, wb, result.snapshot, store ? settings : undefined);
  await writeEdits(batch, context.workbook.worksheets.getItem(wb.active.name), result.edits);
  await writeFindings(batch, ownSheet(context, wb, "findings", targets.findings), result.findings, wb.active.name);
  await writeSummary(batch, ownSheet(context, wb, "summary", targets.summary), result.summary);
  if (result.comparison) await writeComparison(batch, ownSheet(context, wb, "comparison", targets.comparison), result.comparison, wb.active.name);
  context.workbook.worksheets.getItem(wb.active.name).activate();
  await batch.flush();
  const told = withTaken(lang, result, result.comparison ? [targets.findings, targets.summary, targets.comparison] : [targets.findings, targets.summary]);
  return { report: result.report, corrections: result.corrections, canUndo: true, ...told, settings, syncs: wb.syncs + batch.syncs };
}

export async function planCommand(context: Excel.RequestContext, extra: SettingsInput = {}, at?: string): Promise<Outcome> {
  const { wb, settings, lang } = await prepare(context, extra);
  const target = ownTargets(wb.sheets, ["plan"] as const).plan;
  const result = runPlan(wb.active, settings, existingSheets(wb), at, { plan: target.name });
  if (!result.report.headerRow) return { report: result.report, canUndo: hasUndo(wb), ...said(lang, (t) => t.noHeader(wb.active.name)), settings, syncs: wb.syncs };

  const batch = await beginWrite(context, wb, result.snapshot);
  const ws = ownSheet(context, wb, "plan", target);
  await writePlan(batch, ws, result.table);
  ws.activate();
  await batch.flush();
  const next = { sheet: result.sheetName, kind: "plan" as const };
  const told = withTaken(lang, said(lang, (t) => t.planned(result.table.stats)), [target]);
  return { report: result.report, canUndo: true, ...told, next, settings, syncs: wb.syncs + batch.syncs };
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
  await context.sync();
  const gone = target.isNullObject;

  const batch = new Batch(context);
  context.application.suspendApiCalculationUntilNextSync();
  if (!gone) await writeEdits(batch, context.workbook.worksheets.getItem(snapshot.sheet), undoEdits(snapshot.cells));
  for (const s of snapshot.sheets) {
    // only a sheet carrying our mark is deleted or replaced: a user's sheet of that name since stays
    const now = isOurs(wb, s.name);
    if (!s.existed) {
      if (now) context.workbook.worksheets.getItem(s.name).delete();
      continue;
    }
    const kind = OWN_KINDS.find((k) => k === s.kind);
    if (!now && wb.sheets.some((x) => x.name === s.name)) continue;
    const ws = freshSheet(context, s.name, now);
    if (kind) markSheet(context, kind, s.name, wb.marks[kind] === true);
    await writeGrid(batch, ws, 0, 0, snapshotGrid(s.cells ?? []), "formulas");
    const dates = snapshotDates(s.cells ?? []);
    await writeDateFormats(batch, ws, 0, 0, dates.grid, dates.formats);
  }
  context.workbook.worksheets.getItem(undo.name).delete();
  if (!gone) context.workbook.worksheets.getItem(snapshot.sheet).activate();
  await batch.flush();
  const told = said(lang, (t) => (gone ? `${t.undone(snapshot.sheet)} ${t.noSheet(snapshot.sheet)}` : t.undone(snapshot.sheet)));
  return { report: null, canUndo: false, ...told, syncs: wb.syncs + 1 + batch.syncs };
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
