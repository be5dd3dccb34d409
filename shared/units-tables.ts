// The sheets "Tổng hợp đơn vị" and "So sánh tiêu chí" as plain grids, with where each part sits, so the three
// writers (exceljs, Office.js, Apps Script) only copy cells and apply the look.
import type { Consolidation } from "./consolidate.js";
import { ROLE_LABEL, TERMS } from "./glossary.js";
import { gradeOf } from "./grade.js";
import type { Lang } from "./types.js";

export type Cell = string | number | null;

/** A rectangle of the grid, 0-based (a chart's source). */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface UnitsTable {
  grid: Cell[][];
  headerRow: number;
  /** the row giving each figure column's maximum */
  maxRow: number;
  firstUnitRow: number;
  /** the `Trung bình` row; −1 when there is no unit */
  averageRow: number;
  /** columns 0..width−1 are the table (the findings below may be wider) */
  width: number;
  unitCol: number;
  indexCol: number;
  gradeCol: number;
  /** per unit row: the sheet it was read from (a link when it is in the same workbook) and its class band (0 = best) */
  units: { row: number; sheet: string; band: number }[];
  /** class labels best first, with their lowest index (the colour bands) */
  bands: { label: string; min: number }[];
  findingsHeaderRow: number;
  /** chart sources: units with their index and one constant column per class threshold; units with each area's % */
  indexChart: Block | null;
  areaChart: Block | null;
  indexChartTitle: string;
  areaChartTitle: string;
}

export interface ComparisonTable {
  grid: Cell[][];
  headerRow: number;
  width: number;
  /** first unit column */
  firstUnitCol: number;
  /** cells of the weakest unit(s) on each criterion */
  weakest: { row: number; col: number }[];
  /** rows of areas (level 1), shown bold */
  areaRows: number[];
}

export const UNITS_COLUMNS = 10;

