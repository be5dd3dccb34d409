// What "Tính điểm" writes: parent rows, the total row and the change column. Never a leaf's own figures.
import { a1, columnLetter, type CellBlock } from "./address.js";
import { CHANGE_ROLES, hasFormula, isBroken, ROLE_BIT, summable, type Analysis, type CriterionNode, type PointRole, type SumRole } from "./analyze.js";
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

  /** The row whose cell is written, as read: its figure (null: blank or unreadable), live formulas, numbers SUM reads. */
  type Was = { written: Record<PointRole, Milli | null> } & Parameters<typeof hasFormula>[0] & Parameters<typeof summable>[0];
  // the formula is built by the caller only in formulas mode: a sheet of text figures is written as values
  const push = (row: number, col: number, value: Milli, formula: string, was: Was, role: PointRole) => {
    const written = was.written[role];
    if (mode === "formulas") {
      // a formula with the right result stays, ours or staff's own (=C5+C6, a SUM over a range); one saved without
      // a result (LibreOffice) or with a wrong one is rewritten
      const current = formulas?.[row]?.[col];
      if (typeof current === "string" && current.startsWith("=") && written === value) return;
    } else if (written === value && !hasFormula(was, role) && summable(was, role)) {
      // a figure typed as text is rewritten as a number even when equal: formulas elsewhere read it
      return;
    }
    // every field at once (one object, one shape); `formula` undefined in values mode
    edits.push({ row: row + origin.row, col: col + origin.col, cell: ref(row, col), formula: mode === "formulas" ? formula : undefined, value: toPoints(value) });
  };
  /** formulas where every cell the formula reads holds what we count (parents are rewritten by us) */
  const use = (safe: boolean) => {
    mode = requested === "formulas" && safe ? "formulas" : "values";
  };
  const leafSafe = (n: CriterionNode, role: PointRole) => n.children.length > 0 || summable(n, role);
  // a cell inside a merged area (an area's title merged across the figure columns) is not written, and no formula
  // reads it: it shows empty in every host
  const lastRow = Math.max(analysis.total?.row ?? 0, analysis.nodes[analysis.nodes.length - 1]?.row ?? 0);
  const covered = coveredCells(analysis.merged, origin, lastRow + origin.row);

  const sumRoles: SumRole[] = (["max", "achieved", "target"] as const).filter((r) => cols[r] !== undefined);
  const parents = analysis.nodes.filter((n) => n.children.length > 0);
  // a sum over an unreadable leaf (#N/A, text) is not known: the parent keeps what staff typed
  // a parent with no figure below it in a column gets no sum there (a template's blank achieved column, targets set
  // on criteria only, a round not held there yet): no zero written, and a figure typed on the parent is kept
  // (SCORE_WITHOUT_PARTS)
  const rounds = analysis.rounds.length > 1;
  for (const node of parents) {
    for (const role of sumRoles) {
      if (isBroken(node, role) || !(node.filledRoles & ROLE_BIT[role])) continue;
      // and where some sub-criteria take their final figure from an earlier round, the column's own sum would be
      // a part of it: the parent keeps what staff typed (often the final sum)
      if (role === "achieved" && (node.filled === 0 || (rounds && node.foreign > 0))) continue;
      const c = cols[role] as number;
      if (covered(node.row, c)) continue;
      use(node.children.every((ch) => leafSafe(ch, role) && !covered(ch.row, c)));
      push(node.row, c, node[role] ?? 0, mode === "formulas" ? `=SUM(${rangeList(node.children, c, ref)})` : "", node, role);
    }
  }
  const total = analysis.total;
  const totalBroken = { broken: analysis.totalsBroken };
  // a total row below the bonus and penalty rows may hold the final score: left as typed when it says either
  const firstAdjustment = analysis.adjusted.groups[0]?.head.row ?? Infinity;
  const net = analysis.adjusted.bonus - analysis.adjusted.penalty;
  // the columns in which something below the total holds a figure: the others' cells stay as they are
  let below = 0;
  for (const n of analysis.roots) below |= n.filledRoles;
  if (total) {
    for (const role of sumRoles) {
      if (isBroken(totalBroken, role) || !(below & ROLE_BIT[role])) continue;
      const c = cols[role] as number;
      if (role === "achieved" && rounds && analysis.roots.some((n) => n.foreign > 0)) continue;
      if (role === "achieved" && total.row > firstAdjustment && net !== 0) {
        const w = total.written.achieved;
        if (w !== null && (w === analysis.totals.achieved || w === analysis.totals.achieved + net)) continue;
      }
      if (covered(total.row, c)) continue;
      use(analysis.roots.every((n) => leafSafe(n, role) && !covered(n.row, c)));
      push(total.row, c, analysis.totals[role] ?? 0, mode === "formulas" ? `=SUM(${rangeList(analysis.roots, c, ref)})` : "", total, role);
    }
  }
  if (cols.delta !== undefined && cols.target !== undefined && cols.achieved !== undefined && analysis.deltaOwn) {
    const [d, t, a] = [cols.delta, cols.target, cols.achieved];
    // its formula reads the row's own target and achieved cells: a value where one of them is merged away
    const delta = (row: number, target: Milli | null, achieved: Milli, was: Was) => {
      if (target === null || covered(row, d)) return;
      if (covered(row, t) || covered(row, a)) use(false);
      push(row, d, target - achieved, mode === "formulas" ? `=${ref(row, t)}-${ref(row, a)}` : "", was, "delta");
    };
    // the change is target − achieved: with no achieved figure, or no target, on the row or below there is none
    for (const n of analysis.nodes) {
      if (isBroken(n, "target") || isBroken(n, "achieved") || (n.filledRoles & CHANGE_ROLES) !== CHANGE_ROLES) continue;
      use(leafSafe(n, "target") && leafSafe(n, "achieved"));
      delta(n.row, n.target, n.achieved, n);
    }
    use(true);
    if (total && (below & CHANGE_ROLES) === CHANGE_ROLES && !isBroken(totalBroken, "target") && !isBroken(totalBroken, "achieved")) delta(total.row, analysis.totals.target, analysis.totals.achieved, total);
  }
  return edits;
}

