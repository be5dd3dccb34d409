// The two user commands, "Tính điểm" and "Lập kế hoạch", as pure functions: each host reads its ranges,
// calls one of these, and writes what comes back. Nothing here knows which host it serves.
import { analyzeSheet, type Analysis } from "./analyze.js";
import { findingsTable, summaryTable, type FindingsTable, type SummaryTable } from "./tables.js";
import { appraisalTable, type AppraisalTable } from "./appraisal-sheet.js";
import { planTable, type PlanTable } from "./plan.js";
import { planMove } from "./plan-rules.js";
import type { CellBlock } from "./address.js";
import { parseIsoDay, today, type Day } from "./deadline.js";
import { progressReport, type ProgressReport } from "./progress.js";
import { progressTable, type ProgressTable } from "./progress-sheet.js";
import { FIGURE_FORMAT, holdsDate, sheetCells, takeSnapshot, UNDO_SHEET, type SheetSnapshot, type Snapshot } from "./snapshot.js";
import type { SettingsInput } from "./settings.js";
import { TERMS } from "./glossary.js";
import { scoreEdits } from "./writeback.js";
import { correctionsOf, gridsAfter, type Correction } from "./corrections.js";
import { said, scoredNotice } from "./notices.js";
import { textFigureEdits } from "./text-figures.js";
import type { CellEdit, Grid, Lang, Report, Severity } from "./types.js";
import { OWN_SHEET_NAME } from "./own-sheets.js";
import { distrust } from "./trust.js";

export interface SheetInput {
  name: string;
  values: Grid;
  formulas?: Grid;
  /** number formats matching `values`, where the host reads them (dates: Office.js gives serials, undo restores formats) */
  numberFormats?: Grid;
  /** 0-based sheet position of values[0][0] */
  origin?: { row: number; col: number };
  /** 0-based sheet rows hidden in the host (reported at each hidden criterion, still counted) */
  hiddenRows?: readonly number[];
  /** merged areas (0-based sheet positions): only their top-left cell can hold a figure, nothing is written in the rest */
  merged?: readonly CellBlock[];
}

/** Where this run writes our sheets (ownTargets in own-sheets.ts); absent: the usual names. */
export type OwnSheetNames = Partial<Record<"findings" | "summary" | "plan" | "progress" | "appraisal", string>>;

/** Sheets the command replaces, as they are now (absent: the sheet does not exist yet). */
export type ExistingSheets = Partial<Record<"findings" | "summary" | "plan" | "progress" | "appraisal", { values: Grid; formulas?: Grid }>>;

export interface Highlight {
  row: number;
  col: number;
  cell: string;
  severity: Severity;
  message: string;
}

export interface ScoreResult {
  /** the analysis the sums were computed from (text figures already made numbers) */
  analysis: Analysis;
  /** the sheet as it will be after the write: the findings staff still have to fix */
  report: Report;
  /** cells to write on the criteria sheet */
  edits: CellEdit[];
  /** figures the write changed (a wrong parent, total or change replaced), each with the finding it resolved */
  corrections: Correction[];
  /** how many figures typed as text become numbers */
  converted: number;
  /** what to tell staff when the write is done, in the settings' language and in every language */
  notice: string;
  notices: Record<Lang, string>;
  /** cells to mark (fill + note) on the criteria sheet, one per cell, errors before warnings */
  highlights: Highlight[];
  findings: FindingsTable;
  summary: SummaryTable;
  /** self-score vs appraisal, when the sheet has both (null: nothing to compare, no sheet written) */
  appraisal: AppraisalTable | null;
  /** what to store before writing, for Hoàn tác */
  snapshot: Snapshot;
  sheetNames: { findings: string; summary: string; appraisal: string };
}

export const SHEET_NAMES = {
  findings: TERMS.findingsSheet.vi,
  summary: TERMS.summarySheet.vi,
  plan: TERMS.planSheet.vi,
  progress: TERMS.progressSheet.vi,
  appraisal: TERMS.appraisalSheet.vi,
} as const;

