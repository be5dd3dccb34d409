// Which sheet of a workbook holds the criteria: the one with the most criteria rows. An instructions sheet
// ("Hướng dẫn") showing a one-row example loses to the real table; the others are named in the report.
import { analyzeSheet } from "./analyze.js";
import { parseCode } from "./codes.js";
import { findHeader } from "./header.js";
import type { SettingsInput } from "./settings.js";
import type { Grid, Role } from "./types.js";

export interface SheetCandidate {
  name: string;
  values: Grid;
  formulas?: Grid;
}

export interface OtherSheet {
  sheet: string;
  /** criteria rows found under its header */
  criteria: number;
}

export interface SheetChoice {
  /** index in the candidates given */
  index: number;
  criteria: number;
  /** the other sheets with a criteria header, most criteria first */
  others: OtherSheet[];
}

interface Ranked {
  index: number;
  criteria: number;
  /** code and max columns both found: the table can be scored */
  full: boolean;
}

/** Criteria rows under a header: as the analysis counts them, or, when it cannot (a column missing), code cells. */
function criteriaRows(sheet: SheetCandidate, override: Partial<Record<Role, number>>, settings: SettingsInput): Ranked | null {
  const header = findHeader(sheet.values, override);
  if (!header) return null;
  const full = header.columns.code !== undefined && header.columns.max !== undefined;
  if (full) {
    const counts = analyzeSheet(sheet.values, { settings, ...(sheet.formulas ? { formulas: sheet.formulas } : {}) }).report.counts;
    return { index: -1, criteria: counts.criteria, full };
  }
  const col = header.columns.code;
  let criteria = 0;
  if (col !== undefined) {
    for (let r = header.row + header.height; r < sheet.values.length; r++) if (parseCode(sheet.values[r]?.[col]).kind === "code") criteria++;
  }
  return { index: -1, criteria, full };
}

/**
 * The criteria sheet among `sheets` (the user's sheets, in tab order; never ours): most criteria rows, then a
 * header with every needed column, then the first in tab order. Null: no sheet has a criteria header.
 */
export function chooseCriteriaSheet(sheets: readonly SheetCandidate[], settings: SettingsInput = {}, override: Partial<Record<Role, number>> = {}): SheetChoice | null {
  const ranked: Ranked[] = [];
  sheets.forEach((sheet, index) => {
    const r = criteriaRows(sheet, override, settings);
    if (r) ranked.push({ ...r, index });
  });
  if (!ranked.length) return null;
  ranked.sort((a, b) => b.criteria - a.criteria || Number(b.full) - Number(a.full) || a.index - b.index);
  const [best, ...rest] = ranked as [Ranked, ...Ranked[]];
  return { index: best.index, criteria: best.criteria, others: rest.map((r) => ({ sheet: (sheets[r.index] as SheetCandidate).name, criteria: r.criteria })) };
}
