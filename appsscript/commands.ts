// The three commands as the sidebar and the menu run them: read once, call the core, write in batches.
// No scoring here: every figure, finding and table comes from shared/.
import {
  resolveSettings,
  withChange,
  runPlan,
  runProgress,
  runScore,
  runToUnicode,
  analyzeSheet,
  TERMS,
  undoEdits,
  restoredValue,
  type Lang,
  type OwnKind,
  type Correction,
  type Report,
  type PaneReport,
  type SettingsInput,
  type SnapshotCell,
  type StoredMove,
  findSheetName,
  isOwnSheet,
  noUnitsNotice,
  runUnits,
  type SheetInput,
  OWN_KINDS,
  said,
  withTaken,
  withSheetUsed,
  chooseCriteriaSheet,
} from "../shared/index.js";
import { boundingBox, editBlock, formatBlock, rectangle } from "./cells.js";
import { writeAppraisal } from "./appraisal-sheet.js";
import { writeFindings } from "./findings-sheet.js";
import { writeFonts } from "./fonts.js";
import { withDocumentLock } from "./lock.js";
import { markBlock, markChanges, type MarkCell } from "./marks.js";
import { unwindPlan, writePlan } from "./plan-sheet.js";
import { writeProgress } from "./progress-sheet.js";
import { ownSheet, readWorkbook, targetsOf, type Workbook } from "./own-sheets.js";
import { readCriteria, readExisting, type CriteriaRead } from "./read.js";
import { loadStored, saveStored, type Stored } from "./settings-store.js";
import { writeSummary } from "./summary-sheet.js";
import { dropUndo, hasUndo, loadUndo, saveUndo } from "./undo-store.js";
import { writeUnitsSheets } from "./units-sheets.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar shows after a command (the shape of ui/panel.ts PanelState). */
export interface ServerState {
  /** the sidebar receives it without the criteria list (sidebar-server.ts) */
  report: PaneReport | null;
  canUndo: boolean;
  notice?: string;
  /** the notice in every language (the sidebar re-says it when staff switch language) */
  notices?: Record<Lang, string>;
  /** after Tổng hợp đơn vị: the units in rank order */
  units?: { rank: number | null; unit: string; index: number | null; grade: string }[];
  corrections?: Correction[];
  /** after Lập kế hoạch: the sheet to open next */
  next?: { sheet: string; kind: "plan" };
  /** the document's stored settings (the sidebar's settings form starts from them) */
  settings?: SettingsInput;
}


function langOf(stored: Stored): Lang {
  const s = resolveSettings(stored.settings);
  return s.ok ? s.settings.lang : "vi";
}

/** A user's sheet named `name` (whatever its case, Unicode normalisation or outer spaces), never one of ours. */
function userSheet(wb: Workbook, name: string | undefined): Sheet | null {
  if (!name) return null;
  const found = findSheetName(
    wb.entries.filter((e) => !isOwnSheet(e)).map((e) => e.name),
    name,
  );
  return found === null ? null : (wb.sheets.get(found) ?? null);
}

/**
 * The active sheet, unless it is one we write (by its mark, not its name); then the criteria sheet of the
 * last command, or none (never our own plan or findings scored as if they were criteria).
 */
function criteriaSheet(wb: Workbook, stored: Stored): Sheet | null {
  const active = wb.ss.getActiveSheet();
  const name = active.getName();
  if (!wb.entries.some((e) => e.name === name && isOwnSheet(e))) return active;
  return userSheet(wb, stored.sheet);
}

/**
 * The open sheet has no criteria table (a cover page, instructions without a table): the user's sheet with the most
 * criteria rows, as `cchc` picks one. Two calls per other sheet, never per row; null when none has a table.
 */
function otherCriteriaSheet(wb: Workbook, open: string, settings: SettingsInput): Sheet | null {
  const others = wb.entries.filter((e) => !isOwnSheet(e) && e.name !== open).map((e) => e.name);
  const candidates = others.map((n) => ({ name: n, values: (wb.sheets.get(n) as Sheet).getDataRange().getValues() }));
  const choice = chooseCriteriaSheet(candidates, settings);
  return choice ? (wb.sheets.get(others[choice.index] as string) ?? null) : null;
}

/** What the sidebar says when the user stands on one of our sheets and no criteria sheet is remembered. */
function onOwnSheet(wb: Workbook, lang: Lang): ServerState {
  return { report: null, canUndo: hasUndo(wb), ...said(lang, (t) => t.ownSheet(wb.ss.getActiveSheet().getName())) };
}

