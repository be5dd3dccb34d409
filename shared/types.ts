// Plain data shapes shared by the core and every host shell.

/** A grid of raw cell values as a host returns them: numbers, strings, booleans, null, Date, "#REF!"… */
export type Grid = readonly (readonly unknown[])[];

export type Lang = "vi" | "en";

/** Points are kept as integer thousandths ("milli-points") so sums are exact. */
export type Milli = number;

export type Role =
  | "code"
  | "name"
  | "max"
  | "achieved"
  | "target"
  | "delta"
  | "owner"
  | "coordinator"
  | "evidence"
  | "note"
  // appraisal rounds (rounds.ts): the unit's explanation between rounds and the council's reason
  | "explanation"
  | "appraisalNote";

export type Severity = "error" | "warning" | "info";

export type DiagnosticCode =
  | "HEADER_NOT_FOUND"
  | "COLUMN_MISSING"
  | "CODE_INVALID"
  | "CODE_MISSING"
  | "CODE_DUPLICATE"
  | "CODE_NUMERIC_AMBIGUOUS"
  | "CODE_DATE"
  | "PARENT_MISSING"
  | "CODE_ORDER"
  | "VALUE_NOT_NUMBER"
  | "VALUE_NEGATIVE"
  | "CELL_ERROR"
  | "MAX_MISSING"
  | "SCORE_MISSING"
  /** no sub-criterion has an achieved figure: one finding instead of SCORE_MISSING on each (expected = how many) */
  | "SHEET_NOT_SCORED"
  /** an achieved figure typed on a parent (or the total) with no figure below it: kept as typed, never summed over */
  | "SCORE_WITHOUT_PARTS"
  /** a parent's typed figure differs from the sum below while some part below is blank: kept as typed */
  | "ROLLUP_INCOMPLETE"
  /** most change figures are not target − achieved (found of expected rows): the column is kept as typed */
  | "DELTA_COLUMN_OTHER"
  | "SCORE_EXCEEDS_MAX"
  | "TARGET_EXCEEDS_MAX"
  | "TARGET_BELOW_ACHIEVED"
  | "ROLLUP_MISMATCH"
  | "TOTAL_MISMATCH"
  | "DELTA_MISMATCH"
  | "EVIDENCE_MISSING"
  | "PRECISION"
  | "NUMBER_AS_TEXT"
  | "COLUMN_OVERRIDE_IGNORED"
  | "VALUE_DATE"
  | "VALUE_IMPLAUSIBLE"
  | "WRITE_HELD"
  | "FORMULA_NOT_CALCULATED"
  | "HIDDEN_ROW"
  /** text typed in TCVN3 / VNI, read as Unicode: found = encoding, expected = cells, detail = columns */
  | "LEGACY_ENCODING"

  // appraisal rounds and bonus/penalty points (rounds.ts, adjustments.ts)
  | "APPRAISAL_LOWERED_NO_NOTE"
  | "EXPLANATION_PENDING"
  | "ROUND_EXCEEDS_MAX"
  | "SELF_SCORE_UNSUPPORTED"
  | "BONUS_OVER_CAP"
  | "ADJUSTMENT_UNREADABLE"
  // progress through the year (the plan sheet)
  | "DEADLINE_UNREADABLE"
  | "PROGRESS_STATUS_UNKNOWN"
  | "PERCENT_INVALID";

/** A finding: data first, text attached from the message table. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** 1-based sheet row, as the user sees it; 0 when the finding is about the whole sheet. */
  row: number;
  /** 0-based column index, or -1 for a whole row / sheet. */
  col: number;
  /** A1 address of the cell ("E31"), "" for sheet-wide findings. */
  cell: string;
  /** Criterion code as a string ("1.10"), "" when none. */
  criterion: string;
  /** Points role concerned, when any. */
  role?: Role;
  /** Expected and found figures (points as numbers to the thousandth, or text). */
  expected?: number | string;
  found?: number | string;
  /** Free detail for the message (what a code was taken as, the raw text…). */
  detail?: string;
  message: string;
}

/** Figures of one node or total, in points rounded to the thousandth (null: no such column / no data). */
export interface Figures {
  max: number;
  achieved: number;
  target: number | null;
  /** target − achieved */
  delta: number | null;
  /** max − achieved */
  lost: number;
  /** achieved ÷ max × 100, 2 decimals; null when max is 0 */
  index: number | null;
}

