// The "Tổng hợp" and "Kiểm tra" sheets as plain grids; hosts write them and add links and charts.
import type { Correction } from "./corrections.js";
import { TERMS, ROLE_LABEL } from "./glossary.js";
import { formatPoints } from "./points.js";
import { distrust, UNTRUSTED } from "./trust.js";
import type { Lang, Report } from "./types.js";

export interface SummaryTable {
  grid: (string | number | null)[][];
  /** 0-based rows of the area table's header and its last area row (the chart's source) */
  areaHeaderRow: number;
  areaLastRow: number;
  /** 0-based row of the total line and of the owners' header */
  totalRow: number;
  ownerHeaderRow: number;
  /** columns of the chart series: name, max, achieved, target */
  chartColumns: number[];
  chartTitle: string;
  /**
   * 0-based rows of the "self-score | final" block under the owners (header and last line), -1 when the sheet
   * has neither a self-score nor bonus/penalty rows
   */
  scoreHeaderRow: number;
  scoreLastRow: number;
}

export function summaryTable(report: Report, lang: Lang): SummaryTable {
  const t = (k: keyof typeof TERMS) => TERMS[k][lang];
  const r = (k: keyof typeof ROLE_LABEL) => ROLE_LABEL[k][lang];
  // figures from a misread table: the printed summary gives no index or class either, and says why
  const why = distrust(report);
  const reason = why ? `${lang === "vi" ? "Chưa tính được chỉ số và xếp loại" : "No index or class"}: ${UNTRUSTED[lang][why]}.` : null;
  // points lost, and how many criteria lose some, are the index's other face: hidden with it
  const idx = (v: number | null) => (why ? null : v);
  const cls = (v: string) => (why ? "" : v);
  const grid: SummaryTable["grid"] = [[t("summaryTitle")], [report.sheet ? `${lang === "vi" ? "Bảng" : "Sheet"}: ${report.sheet}` : ""], reason ? [reason] : []];
  const areaHeaderRow = grid.length;
  grid.push([r("code"), t("area"), r("max"), r("achieved"), r("target"), r("delta"), t("lost"), t("index"), t("grade")]);
  for (const a of report.areas) grid.push([a.code, a.name, a.max, a.achieved, a.target, a.delta, idx(a.lost), idx(a.index), cls(a.grade)]);
  const areaLastRow = grid.length - 1;
  const x = report.totals;
  const totalRow = grid.length;
  grid.push(["", t("total"), x.max, x.achieved, x.target, x.delta, idx(x.lost), idx(x.index), cls(x.grade)]);
  grid.push([]);
  grid.push([t("byOwner")]);
  const ownerHeaderRow = grid.length;
  grid.push([t("owner"), t("criteriaCount"), t("weakCount"), r("max"), r("achieved"), r("target"), t("lost"), t("index"), t("grade")]);
  const owners = [...report.owners].sort((a, b) => b.lost - a.lost || a.owner.localeCompare(b.owner, "vi"));
  for (const o of owners) {
    grid.push([o.owner || t("unassigned"), o.criteria, idx(o.weak), o.max, o.achieved, o.target, idx(o.lost), idx(o.index), cls(o.grade)]);
  }
  // self index and final index side by side, with what turns the achieved points into the score
  let scoreHeaderRow = -1;
  let scoreLastRow = -1;
  if (x.self !== null || x.bonus !== null || x.penalty !== null) {
    grid.push([]);
    scoreHeaderRow = grid.length;
    grid.push([t("score"), t("self"), t("final")]);
    grid.push([r("achieved"), x.self, x.achieved]);
    grid.push([t("bonus"), null, x.bonus]);
    grid.push([t("penalty"), null, x.penalty]);
    grid.push([t("score"), x.self, x.score]);
    grid.push([t("index"), x.selfIndex, x.index]);
    grid.push([t("grade"), x.selfGrade, x.grade]);
    scoreLastRow = grid.length - 1;
  }
  return { grid, areaHeaderRow, areaLastRow, totalRow, ownerHeaderRow, chartColumns: [1, 2, 3, 4], chartTitle: t("chartTitle"), scoreHeaderRow, scoreLastRow };
}

export interface FindingsTable {
  grid: (string | number)[][];
  headerRow: number;
  /** per grid row (0-based) the criteria-sheet cell it points to */
  links: { row: number; cell: string }[];
}

/** The findings left on the sheet, then what Tính điểm corrected (each with its cell, linked too). */
export function findingsTable(report: Report, lang: Lang, corrections: readonly Correction[] = []): FindingsTable {
  const t = (k: keyof typeof TERMS) => TERMS[k][lang];
  const grid: FindingsTable["grid"] = [[t("findingsTitle")], [report.sheet ? `${lang === "vi" ? "Bảng" : "Sheet"}: ${report.sheet}` : ""], []];
  const headerRow = grid.length;
  grid.push([t("severity"), t("findingCode"), t("cell"), t("criterion"), t("message")]);
  const links: FindingsTable["links"] = [];
  if (report.diagnostics.length === 0) grid.push(["", "", "", "", t("noFindings")]);
  for (const d of report.diagnostics) {
    if (d.cell) links.push({ row: grid.length, cell: d.cell });
    grid.push([t(d.severity), d.code, d.cell, d.criterion, d.message]);
  }
  if (corrections.length > 0) {
    // in the same table, each row saying “Đã sửa”: one bordered table prints and links the same in every host
    for (const c of corrections) {
      links.push({ row: grid.length, cell: c.cell });
      grid.push([t("corrected"), c.code ?? "", c.cell, c.finding?.criterion ?? "", `${shown(c.from, lang)} → ${formatPoints(Math.round(c.to * 1000), lang)}`]);
    }
  }
  return { grid, headerRow, links };
}

const shown = (v: Correction["from"], lang: Lang) =>
  typeof v === "number" ? formatPoints(Math.round(v * 1000), lang) : v;