function writeEdits(read: CriteriaRead, edits: Parameters<typeof editBlock>[2]): void {
  const block = editBlock(read.values, read.formulas, edits);
  if (!block) return;
  const range = read.sheet.getRange(block.row + 1, block.col + 1, block.values.length, (block.values[0] as unknown[]).length);
  range.setValues(block.values);
  // dates: a figure's format where a sum replaced one, the date's own on Hoàn tác; one call for the block
  const formats = formatBlock(read.numberFormats, edits, block);
  if (formats) range.setNumberFormats(formats);
}

function writeMarks(read: CriteriaRead, cells: readonly MarkCell[]): void {
  const block = markBlock(read.backgrounds, read.notes, cells);
  if (!block) return;
  const range = read.sheet.getRange(block.row + 1, block.col + 1, block.backgrounds.length, (block.backgrounds[0] as string[]).length);
  range.setBackgrounds(block.backgrounds);
  range.setNotes(block.notes);
}

/** What every writing command starts with: the document lock, the language, the criteria sheet (never ours). */
function onCriteriaSheet(run: (c: { ss: Spreadsheet; wb: Workbook; stored: Stored; lang: Lang; sheet: Sheet }) => ServerState): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const lang = langOf(stored);
  return withDocumentLock(lang, () => {
    const wb = readWorkbook(ss);
    const sheet = criteriaSheet(wb, stored);
    return sheet ? run({ ss, wb, stored, lang, sheet }) : onOwnSheet(wb, lang);
  });
}

const noHeader = (wb: Workbook, report: Report, name: string, lang: Lang): ServerState => ({
  report,
  canUndo: hasUndo(wb),
  ...said(lang, (t) => t.noHeader(name)),
});

/** Tính điểm; `extra` adds settings for this run only (the sidebar's "convert to numbers"). */
export function score(extra: Partial<SettingsInput> = {}): ServerState {
  return onCriteriaSheet(({ ss, wb, stored, lang, sheet: openSheet }) => {
    // ours where their marks are; a user's "Tổng hợp" keeps its name and content, ours takes the next free one
    const targets = targetsOf(wb, ["findings", "summary", "appraisal"] as const);
    const existing = readExisting(wb, targets);
    const names = { findings: targets.findings.name, summary: targets.summary.name, appraisal: targets.appraisal.name };
    const settings = { ...stored.settings, ...extra };
    const scoreOn = (sheet: Sheet) => {
      const read = readCriteria(sheet);
      const name = sheet.getName();
      return { sheet, name, read, result: runScore({ name, values: read.values, formulas: read.formulas, merged: read.merged }, settings, existing, undefined, names) };
    };
    const first = scoreOn(openSheet);
    const other = first.result.report.headerRow ? null : otherCriteriaSheet(wb, first.name, settings);
    const { sheet, name, read, result } = other ? scoreOn(other) : first;
    if (!result.report.headerRow) return noHeader(wb, result.report, name, lang);

    const marks = markChanges(read.backgrounds, read.notes, result.highlights);
    saveUndo(wb, { snapshot: result.snapshot, marks: marks.before });
    writeEdits(read, result.edits);
    writeMarks(read, marks.after);
    writeFindings(ownSheet(wb, "findings", targets.findings), result.findings, sheet, TERMS.error[lang]);
    writeSummary(ownSheet(wb, "summary", targets.summary), result.summary);
    if (result.appraisal) writeAppraisal(ownSheet(wb, "appraisal", targets.appraisal), result.appraisal, sheet);
    saveStored(ss, { ...stored, sheet: name });
    sheet.activate();
    const told = withSheetUsed(lang, withTaken(lang, result, result.appraisal ? [targets.findings, targets.summary, targets.appraisal] : [targets.findings, targets.summary]), other ? first.name : null, name);
    return { report: result.report, corrections: result.corrections, canUndo: true, ...told, settings: stored.settings };
  });
}

export function plan(): ServerState {
  return onCriteriaSheet(({ ss, wb, stored, lang, sheet: openSheet }) => {
    const targets = targetsOf(wb, ["plan"] as const);
    const existing = readExisting(wb, targets);
    const planOn = (sheet: Sheet) => {
      const range = sheet.getDataRange();
      const name = sheet.getName();
      return { name, result: runPlan({ name, values: range.getValues(), formulas: range.getFormulas() }, stored.settings, existing, undefined, { plan: targets.plan.name }) };
    };
    const first = planOn(openSheet);
    const other = first.result.report.headerRow ? null : otherCriteriaSheet(wb, first.name, stored.settings);
    const { name, result } = other ? planOn(other) : first;
    if (!result.report.headerRow) return noHeader(wb, result.report, name, lang);
    if (result.notScored) return { report: result.report, canUndo: hasUndo(wb), ...said(lang, (t) => t.notScored(name)) };

    saveUndo(wb, { snapshot: result.snapshot, marks: [] });
    // kept in place: the sheet is reshaped, not emptied, so staff's formats stay on their rows
    const planSheet = writePlan(ownSheet(wb, "plan", targets.plan, true), result.table, result.analysis.settings.lang, targets.plan.exists ? (existing.plan?.values.length ?? 0) : 0);
    saveStored(ss, { ...stored, sheet: name });
    planSheet.activate();
    const next = { sheet: planSheet.getName(), kind: "plan" as const };
    const told = withSheetUsed(lang, withTaken(lang, said(lang, (t) => t.planned(result.table.stats)), [targets.plan]), other ? first.name : null, name);
    return { report: result.report, canUndo: true, ...told, next, settings: stored.settings };
  });
}