export interface CriterionReport extends Figures {
  /** the row's path: "1.10", or "II.3.a" where areas are Roman and criteria restart under each */
  code: string;
  /** the code as written in the sheet ("3", "a)", "II") */
  label: string;
  /** 1-based sheet row */
  row: number;
  level: number;
  leaf: boolean;
  parent: string | null;
  name: string;
  /** Owner (Phòng phụ trách / Chủ trì), inherited from the nearest ancestor that names one. */
  owner: string;
  coordinator: string;
  evidence: string;
  note: string;
  /** self-score (Σ below a parent); null when the sheet has no self-score column or the cell is blank */
  self: number | null;
  /** the latest appraisal round with a figure (Σ below a parent); null when none */
  appraised: number | null;
  /** column letter that gave the final (achieved) figure; null for parents and criteria without a figure */
  source: string | null;
}

export interface AreaReport extends Figures {
  code: string;
  name: string;
  row: number;
  grade: string;
  /** Σ self-scores of the area; null when the sheet has no self-score column */
  self: number | null;
}

/** An achieved-type column and its place in the appraisal rounds (rounds.ts). */
export interface RoundReport {
  column: string;
  kind: "self" | "round1" | "round2" | "plain";
  header: string;
  /** some criterion has a figure in it (an empty column never gives the final figure) */
  filled: boolean;
  /** leaves whose final figure came from this column */
  criteria: number;
}

/** A bonus (điểm thưởng) or penalty (điểm trừ) row, outside the maximum (adjustments.ts). */
export interface AdjustmentReport {
  kind: "bonus" | "penalty";
  /** 1-based sheet row */
  row: number;
  code: string;
  label: string;
  /** the figure as typed (a penalty as a positive number); null when blank or unreadable */
  figure: number | null;
  /** a bonus row's cap (its max cell); null when none */
  cap: number | null;
  /** what the row adds (bonus) or takes away (penalty) */
  counted: number;
}

export interface OwnerReport extends Figures {
  owner: string;
  /** leaves this owner leads */
  criteria: number;
  weak: number;
  grade: string;
}

export interface Totals extends Figures {
  /** from `index`, itself computed from `score` */
  grade: string;
  /** Σ self-scores of the leaves; null when the sheet has no self-score column */
  self: number | null;
  /** self ÷ max × 100 and its class; null / "" without a self-score column */
  selfIndex: number | null;
  selfGrade: string;
  /** bonus points counted (each capped), penalty points counted (positive); null: the sheet has no such row */
  bonus: number | null;
  penalty: number | null;
  /** achieved (final figures) + bonus − penalty; `index` = score ÷ max × 100, capped by settings.maxIndex */
  score: number;
}

/** The JSON report; field names are fixed for other tools. */
export interface Report {
  sheet: string;
  /** 1-based row of the (first) header row; 0 when not found */
  headerRow: number;
  /** role → column letter */
  columns: Partial<Record<Role, string>>;
  /** other columns that could have been the achieved column (letter → header text) */
  alternatives: { column: string; header: string }[];
  /** role → column letter the user chose and that was applied (the rest of `columns` was detected) */
  overrides: Partial<Record<Role, string>>;
  /** achieved-type columns, latest round first, with how many criteria took their final figure from each */
  rounds: RoundReport[];
  /** bonus and penalty rows */
  adjustments: AdjustmentReport[];
  totals: Totals;
  areas: AreaReport[];
  owners: OwnerReport[];
  criteria: CriterionReport[];
  diagnostics: Diagnostic[];
  counts: { criteria: number; leaves: number; weak: number; errors: number; warnings: number };
  /** other sheets of the workbook with a criteria header (when the tool chose the sheet), most criteria first */
  otherSheets?: { sheet: string; criteria: number }[];
}

/** One planned cell write, 0-based. Exactly one of formula / text / number is meaningful. */
export interface CellEdit {
  row: number;
  col: number;
  /** A1 address of the cell */
  cell: string;
  /** en-US formula syntax (comma separators) starting with "=" */
  formula?: string;
  /** the value (a formula's computed result, or the value to write); a Date only when Hoàn tác puts a date back */
  value: number | string | boolean | Date | null;
  /** number format to set with the value: a date's own on Hoàn tác, a figure's where a date stood */
  numberFormat?: string;
  /** the value is a cell error ("#N/A") to put back as an error, not as text */
  error?: boolean;
}
