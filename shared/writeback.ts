// What "Tính điểm" writes: parent rows, the total row and the change column. Never a leaf's own figures.
import { a1, columnLetter } from "./address.js";
import { hasFormula, isBroken, summable, type Analysis, type CriterionNode, type PointRole, type SumRole } from "./analyze.js";
import { toPoints } from "./points.js";
import type { CellEdit, Grid, Milli } from "./types.js";

export type WriteMode = "formulas" | "values";

/**
 * The cells to write, in sheet coordinates (origin applied). Formulas use en-US syntax (commas),
 * which is what Office.js `formulas` and Apps Script `setFormulas` both expect whatever the locale.
 * A cell whose formula would read a figure typed as text (SUM skips it) gets its figure instead.
 * Cells that already say the same thing are left alone.
 */
export function scoreEdits(analysis: Analysis, requested: WriteMode = analysis.settings.writeMode, formulas?: Grid): CellEdit[] {
  const { header, origin } = analysis;
  if (!header) return [];
  const cols = header.columns;
  const edits: CellEdit[] = [];
  const ref = (row: number, col: number) => a1(row + origin.row, col + origin.col);
  let mode: WriteMode = requested;

  /** What the cell holds now: its figure (null: blank or unreadable), a live formula, a number SUM can read. */
  interface Now {
    written: Milli | null;
    formula: boolean;
    summable: boolean;
  }
  const now = (row: { written: Record<PointRole, Milli | null> } & Parameters<typeof hasFormula>[0] & Parameters<typeof summable>[0], role: PointRole): Now => ({
    written: row.written[role],
    formula: hasFormula(row, role),
    summable: summable(row, role),
  });
  const push = (row: number, col: number, value: Milli, formula: string, was: Now) => {
    if (mode === "formulas") {
      // the same formula with the right result stays; one saved without a result (LibreOffice) is rewritten
      const current = formulas?.[row]?.[col];
      if (typeof current === "string" && sameFormula(current, formula) && was.written === value) return;
    } else if (was.written === value && !was.formula && was.summable) {
      // a figure typed as text is rewritten as a number even when equal: formulas elsewhere read it
      return;
    }
    const edit: CellEdit = { row: row + origin.row, col: col + origin.col, cell: ref(row, col), value: toPoints(value) };
    if (mode === "formulas") edit.formula = formula;
    edits.push(edit);
  };
  /** formulas where every cell the formula reads holds what we count (parents are rewritten by us) */
  const use = (safe: boolean) => {
    mode = requested === "formulas" && safe ? "formulas" : "values";
  };
  const leafSafe = (n: CriterionNode, role: PointRole) => n.children.length > 0 || summable(n, role);

  const sumRoles: SumRole[] = (["max", "achieved", "target"] as const).filter((r) => cols[r] !== undefined);
  const parents = analysis.nodes.filter((n) => n.children.length > 0);
  // a sum over an unreadable leaf (#N/A, text) is not known: the parent keeps what staff typed
  // with several rounds, the achieved column may be filled for some criteria only (round 2 after explanations):
  // a parent with no figure below in it gets no sum (no zero written into a round not held there)
  const rounds = analysis.rounds.length > 1;
  for (const node of parents) {
    for (const role of sumRoles) {
      if (isBroken(node, role)) continue;
      if (role === "achieved" && rounds && node.computed.filled === 0) continue;
      const c = cols[role] as number;
      use(node.children.every((ch) => leafSafe(ch, role)));
      push(node.row, c, node.computed[role] ?? 0, `=SUM(${rangeList(node.children.map((ch) => ch.row), c, ref)})`, now(node, role));
    }
  }
  const total = analysis.total;
  const totalBroken = { broken: analysis.totalsBroken };
  // a total row below the bonus and penalty rows may hold the final score: left as typed when it says either
  const firstAdjustment = analysis.adjusted.groups[0]?.head.row ?? Infinity;
  const net = analysis.adjusted.bonus - analysis.adjusted.penalty;
  if (total) {
    for (const role of sumRoles) {
      if (isBroken(totalBroken, role)) continue;
      const c = cols[role] as number;
      if (role === "achieved" && total.row > firstAdjustment && net !== 0) {
        const w = total.written.achieved;
        if (w !== null && (w === analysis.totals.achieved || w === analysis.totals.achieved + net)) continue;
      }
      use(analysis.roots.every((n) => leafSafe(n, role)));
      push(total.row, c, analysis.totals[role] ?? 0, `=SUM(${rangeList(analysis.roots.map((n) => n.row), c, ref)})`, now(total, role));
    }
  }
  if (cols.delta !== undefined && cols.target !== undefined && cols.achieved !== undefined) {
    const d = cols.delta;
    const delta = (row: number, target: Milli | null, achieved: Milli, was: Now) => {
      if (target !== null) push(row, d, target - achieved, `=${ref(row, cols.target as number)}-${ref(row, cols.achieved as number)}`, was);
    };
    for (const n of analysis.nodes) {
      if (isBroken(n, "target") || isBroken(n, "achieved")) continue;
      use(leafSafe(n, "target") && leafSafe(n, "achieved"));
      delta(n.row, n.computed.target, n.computed.achieved, now(n, "delta"));
    }
    use(true);
    if (total && !isBroken(totalBroken, "target") && !isBroken(totalBroken, "achieved")) delta(total.row, analysis.totals.target, analysis.totals.achieved, now(total, "delta"));
  }
  return edits;
}

/** "D8:D10,D14" — consecutive rows folded into ranges so long parents stay short formulas. */
function rangeList(rows: readonly number[], col: number, ref: (row: number, col: number) => string): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const from = sorted[i] as number;
    const to = sorted[j] as number;
    parts.push(from === to ? ref(from, col) : `${ref(from, col)}:${ref(to, col)}`);
    i = j + 1;
  }
  return parts.join(",");
}

function sameFormula(a: string, b: string): boolean {
  return a.replace(/\s+/g, "").replace(/\$/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
}

/** Column letters of the points roles, for hosts that format whole columns. */
export function pointColumns(analysis: Analysis): string[] {
  const cols = analysis.header?.columns ?? {};
  return (["max", "achieved", "target", "delta"] as const)
    .filter((r) => cols[r] !== undefined)
    .map((r) => columnLetter((cols[r] as number) + analysis.origin.col));
}