/** Báo cáo tiến độ: our plan sheet read back as of today; overdue rows need no write (the plan's rule follows TODAY()). */
export function progress(): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const lang = langOf(stored);
  return withDocumentLock(lang, () => {
    const wb = readWorkbook(ss);
    const targets = targetsOf(wb, ["plan", "progress"] as const);
    const existing = readExisting(wb, targets);
    const result = existing.plan
      ? runProgress({ name: targets.plan.name, values: existing.plan.values }, lang, undefined, existing, undefined, { progress: targets.progress.name })
      : null;
    if (!result) return { report: null, canUndo: hasUndo(wb), ...said(lang, (t) => t.noPlan(targets.plan.name)) };
    saveUndo(wb, { snapshot: result.snapshot, marks: [] });
    const sheet = writeProgress(ownSheet(wb, "progress", targets.progress), result.table);
    sheet.activate();
    const told = withTaken(lang, said(lang, (t) => t.progressed(result.report.json)), [targets.progress]);
    return { report: null, canUndo: true, ...told, settings: stored.settings };
  });
}

/**
 * Chuyển sang Unicode: the criteria sheet's TCVN3 / VNI text rewritten in Unicode, in Times New Roman. The fonts
 * are read with the text (a .VnTimeH cell comes out in capitals) and kept in the snapshot for Hoàn tác.
 */
export function toUnicode(): ServerState {
  return onCriteriaSheet(({ ss, wb, stored, lang, sheet }) => {
    const read = readCriteria(sheet);
    const name = sheet.getName();
    const fonts = sheet.getDataRange().getFontFamilies();
    const result = runToUnicode({ name, values: read.values, formulas: read.formulas, fonts });
    const notice = said(lang, (t) => t.toUnicode(name, result.counts));
    const report = analyzeSheet(result.values, { settings: stored.settings, sheet: name, formulas: read.formulas }).report;
    if (!result.edits.length) return { report: report.headerRow ? report : null, canUndo: hasUndo(wb), ...notice, settings: stored.settings };

    const before = result.fontCells.map((c) => ({ row: c.row, col: c.col, name: fonts[c.row]?.[c.col] ?? "" }));
    saveUndo(wb, { snapshot: { ...result.snapshot, fonts: before }, marks: [] });
    writeEdits(read, result.edits);
    writeFonts(sheet, result.fontCells.map((c) => ({ ...c, name: result.font })));
    saveStored(ss, { ...stored, sheet: name });
    sheet.activate();
    return { report: report.headerRow ? report : null, canUndo: true, ...notice, settings: stored.settings };
  });
}

/**
 * Tổng hợp đơn vị: every criteria sheet of the spreadsheet is a unit (ours never are). Reads are one data range
 * per sheet; writes a fixed number of calls plus one link per unit: nothing grows with rows.
 */
export function units(): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const lang = langOf(stored);
  return withDocumentLock(lang, () => {
    const wb = readWorkbook(ss);
    // ours where their marks are; a user's sheet named "Tổng hợp đơn vị" keeps it, ours takes the next free name
    const targets = targetsOf(wb, ["units", "comparison"] as const);
    const inputs: (SheetInput & { own: OwnKind | null })[] = [];
    const existing: Parameters<typeof runUnits>[2] = {};
    for (const entry of wb.entries) {
      const sheet = wb.sheets.get(entry.name);
      if (!sheet) continue;
      const range = sheet.getDataRange();
      const values = range.getValues();
      const formulas = range.getFormulas();
      if (entry.own === "units" || entry.own === "comparison") existing[entry.own] = { values, formulas };
      inputs.push({ name: entry.name, own: entry.own, values, formulas });
    }
    const result = runUnits(inputs, stored.settings, existing, { names: { units: targets.units.name, comparison: targets.comparison.name } });
    if (!result) return { report: null, canUndo: hasUndo(wb), ...noUnitsNotice(lang) };
    saveUndo(wb, { snapshot: result.snapshot, marks: [] });
    const sheet = writeUnitsSheets(wb, result, targets);
    sheet.activate();
    return {
      report: null,
      canUndo: true,
      ...withTaken(lang, result, [targets.units, targets.comparison]),
      units: result.consolidation.units.map((u) => ({ rank: u.rank, unit: u.unit, index: u.index, grade: u.grade })),
    };
  });
}

