// The three commands as the sidebar and the menu run them: read once, call the core, write in batches.
// No scoring here: every figure, finding and table comes from shared/.
import {
  resolveSettings,
  runPlan,
  runScore,
  TERMS,
  undoEdits,
  restoredValue,
  type Lang,
  type Correction,
  type Report,
  type SettingsInput,
  type SnapshotCell,
  isOwnSheet,
  said,
} from "../shared/index.js";
import { boundingBox, editBlock, formatBlock, rectangle } from "./cells.js";
import { writeComparison } from "./comparison-sheet.js";
import { writeFindings } from "./findings-sheet.js";
import { withDocumentLock } from "./lock.js";
import { markBlock, markChanges, type MarkCell } from "./marks.js";
import { writePlan } from "./plan-sheet.js";
import { readCriteria, readExisting, type CriteriaRead } from "./read.js";
import { freshSheet } from "./result-sheet.js";
import { loadStored, saveStored, type Stored } from "./settings-store.js";
import { writeSummary } from "./summary-sheet.js";
import { dropUndo, hasUndo, loadUndo, saveUndo } from "./undo-store.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the sidebar shows after a command (the shape of ui/panel.ts PanelState). */
export interface ServerState {
  report: Report | null;
  canUndo: boolean;
  notice?: string;
  /** the notice in every language (the sidebar re-says it when staff switch language) */
  notices?: Record<Lang, string>;
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

/**
 * The active sheet, unless it is one we write; then the criteria sheet of the last command, or none
 * (never our own plan or findings scored as if they were criteria).
 */
function criteriaSheet(ss: Spreadsheet, stored: Stored): Sheet | null {
  const active = ss.getActiveSheet();
  if (!isOwnSheet(active.getName())) return active;
  return (stored.sheet && ss.getSheetByName(stored.sheet)) || null;
}

/** What the sidebar says when the user stands on one of our sheets and no criteria sheet is remembered. */
function onOwnSheet(ss: Spreadsheet, lang: Lang): ServerState {
  return { report: null, canUndo: hasUndo(ss), ...said(lang, (t) => t.ownSheet(ss.getActiveSheet().getName())) };
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
function onCriteriaSheet(run: (c: { ss: Spreadsheet; stored: Stored; lang: Lang; sheet: Sheet }) => ServerState): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const lang = langOf(stored);
  return withDocumentLock(lang, () => {
    const sheet = criteriaSheet(ss, stored);
    return sheet ? run({ ss, stored, lang, sheet }) : onOwnSheet(ss, lang);
  });
}

const noHeader = (ss: Spreadsheet, report: Report, name: string, lang: Lang): ServerState => ({
  report,
  canUndo: hasUndo(ss),
  ...said(lang, (t) => t.noHeader(name)),
});

/** Tính điểm; `extra` adds settings for this run only (the sidebar's "convert to numbers"). */
export function score(extra: Partial<SettingsInput> = {}): ServerState {
  return onCriteriaSheet(({ ss, stored, lang, sheet }) => {
    const read = readCriteria(sheet);
    const name = sheet.getName();
    const existing = readExisting(ss, ["findings", "summary", "comparison"]);
    const settings = { ...stored.settings, ...extra };
    const result = runScore({ name, values: read.values, formulas: read.formulas }, settings, existing);
    if (!result.report.headerRow) return noHeader(ss, result.report, name, lang);

    const marks = markChanges(read.backgrounds, read.notes, result.highlights);
    saveUndo(ss, { snapshot: result.snapshot, marks: marks.before });
    writeEdits(read, result.edits);
    writeMarks(read, marks.after);
    writeFindings(ss, result.sheetNames.findings, result.findings, sheet, TERMS.error[lang]);
    writeSummary(ss, result.sheetNames.summary, result.summary);
    if (result.comparison) writeComparison(ss, result.sheetNames.comparison, result.comparison, sheet);
    saveStored(ss, { ...stored, sheet: name });
    sheet.activate();
    return { report: result.report, corrections: result.corrections, canUndo: true, notice: result.notice, notices: result.notices, settings: stored.settings };
  });
}

export function plan(): ServerState {
  return onCriteriaSheet(({ ss, stored, lang, sheet }) => {
    const range = sheet.getDataRange();
    const name = sheet.getName();
    const existing = readExisting(ss, ["plan"]);
    const result = runPlan({ name, values: range.getValues(), formulas: range.getFormulas() }, stored.settings, existing);
    if (!result.report.headerRow) return noHeader(ss, result.report, name, lang);

    saveUndo(ss, { snapshot: result.snapshot, marks: [] });
    const planSheet = writePlan(ss, result.sheetName, result.table);
    saveStored(ss, { ...stored, sheet: name });
    planSheet.activate();
    const next = { sheet: planSheet.getName(), kind: "plan" as const };
    return { report: result.report, canUndo: true, ...said(lang, (t) => t.planned(result.table.stats)), next, settings: stored.settings };
  });
}

/** A result sheet back as the snapshot saw it (values, dates as dates, formulas; its formats were not kept). */
function restoreSheet(ss: Spreadsheet, name: string, cells: readonly SnapshotCell[]): void {
  const sheet = freshSheet(ss, name);
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
    const saved = loadUndo(ss);
    if (!saved) return { report: null, canUndo: false, ...said(lang, (t) => t.nothingToUndo()) };
    const { snapshot } = saved;
    const sheet = ss.getSheetByName(snapshot.sheet);
    if (sheet && (snapshot.cells.length || saved.marks.length)) {
      const read = readCriteria(sheet);
      writeEdits(read, undoEdits(snapshot.cells));
      writeMarks(read, saved.marks);
    }
    for (const s of snapshot.sheets) {
      if (s.existed) restoreSheet(ss, s.name, s.cells ?? []);
      else {
        const created = ss.getSheetByName(s.name);
        if (created) ss.deleteSheet(created);
      }
    }
    dropUndo(ss);
    sheet?.activate();
    return { report: null, canUndo: false, ...said(lang, (t) => (sheet ? t.undone(snapshot.sheet) : `${t.undone(snapshot.sheet)} ${t.noSheet(snapshot.sheet)}`)) };
  });
}

/** What the sidebar shows on opening: the active criteria sheet analysed, nothing written. */
export function preview(): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const sheet = criteriaSheet(ss, stored);
  if (!sheet) return { report: null, canUndo: hasUndo(ss), settings: stored.settings };
  const range = sheet.getDataRange();
  const result = runScore({ name: sheet.getName(), values: range.getValues(), formulas: range.getFormulas() }, stored.settings);
  return { report: result.report.headerRow ? result.report : null, canUndo: hasUndo(ss), settings: stored.settings };
}

/** Jump to a cell of the sheet the findings are about, whichever sheet is active now. */
export function select(cell: string, sheetName?: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const sheet = (sheetName && ss.getSheetByName(sheetName)) || criteriaSheet(ss, stored);
  if (!sheet) return;
  sheet.activate();
  sheet.getRange(cell).activate();
}

export function setSettings(change: Partial<SettingsInput>): ServerState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const stored = loadStored(ss);
  const settings = { ...stored.settings, ...change };
  const checked = resolveSettings(settings);
  if (!checked.ok) throw new Error(checked.problems.join("; "));
  saveStored(ss, { ...stored, settings });
  return preview();
}
