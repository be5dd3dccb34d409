// "Tổng hợp đơn vị" in the hosts: every criteria sheet of the open workbook is a unit (our own sheets never are).
// Each host reads its sheets once, calls this, and writes the two tables it returns (and draws the charts).
import { analyzeSheet } from "./analyze.js";
import { UNITS_SHEET_NAMES, type SheetInput } from "./commands.js";
import type { OwnKind } from "./own-sheets.js";
import { consolidate, type Consolidation } from "./consolidate.js";
import type { RankMode } from "./rank.js";
import { resolveSettings, type SettingsInput } from "./settings.js";
import { sheetCells, takeSnapshot, type SheetSnapshot, type Snapshot } from "./snapshot.js";
import type { Grid, Lang } from "./types.js";
import { untrustedUnit, unitRecord, type UnitRecord, type UnreadableUnit } from "./units.js";
import { comparisonTable, unitsTable, type ComparisonTable, type UnitsTable } from "./units-tables.js";

export type ExistingUnitsSheets = Partial<Record<"units" | "comparison", { values: Grid; formulas?: Grid }>>;

export interface UnitsResult {
  consolidation: Consolidation;
  units: UnitsTable;
  comparison: ComparisonTable;
  /** what to store before writing, for Hoàn tác (the two sheets as they were) */
  snapshot: Snapshot;
  /** where the two sheets go (ownTargets: ours where their marks are, else the usual names or the next free ones) */
  sheetNames: { units: string; comparison: string };
  notice: string;
  /** the notice in every language (the panels re-say it when staff switch language) */
  notices: Record<Lang, string>;
}

const NOTICE: Record<Lang, { done: (n: number, errors: number, warnings: number, s: { units: string; comparison: string }) => string; none: () => string }> = {
  vi: {
    done: (n, e, w, s) => `Đã tổng hợp ${n} đơn vị vào trang “${s.units}” và “${s.comparison}”; ${e} lỗi, ${w} cảnh báo khi tổng hợp.`,
    none: () => "Không có trang tính nào chứa bảng tiêu chí (STT, Tiêu chí, Điểm tối đa) để tổng hợp. Chưa ghi gì.",
  },
  en: {
    done: (n, e, w, s) => `${n} unit${n === 1 ? "" : "s"} consolidated into “${s.units}” and “${s.comparison}”; ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"} across units.`,
    none: () => "No sheet holds a criteria table (Code, Criterion, Max points) to consolidate. Nothing was written.",
  },
};

export function unitsNotice(lang: Lang): (typeof NOTICE)[Lang] {
  return NOTICE[lang];
}

/** "Nothing to consolidate", in the reader's language and in every language. */
export function noUnitsNotice(lang: Lang): { notice: string; notices: Record<Lang, string> } {
  return { notice: NOTICE[lang].none(), notices: { vi: NOTICE.vi.none(), en: NOTICE.en.none() } };
}

/**
 * Every sheet given, in tab order: a full criteria header makes it a unit; a partial one an unreadable unit; none,
 * not a unit. `own`: the host found our mark on the sheet (own-sheets.ts), so it is never a unit.
 */
export function runUnits(
  sheets: readonly (SheetInput & { own?: OwnKind | null })[],
  settingsInput: SettingsInput = {},
  existing: ExistingUnitsSheets = {},
  options: { rank?: RankMode; at?: string; names?: { units: string; comparison: string } } = {},
): UnitsResult | null {
  const resolved = resolveSettings(settingsInput);
  if (!resolved.ok) throw new TypeError(`Invalid settings: ${resolved.problems.join("; ")}`);
  const { lang, thresholds } = resolved.settings;
  const records: UnitRecord[] = [];
  const unreadable: UnreadableUnit[] = [];
  for (const sheet of sheets) {
    if (sheet.own) continue;
    const analysis = analyzeSheet(sheet.values, {
      sheet: sheet.name,
      settings: settingsInput,
      ...(sheet.formulas ? { formulas: sheet.formulas } : {}),
      ...(sheet.origin ? { origin: sheet.origin } : {}),
    });
    if (!analysis.header) continue;
    // a partial header (a column missing), a sheet nobody has scored…: listed with the reason, not ranked
    const untrusted = untrustedUnit(analysis, { file: "", sheet: sheet.name }, lang);
    if (untrusted) unreadable.push(untrusted);
    else records.push(unitRecord(analysis, sheet.values, { file: "", sheet: sheet.name, perSheet: true }));
  }
  if (records.length === 0) return null;
  const at = options.at ?? new Date().toISOString();
  const c = consolidate(records, { rank: options.rank ?? "standard", thresholds, lang, unreadable });
  const names = options.names ?? UNITS_SHEET_NAMES;
  const replaced = (kind: OwnKind, name: string, s: { values: Grid; formulas?: Grid } | undefined): SheetSnapshot =>
    s ? { name, kind, existed: true, cells: sheetCells(s.values, s.formulas) } : { name, kind, existed: false };
  const snapshot = takeSnapshot("units", (records[0] as UnitRecord).sheet, [], undefined, [], {
    sheets: [replaced("units", names.units, existing.units), replaced("comparison", names.comparison, existing.comparison)],
    at,
  });
  const errors = c.diagnostics.filter((d) => d.severity === "error").length;
  const notices = { vi: NOTICE.vi.done(c.units.length, errors, c.diagnostics.length - errors, names), en: NOTICE.en.done(c.units.length, errors, c.diagnostics.length - errors, names) };
  return {
    consolidation: c,
    units: unitsTable(c, lang, at),
    comparison: comparisonTable(c, lang),
    snapshot,
    sheetNames: names,
    notice: notices[lang],
    notices,
  };
}