/**
 * Our result sheet back as the snapshot saw it (values, dates as dates, formulas; its formats were not kept). A
 * re-generated plan whose move was kept is put back in place instead: its rows, with their looks, and the
 * conditional formats and validations on them return to where they were.
 */
function restoreSheet(wb: Workbook, kind: OwnKind, name: string, cells: readonly SnapshotCell[], move?: StoredMove): void {
  const entry = wb.entries.find((e) => e.name === name);
  // a user's sheet that took the name since stays as it is
  if (entry && entry.own !== kind) return;
  const inPlace = kind === "plan" && !!entry && !!move;
  const sheet = ownSheet(wb, kind, { kind, name, exists: !!entry, displaced: false }, inPlace);
  const rules = inPlace && move ? unwindPlan(sheet, move) : null;
  writeCells(sheet, cells);
  rules?.();
}

function writeCells(sheet: Sheet, cells: readonly SnapshotCell[]): void {
  const box = boundingBox(cells);
  if (!box) return;
  const height = box.bottom + 1;
  const width = box.right + 1;
  const grid: unknown[][] = Array.from({ length: height }, () => Array<unknown>(width).fill(null));
  for (const c of cells) (grid[c.row] as unknown[])[c.col] = restoredValue(c);
  const rows = rectangle(grid, width);
  for (const c of cells) if (c.formula) (rows[c.row] as unknown[])[c.col] = c.formula;
  sheet.getRange(1, 1, height, width).setValues(rows);
}

export function undo(): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const lang = langOf(stored);
  return withDocumentLock(lang, () => {
    const wb = readWorkbook(ss);
    const saved = loadUndo(wb);
    if (!saved) return { report: null, canUndo: false, ...said(lang, (t) => t.nothingToUndo()) };
    const { snapshot } = saved;
    const sheet = wb.sheets.get(snapshot.sheet) ?? null;
    if (sheet && (snapshot.cells.length || saved.marks.length)) {
      const read = readCriteria(sheet);
      writeEdits(read, undoEdits(snapshot.cells));
      writeMarks(read, saved.marks);
    }
    // the .VnTime / VNI fonts Chuyển sang Unicode replaced: they draw the legacy text put back
    if (sheet && snapshot.fonts?.length) writeFonts(sheet, snapshot.fonts);
    for (const s of snapshot.sheets) {
      const kind = OWN_KINDS.find((k) => k === s.kind) ?? null;
      if (s.existed) {
        if (kind) restoreSheet(wb, kind, s.name, s.cells ?? [], s.move);
        continue;
      }
      // only the sheet we created, by its mark: never a user's sheet of that name
      const created = wb.entries.some((e) => e.name === s.name && isOwnSheet(e)) ? wb.sheets.get(s.name) : undefined;
      if (created) ss.deleteSheet(created);
    }
    dropUndo(wb);
    sheet?.activate();
    return { report: null, canUndo: false, ...said(lang, (t) => (sheet ? t.undone(snapshot.sheet) : `${t.undone(snapshot.sheet)} ${t.noSheet(snapshot.sheet)}`)) };
  });
}

/** What the sidebar shows on opening: the active criteria sheet analysed, nothing written. */
export function preview(): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const wb = readWorkbook(ss);
  const open = criteriaSheet(wb, stored);
  if (!open) return { report: null, canUndo: hasUndo(wb), settings: stored.settings };
  const openName = open.getName();
  const analyse = (sheet: Sheet, name: string) => {
    const range = sheet.getDataRange();
    return runScore({ name, values: range.getValues(), formulas: range.getFormulas() }, stored.settings).report;
  };
  let report = analyse(open, openName);
  // the open sheet without a table: the sheet Tính điểm would use
  const other = report.headerRow ? null : otherCriteriaSheet(wb, openName, stored.settings);
  if (other) report = analyse(other, other.getName());
  return { report: report.headerRow ? report : null, canUndo: hasUndo(wb), settings: stored.settings };
}

/** Jump to a cell of the sheet the findings are about, whichever sheet is active now. */
export function select(cell: string, sheetName?: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const wb = readWorkbook(ss);
  const sheet = userSheet(wb, sheetName) ?? criteriaSheet(wb, stored);
  if (!sheet) return;
  sheet.activate();
  sheet.getRange(cell).activate();
}

export function setSettings(change: Partial<SettingsInput>): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const settings = withChange(stored.settings, change);
  const checked = resolveSettings(settings);
  if (!checked.ok) throw new Error(checked.problems.join("; "));
  saveStored(ss, { ...stored, settings });
  return preview();
}
