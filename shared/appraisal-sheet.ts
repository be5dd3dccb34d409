// The "Tự chấm - Thẩm định" sheet as a plain grid: criteria where the appraisal differs from the self-score
// (each round, the unit's explanation, the final figure, the council's note), self vs final per area, and the
// totals with bonus, penalty, score, index and class. Hosts write it like the other sheets.
import { a1 } from "./address.js";
import type { Analysis, CriterionNode } from "./analyze.js";
import { TERMS, ROLE_LABEL } from "./glossary.js";
import { indexOf, toPoints } from "./points.js";
import { roundIndex } from "./rounds.js";
import type { Lang, Milli } from "./types.js";

export interface AppraisalTable {
  grid: (string | number | null)[][];
  headerRow: number;
  /** 0-based rows: the area table's header, its total line, the totals block's header and last line */
  areaHeaderRow: number;
  areaTotalRow: number;
  totalsHeaderRow: number;
  totalsLastRow: number;
  /** per grid row (0-based) the criteria-sheet cell it points to (the criterion's code) */
  links: { row: number; cell: string }[];
  /** column widths for printing, in characters */
  widths: number[];
  /** columns of each of the three tables (criteria, areas, totals): borders stop there */
  tableWidths: [number, number, number];
  /** criteria listed (the appraisal differs from the self-score) */
  differing: number;
}

const pts = (x: Milli | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? null : toPoints(x));

/**
 * The comparison, or null when the sheet has no self-score and appraisal to compare (one achieved column,
 * no appraisal column, or an appraisal column still empty).
 */
export function appraisalTable(analysis: Analysis, lang: Lang): AppraisalTable | null {
  const { rounds, report, origin } = analysis;
  const self = roundIndex(rounds, "self");
  const r1 = roundIndex(rounds, "round1");
  const r2 = roundIndex(rounds, "round2");
  // nothing to compare before the appraisal has a figure
  if (self < 0 || r1 < 0 || !rounds.some((r) => r.filled && (r.kind === "round1" || r.kind === "round2"))) return null;
  const t = (k: keyof typeof TERMS) => TERMS[k][lang];
  const codeCol = analysis.header?.columns.code ?? 0;
  const figure = (n: CriterionNode, i: number) => (i < 0 || !n.rounds ? null : pts(n.rounds[i]));

  const grid: AppraisalTable["grid"] = [[t("appraisalTitle")], [report.sheet ? `${lang === "vi" ? "Bảng" : "Sheet"}: ${report.sheet}` : ""], []];
  const headerRow = grid.length;
  grid.push([
    ROLE_LABEL.code[lang],
    t("criterion"),
    t("self"),
    t("round1"),
    ROLE_LABEL.explanation[lang],
    t("round2"),
    t("final"),
    t("difference"),
    ROLE_LABEL.appraisalNote[lang],
    ROLE_LABEL.owner[lang],
  ]);
  const links: AppraisalTable["links"] = [];
  let differing = 0;
  for (const n of analysis.nodes) {
    if (n.children.length || !n.rounds) continue;
    const s = figure(n, self);
    const a1Fig = figure(n, r1);
    const a2Fig = figure(n, r2);
    // listed where an appraisal round says something other than the self-score
    if ((a1Fig === null || a1Fig === s) && (a2Fig === null || a2Fig === s)) continue;
    differing++;
    links.push({ row: grid.length, cell: a1(n.row + origin.row, codeCol + origin.col) });
    const final = toPoints(n.final);
    grid.push([
      n.code,
      n.name,
      s,
      a1Fig,
      n.explanation || null,
      a2Fig,
      final,
      s === null ? null : toPoints(n.final - Math.round(s * 1000)),
      n.appraisalNote || (analysis.header?.columns.appraisalNote === undefined ? n.note : "") || null,
      n.owner || null,
    ]);
  }
  if (differing === 0) grid.push(["", t("noDifferences")]);

  grid.push([]);
  grid.push([t("area")]);
  const areaHeaderRow = grid.length;
  grid.push([ROLE_LABEL.code[lang], t("area"), ROLE_LABEL.max[lang], t("self"), t("final"), t("difference"), t("selfIndex"), t("finalIndex")]);
  for (const root of analysis.roots) {
    const s = root.self ?? 0;
    grid.push([root.code, root.name, toPoints(root.max), toPoints(s), toPoints(root.final), toPoints(root.final - s), indexOf(s, root.max), indexOf(root.final, root.max)]);
  }
  const x = report.totals;
  const areaTotalRow = grid.length;
  const selfSum = analysis.final.self ?? 0;
  grid.push(["", t("total"), x.max, toPoints(selfSum), x.achieved, toPoints(analysis.final.achieved - selfSum), indexOf(selfSum, analysis.totals.max), indexOf(analysis.final.achieved, analysis.totals.max)]);

  grid.push([]);
  const totalsHeaderRow = grid.length;
  grid.push(["", "", t("self"), t("final")]);
  grid.push(["", ROLE_LABEL.achieved[lang], x.self, x.achieved]);
  grid.push(["", t("bonus"), null, x.bonus]);
  grid.push(["", t("penalty"), null, x.penalty]);
  grid.push(["", t("score"), x.self, x.score]);
  grid.push(["", t("index"), x.selfIndex, x.index]);
  grid.push(["", t("grade"), x.selfGrade, x.grade]);
  const totalsLastRow = grid.length - 1;
  return {
    grid,
    headerRow,
    areaHeaderRow,
    areaTotalRow,
    totalsHeaderRow,
    totalsLastRow,
    links,
    widths: [9, 42, 10, 10, 28, 10, 10, 10, 28, 18],
    tableWidths: [10, 8, 4],
    differing,
  };
}