/**
 * Whether a grid cell lies inside a merged area without being its top-left cell. Areas are indexed by row (few, and
 * each a few rows), so asking costs what the areas on that row cost.
 */
function coveredCells(merged: readonly CellBlock[], origin: { row: number; col: number }, lastRow: number): (row: number, col: number) => boolean {
  if (merged.length === 0) return () => false;
  const byRow = new Map<number, CellBlock[]>();
  for (const m of merged) {
    // (a merge running far below the table is indexed only as far as the table goes)
    for (let r = Math.max(m.row, origin.row); r < m.row + m.rows && r <= lastRow; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  return (row, col) => {
    const r = row + origin.row;
    const c = col + origin.col;
    for (const m of byRow.get(r) ?? []) {
      if (c >= m.col && c < m.col + m.cols && (r !== m.row || c !== m.col)) return true;
    }
    return false;
  };
}

/** "D8:D10,D14" — consecutive rows folded into ranges so long parents stay short formulas. */
function rangeList(nodes: readonly { row: number }[], col: number, ref: (row: number, col: number) => string): string {
  const rows = nodes.map((n) => n.row);
  // children come in sheet order: sort only when they do not
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as number) < (rows[i - 1] as number)) {
      rows.sort((a, b) => a - b);
      break;
    }
  }
  let out = "";
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    const from = rows[i] as number;
    const to = rows[j] as number;
    if (out !== "") out += ",";
    out += from === to ? ref(from, col) : `${ref(from, col)}:${ref(to, col)}`;
    i = j + 1;
  }
  return out;
}

/** Column letters of the points roles, for hosts that format whole columns. */
export function pointColumns(analysis: Analysis): string[] {
  const cols = analysis.header?.columns ?? {};
  return (["max", "achieved", "target", "delta"] as const)
    .filter((r) => cols[r] !== undefined)
    .map((r) => columnLetter((cols[r] as number) + analysis.origin.col));
}