/**
 * The names our sheets get when free. Never recognise a sheet by these: a user may have a sheet so named;
 * ours carry a mark (own-sheets.ts: isOwnSheet, ownTargets).
 */
export const OWN_SHEETS: readonly string[] = [SHEET_NAMES.findings, SHEET_NAMES.summary, SHEET_NAMES.plan, SHEET_NAMES.progress, UNDO_SHEET];

/** The two sheets "Tổng hợp đơn vị" writes (consolidation of many units), under their usual names. */
export const UNITS_SHEET_NAMES = { units: OWN_SHEET_NAME.units, comparison: OWN_SHEET_NAME.comparison } as const;

function replaced(name: string, sheet: { values: Grid; formulas?: Grid } | undefined, kind: string): SheetSnapshot {
  return sheet ? { name, kind, existed: true, cells: sheetCells(sheet.values, sheet.formulas) } : { name, kind, existed: false };
}

function analyzeInput(sheet: SheetInput, settingsInput: SettingsInput, sameColumnsAs?: Analysis): Analysis {
  return analyzeSheet(sheet.values, {
    ...(sameColumnsAs ? { sameColumnsAs } : {}),
    settings: settingsInput,
    sheet: sheet.name,
    ...(sheet.formulas ? { formulas: sheet.formulas } : {}),
    ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}),
    ...(sheet.origin ? { origin: sheet.origin } : {}),
    ...(sheet.hiddenRows ? { hiddenRows: sheet.hiddenRows } : {}),
    ...(sheet.merged ? { merged: sheet.merged } : {}),
  });
}

/** The same sheet once `edits` are written. */
function written(sheet: SheetInput, edits: readonly CellEdit[]): SheetInput {
  if (edits.length === 0) return sheet;
  const after = gridsAfter(sheet.values, sheet.formulas, edits, sheet.origin, sheet.numberFormats);
  return {
    ...sheet,
    values: after.values,
    ...(after.formulas ? { formulas: after.formulas } : {}),
    ...(after.numberFormats ? { numberFormats: after.numberFormats } : {}),
  };
}

/**
 * Tính điểm: figures typed as text become numbers (when settings allow), parents, total and change get their sums,
 * and the report describes the sheet as it will be after the write; what the write corrected is listed apart.
 */
export function runScore(sheet: SheetInput, settingsInput: SettingsInput = {}, existing: ExistingSheets = {}, at?: string, names: OwnSheetNames = {}): ScoreResult {
  const sheetNames = {
    findings: names.findings ?? OWN_SHEET_NAME.findings,
    summary: names.summary ?? OWN_SHEET_NAME.summary,
    appraisal: names.appraisal ?? OWN_SHEET_NAME.appraisal,
  };
  const first = analyzeInput(sheet, settingsInput);
  const { lang, writeMode, convertTextFigures } = first.settings;
  const conversions = convertTextFigures ? textFigureEdits(first, sheet.values, sheet.formulas) : [];
  const converted = written(sheet, conversions);
  const analysis = conversions.length > 0 ? analyzeInput(converted, settingsInput, first) : first;
  const sums = scoreEdits(analysis, writeMode, converted.formulas);
  // a sum written where a date stood would show as a day of 1900: it gets a figure's format (Hoàn tác puts the date's back)
  for (const e of sums) if (holdsDate(sheet.values, sheet.numberFormats, e.row, e.col, sheet.origin)) e.numberFormat = FIGURE_FORMAT;
  const summed = new Set(sums.map((e) => e.cell));
  const edits = [...conversions.filter((e) => !summed.has(e.cell)), ...sums];
  const after = sums.length > 0 ? analyzeInput(written(converted, sums), settingsInput, first) : analysis;
  const corrections = correctionsOf(sums, converted.values, analysis.report.diagnostics, sheet.origin, sheet.numberFormats);
  const seen = new Set<string>();
  const highlights: Highlight[] = [];
  const ordered = [...after.report.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  for (const d of ordered) {
    if (!d.cell || d.col < 0 || seen.has(d.cell) || d.severity === "info") continue;
    seen.add(d.cell);
    highlights.push({ row: d.row - 1, col: d.col, cell: d.cell, severity: d.severity, message: d.message });
  }
  const appraisal = appraisalTable(after, lang);
  const sheets = [replaced(sheetNames.findings, existing.findings, "findings"), replaced(sheetNames.summary, existing.summary, "summary")];
  if (appraisal) sheets.push(replaced(sheetNames.appraisal, existing.appraisal, "appraisal"));
  const snapshot = takeSnapshot("score", sheet.name, sheet.values, sheet.formulas, edits, {
    ...(sheet.origin ? { origin: sheet.origin } : {}),
    ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}),
    sheets,
    ...(at ? { at } : {}),
  });
  return {
    analysis,
    report: after.report,
    edits,
    corrections,
    converted: conversions.length,
    ...said(lang, (_, l) => scoredNotice(after.report, edits.length, l, { corrected: corrections.length, converted: conversions.length })),
    highlights,
    findings: findingsTable(after.report, lang, corrections),
    summary: summaryTable(after.report, lang),
    appraisal,
    snapshot,
    sheetNames,
  };
}

