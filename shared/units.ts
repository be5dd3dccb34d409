// One unit (a hospital, a district health centre…) as the consolidation sees it: the figures of its analysed
// criteria sheet, its name, and where it came from. Built per sheet and kept small, so a shell can drop the
// workbook as soon as the record exists (memory flat in the number of files).
import type { Analysis } from "./analyze.js";
import { toPoints } from "./points.js";
import { titleYear, unitTitle } from "./unit-name.js";
import { distrust, UNTRUSTED } from "./trust.js";
import type { Grid, Lang, Report, Severity } from "./types.js";

export interface UnitSource {
  /** the file as the user named it ("" in the hosts: the open workbook) */
  file: string;
  sheet: string;
  /** the workbook holds one criteria sheet per unit: a unit without a title is named by its sheet */
  perSheet: boolean;
}

export interface UnitArea {
  code: string;
  name: string;
  max: number;
  achieved: number;
  index: number | null;
}

export interface UnitCriterion {
  code: string;
  name: string;
  max: number;
  achieved: number;
  leaf: boolean;
  /** 1-based sheet row */
  row: number;
}

export interface UnitRecord {
  unit: string;
  /** where the name came from, and the title cell when it is the title */
  nameFrom: "title" | "sheet" | "file";
  nameCell: string;
  file: string;
  sheet: string;
  year: number | null;
  max: number;
  /** self-assessed total, when the sheet has a self-score column beside the final one */
  self: number | null;
  /** final (appraised when there is one) points */
  achieved: number;
  bonus: number | null;
  penalty: number | null;
  /** achieved + bonus − penalty */
  score: number;
  index: number | null;
  areas: UnitArea[];
  criteria: UnitCriterion[];
  /** the max written on the sheet's total row (what the areas must add up to); null when none */
  declaredTotal: number | null;
  /** 1-based row of the total row, 0 when none */
  totalRow: number;
  /** column letters of the code and max points columns ("" when none) */
  codeColumn: string;
  maxColumn: string;
  /** the unit's own findings as `check` counts them */
  counts: { errors: number; warnings: number };
}

export type UnitDiagnosticCode =
  | "UNIT_UNREADABLE"
  | "UNIT_SHEET_ERRORS"
  | "UNIT_NAME_DUPLICATE"
  | "UNIT_CRITERION_MISSING"
  | "UNIT_CRITERION_EXTRA"
  | "UNIT_MAX_DIFFERS"
  | "UNIT_AREAS_TOTAL";

/** A finding across units: which unit, which file and sheet, which cell there. */
export interface UnitDiagnostic {
  code: UnitDiagnosticCode;
  severity: Severity;
  unit: string;
  file: string;
  sheet: string;
  /** 1-based row on the unit's sheet, 0 when the finding is about the whole unit */
  row: number;
  col: number;
  cell: string;
  criterion: string;
  expected?: number | string;
  found?: number | string;
  detail?: string;
  /** what a tree difference is measured against: the --template sheet, or the tree most units share */
  reference?: "template" | "majority";
  message: string;
}

/** An input that could not be read as a unit, and why (already in the reader's language). */
export interface UnreadableUnit {
  file: string;
  sheet: string;
  reason: string;
}

/**
 * A sheet whose totals are no result — nobody has scored it yet, points typed on parents over blank parts, a column
 * misread — is no unit to rank (its "0 · D" would be a verdict on a blank column): it is listed with its reason, as
 * a unit that cannot be read is, and every other unit is still consolidated.
 */
export function untrustedUnit(analysis: Analysis, source: Pick<UnitSource, "file" | "sheet">, lang: Lang): UnreadableUnit | null {
  const why = distrust(analysis.report);
  if (why === null) return null;
  // a missing column is named (the findings say which)
  const missing = analysis.report.diagnostics.filter((d) => d.code === "COLUMN_MISSING").map((d) => d.message);
  return { file: source.file, sheet: source.sheet, reason: why === "column" && missing.length ? missing.join(" ") : `${UNTRUSTED[lang][why]}.` };
}

/** Totals fields that appear once a sheet carries self-scores, bonus and penalty (read when present). */
type MaybeTotals = Report["totals"] & Partial<Record<"self" | "bonus" | "penalty" | "score", number | null>>;

export const fileLabel = (file: string) => {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm|csv|tsv|txt)$/i, "") || base;
};

export function unitRecord(analysis: Analysis, values: Grid, source: UnitSource): UnitRecord {
  const report = analysis.report;
  const headerRow = analysis.header ? analysis.header.row : -1;
  const title = unitTitle(values, headerRow, analysis.origin);
  const t = report.totals as MaybeTotals;
  const bonus = typeof t.bonus === "number" ? t.bonus : null;
  const penalty = typeof t.penalty === "number" ? t.penalty : null;
  const score = typeof t.score === "number" ? t.score : toPoints(Math.round(t.achieved * 1000) + Math.round((bonus ?? 0) * 1000) - Math.round((penalty ?? 0) * 1000));
  const [unit, nameFrom] = title
    ? [title.name, "title" as const]
    : source.perSheet || !source.file
      ? [source.sheet, "sheet" as const]
      : [fileLabel(source.file), "file" as const];
  const declared = analysis.total?.written.max;
  return {
    unit,
    nameFrom,
    nameCell: title?.cell ?? "",
    file: source.file,
    sheet: source.sheet,
    year: titleYear(values, headerRow),
    max: t.max,
    self: typeof t.self === "number" ? t.self : null,
    achieved: t.achieved,
    bonus,
    penalty,
    score,
    index: t.index,
    areas: report.areas.map((a) => ({ code: a.code, name: a.name, max: a.max, achieved: a.achieved, index: a.index })),
    criteria: report.criteria.map((c) => ({ code: c.code, name: c.name, max: c.max, achieved: c.achieved, leaf: c.leaf, row: c.row })),
    declaredTotal: declared === null || declared === undefined ? null : toPoints(declared),
    totalRow: analysis.total ? analysis.total.row + analysis.origin.row + 1 : 0,
    codeColumn: report.columns.code ?? "",
    maxColumn: report.columns.max ?? "",
    counts: { errors: report.counts.errors, warnings: report.counts.warnings },
  };
}