function dateText(made: Date | string | undefined): string {
  if (made === undefined) return "";
  const d = typeof made === "string" ? new Date(made) : made;
  if (Number.isNaN(d.getTime())) return String(made);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

/** `made`: when the table is made (the shell's clock; the core has none). */
export function unitsTable(c: Consolidation, lang: Lang, made?: Date | string): UnitsTable {
  const t = (k: keyof typeof TERMS) => TERMS[k][lang];
  const bands = [...c.thresholds].sort((a, b) => b.min - a.min).map((x) => ({ label: x.label, min: x.min }));
  const when = dateText(made);
  const grid: Cell[][] = [
    [t("unitsTitle")],
    [c.year !== null ? `${t("year")} ${c.year}` : ""],
    [[when ? `${t("madeOn")}: ${when}` : "", `${c.units.length} ${lang === "vi" ? "đơn vị" : c.units.length === 1 ? "unit" : "units"}`, t(c.rankMode === "dense" ? "rankDense" : "rankStandard")].filter(Boolean).join(" · ")],
    [],
  ];
  const headerRow = grid.length;
  const header: Cell[] = [t("seq"), t("unit"), t("selfScore"), t("finalScore"), t("bonus"), t("penalty"), t("totalScore"), t("index"), t("rank"), t("grade")];
  for (const a of c.areas) header.push(`${a.code}. ${a.name} — ${t("areaPoints")}`, `${a.code}. ${t("areaPercent")}`);
  grid.push(header);
  const width = header.length;
  const refMax = c.reference?.max ?? c.units[0]?.max ?? null;
  const maxRow = grid.length;
  const maxLine: Cell[] = ["", t("maxRow"), refMax, refMax, null, null, refMax, 100, null, null];
  for (const a of c.areas) maxLine.push(a.max, 100);
  grid.push(maxLine);
  const firstUnitRow = grid.length;
  const units: UnitsTable["units"] = [];
  c.units.forEach((u, i) => {
    const line: Cell[] = [i + 1, u.unit, u.self, u.achieved, u.bonus, u.penalty, u.score, u.index, u.rank, u.grade];
    for (const a of u.byArea) line.push(a ? a.achieved : null, a ? a.index : null);
    units.push({ row: grid.length, sheet: u.sheet, band: Math.max(0, bands.findIndex((b) => b.label === u.grade)) });
    grid.push(line);
  });
  let averageRow = -1;
  if (c.average) {
    const a = c.average;
    averageRow = grid.length;
    const line: Cell[] = ["", t("average"), a.self, a.achieved, a.bonus, a.penalty, a.score, a.index, null, gradeOf(a.index, c.thresholds)];
    for (const x of a.areas) line.push(x ? x.achieved : null, x ? x.index : null);
    grid.push(line);
  }

  let findingsHeaderRow = -1;
  if (c.diagnostics.length) {
    grid.push([]);
    grid.push([t("unitFindings")]);
    findingsHeaderRow = grid.length;
    // three columns that fit under the table on paper: the message says what and which criterion, then where
    grid.push([t("severity"), t("unit"), t("message")]);
    for (const d of c.diagnostics) {
      const source = d.file ? (d.sheet ? `${d.file} › ${d.sheet}` : d.file) : d.sheet;
      const where = [source, d.cell ? `${t("cell")} ${d.cell}` : ""].filter(Boolean).join(", ");
      grid.push([t(d.severity), d.unit, where ? `${d.message} (${where})` : d.message]);
    }
  }

  // chart sources, below everything: bars sorted by rank with one flat line per class threshold
  let indexChart: Block | null = null;
  let areaChart: Block | null = null;
  const ranked = c.units.filter((u) => u.index !== null);
  if (ranked.length) {
    const lines = bands.filter((b) => b.min > 0);
    grid.push([]);
    const at = grid.length;
    // from column B, under the unit names, so the names have room
    grid.push(["", t("unit"), t("index"), ...lines.map((b) => `${t("grade")} ${b.label} (≥ ${b.min})`)]);
    for (const u of ranked) grid.push(["", u.unit, u.index, ...lines.map((b) => b.min)]);
    indexChart = { row: at, col: 1, rows: ranked.length + 1, cols: 2 + lines.length };
    if (c.areas.length) {
      grid.push([]);
      const at2 = grid.length;
      // short series names: the chart's legend, not the table, says which area
      grid.push(["", t("unit"), ...c.areas.map((a) => `${t("area")} ${a.code}`)]);
      for (const u of ranked) grid.push(["", u.unit, ...u.byArea.map((a) => (a ? a.index : null))]);
      areaChart = { row: at2, col: 1, rows: ranked.length + 1, cols: 1 + c.areas.length };
    }
  }
  return {
    grid,
    headerRow,
    maxRow,
    firstUnitRow,
    averageRow,
    width,
    unitCol: 1,
    indexCol: 7,
    gradeCol: 9,
    units,
    bands,
    findingsHeaderRow,
    indexChart,
    areaChart,
    indexChartTitle: t("indexChartTitle"),
    areaChartTitle: t("areaChartTitle"),
  };
}

export function comparisonTable(c: Consolidation, lang: Lang): ComparisonTable {
  const t = (k: keyof typeof TERMS) => TERMS[k][lang];
  const grid: Cell[][] = [[t("comparisonTitle")], [c.year !== null ? `${t("year")} ${c.year}` : ""], []];
  const headerRow = grid.length;
  const firstUnitCol = 3;
  grid.push([ROLE_LABEL.code[lang], t("criterion"), t("maxRow"), ...c.units.map((u) => u.unit), t("weakestUnit"), t("losingCount")]);
  const width = firstUnitCol + c.units.length + 2;
  const weakest: ComparisonTable["weakest"] = [];
  const areaRows: number[] = [];
  for (const row of c.comparison) {
    const r = grid.length;
    if (row.level === 1) areaRows.push(r);
    for (const i of row.weakest) weakest.push({ row: r, col: firstUnitCol + i });
    const names = row.weakest.map((i) => c.units[i]?.unit ?? "").join("; ");
    grid.push([row.code, row.extra ? `${row.name} ${t("notInReference")}` : row.name, row.max, ...row.achieved, names, row.losing]);
  }
  return { grid, headerRow, width, firstUnitCol, weakest, areaRows };
}
