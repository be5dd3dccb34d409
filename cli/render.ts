// Plain-text views of a report for a terminal: a short heading and the findings as an aligned table.
import { distrust, findingsTable, formatPoints, ROLE_LABEL, UNTRUSTED, type Correction, type Lang, type Report, type Role } from "../shared/index.js";
import { TEXT } from "./text.js";

const pts = (x: number | null, lang: Lang) => (x === null ? TEXT[lang].none : formatPoints(Math.round(x * 1000), lang));
const pct = (x: number | null, lang: Lang) => (x === null ? TEXT[lang].none : lang === "vi" ? String(x).replace(".", ",") : String(x));

export function heading(file: string, report: Report, lang: Lang): string[] {
  const t = TEXT[lang];
  const x = report.totals;
  const cols = Object.entries(report.columns)
    .sort(([, a], [, b]) => a.length - b.length || a.localeCompare(b))
    .map(([role, letter]) => `${ROLE_LABEL[role as Role][lang]} ${letter}`)
    .join(" · ");
  // figures read from a misread table are not results: no index, no class
  const why = distrust(report);
  const others = report.otherSheets ?? [];
  const lines = [
    `${t.fileLabel}: ${file} · ${t.sheetLabel}: “${report.sheet}” (${t.headerLabel(report.headerRow)})`,
    ...(others.length ? [t.otherSheetsLine(others.map((o) => t.otherSheet(o.sheet, o.criteria)).join(", "))] : []),
    `${t.columnsLabel}: ${cols}`,
    why
      ? t.untrustedLine(UNTRUSTED[lang][why])
      : t.totalsLine(pts(x.max, lang), pts(x.achieved, lang), pts(x.target, lang), pts(x.delta, lang), pct(x.index, lang), x.grade),
  ];
  // several rounds: where each criterion's final figure came from (an empty column is named, never used)
  if (report.rounds.length > 1) {
    const parts = report.rounds.map((r) => {
      const label = t.roundLabel[r.kind] ?? r.kind;
      return r.filled ? t.roundPart(r.column, label, r.criteria) : t.roundEmpty(r.column, label);
    });
    lines.push(t.roundsLine(parts.join(" · ")));
  }
  if (!why && (x.self !== null || x.bonus !== null || x.penalty !== null)) {
    lines.push(t.scoreLine(pts(x.self, lang), pct(x.selfIndex, lang), pts(x.achieved, lang), pts(x.bonus ?? 0, lang), pts(x.penalty ?? 0, lang), pts(x.score, lang), pct(x.index, lang), x.grade));
  }
  // how many lost points is the index's other face: not said where no index is
  lines.push(t.countsLine(report.counts.criteria, report.counts.leaves, why ? null : report.counts.weak, report.counts.errors, report.counts.warnings));
  return lines;
}

/** The same rows as the "Kiểm tra" sheet (what remains, then what scoring corrected), columns padded. */
export function findingsText(report: Report, lang: Lang, corrections: readonly Correction[] = []): string[] {
  const { grid, headerRow } = findingsTable(report, lang, corrections);
  const rows = grid.slice(headerRow).map((r) => r.map((v) => String(v)));
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) =>
    r
      .map((v, c) => (c < 4 ? v + " ".repeat((widths[c] as number) - width(v)) : v))
      .join("  ")
      .trimEnd(),
  );
}

/** Terminal columns of a string: combining marks take none. */
function width(s: string): number {
  return s.normalize("NFC").replace(/[\u0300-\u036f]/g, "").length;
}
