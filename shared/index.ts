// The public face of the core. Hosts (Excel, Google Sheets, the CLI) import only from here.
export type * from "./types.js";
export { analyzeSheet, POINT_ROLES, type Analysis, type AnalyzeOptions, type CriterionNode } from "./analyze.js";
export { a1, columnIndex, columnLetter, areas, blockOfAddress, addressOfBlock, type CellBlock } from "./address.js";
export { parseCode, compareCodes, levelOf, parentOf } from "./codes.js";
export { parsePoints, toPoints, round3, formatPoints, indexOf, PLAUSIBLE_POINTS } from "./points.js";
export { isDate, isDateFormat, serialToDate, dateToSerial, staffDate, withDates } from "./dates.js";
export { fold, cellText, isBlank, isCellError, isFormula, literalText } from "./text.js";
export { findHeader, roleOf, type HeaderMatch } from "./header.js";
export { gradeOf, type Threshold } from "./grade.js";
export { MESSAGES, messageFor, translate, SEVERITY } from "./messages.js";
export { ROLE_LABEL, TERMS, type Term } from "./glossary.js";
export { SettingsSchema, resolveSettings, withChange, defaultSettings, DEFAULT_THRESHOLDS, type Settings, type SettingsInput } from "./settings.js";
export { scoreEdits, type WriteMode } from "./writeback.js";
export {
  takeSnapshot,
  sheetCells,
  undoEdits,
  restoredValue,
  holdsDate,
  FIGURE_FORMAT,
  DATE_FORMAT,
  encodeSnapshot,
  decodeSnapshot,
  withMerges,
  UNDO_SHEET,
  type Snapshot,
  type SnapshotCell,
  type SheetSnapshot,
  type StoredMove,
  type Action,
} from "./snapshot.js";
export { summaryTable, findingsTable, type SummaryTable, type FindingsTable } from "./tables.js";
export { appraisalTable, type AppraisalTable } from "./appraisal-sheet.js";
export { orderRounds, roundWord, type Round, type RoundKind } from "./rounds.js";
export { adjustmentKind, type AdjustmentKind } from "./adjustments.js";
export { planTable, weakCriteria, PLAN_COLUMNS, STATUS_LABEL, type PlanTable, type PlanRow, type PlanStatus, type RowKind, type PlanKey } from "./plan.js";
export { PAR_FUNCTIONS, runParFunction, type ParFunction, type FnOutcome, type FnResult, type FnValue } from "./functions.js";
export { ReportSchema } from "./report-schema.js";
export { paneReport, type PaneReport } from "./pane-report.js";
export { runScore, runPlan, runProgress, type ProgressResult, SHEET_NAMES, UNITS_SHEET_NAMES, OWN_SHEETS, type OwnSheetNames, type SheetInput, type ExistingSheets, type ScoreResult, type PlanResult, type Highlight } from "./commands.js";
export { notices, NOTICES, said, scoredNotice, takenNotice, withTaken, withSheetUsed } from "./notices.js";
export { correctionsOf, gridsAfter, type Correction } from "./corrections.js";
export { textFigureEdits } from "./text-figures.js";
export { wrappedLines, rowHeights } from "./layout.js";
export {
  OWN_KINDS,
  OWN_SHEET_NAME,
  OWN_MARK_NAME,
  OWN_MARK_KEY,
  isOwnSheet,
  sheetKey,
  sameSheetName,
  findSheetName,
  refSheet,
  marksFromNames,
  sheetEntries,
  freeName,
  ownTargets,
  type OwnKind,
  type OwnMark,
  type SheetEntry,
  type OwnTarget,
} from "./own-sheets.js";
export { chooseCriteriaSheet, type SheetCandidate, type SheetChoice, type OtherSheet } from "./sheet-choice.js";
export { distrust, UNTRUSTED, type Distrust } from "./trust.js";
export { rowsOutside } from "./hidden-rows.js";
export { parseDeadline, dueDay, readDay, parseIsoDay, isoDay, viDay, serialOf, dayOfSerial, today, type Day, type Deadline } from "./deadline.js";
export { progressReport, overdueFormula, parseStatus, parsePercent, periodOf, isOverdue, progressChoices, type ProgressReport, type ProgressJson, type ProgressTask } from "./progress.js";
export { planMove, reverseMove, carryBlocks, carryMerges, uncoveredRuns, blocksOf, mergeBlocks, shiftFormula, isOverdueFormula, isStatusList, isShareRule, SHARE_BOUNDS, type RowMove } from "./plan-rules.js";
export { progressTable, type ProgressTable, type ProgressRowKind } from "./progress-sheet.js";
export { toRoman, romanValue } from "./roman.js";
export { PROGRESS_LABEL, PRINTED_SETS, layoutKeys, type ProgressStatus, type PrintedSet } from "./plan-columns.js";
export { planYear, itemText, areaNumber, type PlanLayout } from "./plan.js";
export { rankAll, rankOf, publishedHundredths, type RankMode } from "./rank.js";
export { unitTitle, titleYear, type TitleName } from "./unit-name.js";
export { unitRecord, untrustedUnit, fileLabel, type UnitRecord, type UnitSource, type UnitArea, type UnitCriterion, type UnitDiagnostic, type UnitDiagnosticCode, type UnreadableUnit } from "./units.js";
export { consolidate, type Consolidation, type ConsolidateOptions, type RankedUnit, type ComparisonRow, type AreaColumn, type Averages } from "./consolidate.js";
export { unitsTable, comparisonTable, type UnitsTable, type ComparisonTable, type Block } from "./units-tables.js";
export { UNIT_MESSAGES, UNIT_SEVERITY, unitMessageFor } from "./messages.js";
export { runUnits, unitsNotice, noUnitsNotice, type UnitsResult, type ExistingUnitsSheets } from "./units-command.js";
export {
  decodeGrid,
  decodeLegacy,
  encodeLegacy,
  detectLegacy,
  asUnicode,
  ENCODING_LABEL,
  UNICODE_FONT,
  LEGACY_FONT,
  CAPITALS_FONT,
  type LegacyEncoding,
  type LegacyCell,
  type LegacyScan,
} from "./legacy-encoding.js";
export { runToUnicode, type UnicodeInput, type UnicodeResult } from "./to-unicode.js";
export { mergedBlocks } from "./merged-areas.js";