export type PlanResult = {
  analysis: Analysis;
  report: Report;
  sheetName: string;
} & (
  | { notScored: false; table: PlanTable; snapshot: Snapshot }
  /** nobody has scored the sheet yet: no point is lost, so there is nothing to plan (and nothing is written) */
  | { notScored: true }
);

export function runPlan(sheet: SheetInput, settingsInput: SettingsInput = {}, existing: ExistingSheets = {}, at?: string, names: OwnSheetNames = {}): PlanResult {
  const analysis = analyzeInput(sheet, settingsInput);
  const sheetName = names.plan ?? OWN_SHEET_NAME.plan;
  // a plan of every criterion "losing" all its points would be a plan of a blank column, not of weak points
  if (distrust(analysis.report) === "notScored") return { analysis, report: analysis.report, sheetName, notScored: true };
  const table = planTable(analysis, analysis.settings.lang, existing.plan);
  const old = replaced(sheetName, existing.plan, "plan");
  // how the rows move, so Hoàn tác can move staff's rules back with their rows
  if (existing.plan) {
    const { sources, oldRows, oldBody, newBody, oldWidth, newWidth } = planMove(table, existing.plan.values.length, existing.plan.values.reduce((w, r) => Math.max(w, r.length), 0));
    // the old width as far as the plan's columns reach: undo narrows only what columns the plan added widened
    old.move = { sources, oldRows, oldBody, newBody, oldWidth: Math.min(oldWidth, newWidth), newWidth };
  }
  const snapshot = takeSnapshot("plan", sheet.name, sheet.values, sheet.formulas, [], {
    sheets: [old],
    ...(at ? { at } : {}),
  });
  return { analysis, report: analysis.report, table, snapshot, sheetName, notScored: false };
}

export interface ProgressResult {
  report: ProgressReport;
  table: ProgressTable;
  asOf: Day;
  snapshot: Snapshot;
  sheetName: string;
}

/**
 * "Báo cáo tiến độ": the plan sheet read back as of a day (ISO "2026-04-15", a Day, or today).
 * null when the sheet holds no plan header; the hosts then say so.
 */
export function runProgress(
  plan: SheetInput,
  lang: "vi" | "en" = "vi",
  asOf?: Day | string,
  existing: ExistingSheets = {},
  at?: string,
  names: OwnSheetNames = {},
): ProgressResult | null {
  const day = typeof asOf === "string" ? parseIsoDay(asOf) : (asOf ?? today());
  if (!day) throw new Error(`as-of date ${String(asOf)} is not YYYY-MM-DD`);
  const report = progressReport(plan.values, day, lang);
  if (!report) return null;
  const sheetName = names.progress ?? OWN_SHEET_NAME.progress;
  const snapshot = takeSnapshot("progress", plan.name, plan.values, plan.formulas, [], {
    sheets: [replaced(sheetName, existing.progress, "progress")],
    ...(at ? { at } : {}),
  });
  return { report, table: progressTable(report, day, plan.name, lang), asOf: day, snapshot, sheetName };
}
