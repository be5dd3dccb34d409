// Bonus points (điểm thưởng, điểm cộng, điểm khuyến khích) and penalty points (điểm trừ, điểm phạt): rows found by
// their label, outside the criteria tree and the maximum. score = Σ final leaf figures + bonus − penalty.
// A penalty typed −0,5 or 0,5 subtracts 0,5 either way; a bonus row's max cell is its cap.
import { BONUS_LABEL, PENALTY_LABEL } from "./glossary.js";
import { parsePoints, PLAUSIBLE_MILLI } from "./points.js";
import { cellText, fold, isBlank } from "./text.js";
import type { Milli } from "./types.js";

export type AdjustmentKind = "bonus" | "penalty";

/** The open group of a heading numbered as a section ("IV. Điểm thưởng"): its items have codes of their own. */
const SECTION = "*";

/** "IV.", "Phần IV -", "8", "8.1", "a)", "-", "+": numbering in front of a label. */
const NUMBERING = /^((phan|muc)\s+)?([ivxlcdm]+|\d+(\.\d+)*|[a-z])\s*[.):\-–]?\s+|^[-+•–]\s*/;

/**
 * A cheap look at the raw text before folding it: every label starts (after its numbering) with "điểm", "trừ",
 * "bị" or "tổng"; text with combining marks (NFD) is folded to be sure.
 */
const MAYBE = /^[^\p{L}]*(?:(?:phần|phan|mục|muc)[^\p{L}]+)?(?:(?:[ivxlcdm]+|[a-z])[^\p{L}]+)?(?:điểm|diem|trừ|tru|bị|bi|tổng|tong)(?!\p{L})|[\u0300-\u036f]/iu;

/** The kind a row's label names, or null. The label is the name cell, or the code cell when the name is blank. */
export function adjustmentKind(label: string): AdjustmentKind | null {
  // most names hold none of these words: skip the fold (criteria sheets run to 100 000 rows)
  if (!label || !MAYBE.test(label)) return null;
  let f = fold(label);
  if (!f) return null;
  f = f.replace(NUMBERING, "");
  if (BONUS_LABEL.test(f) && !/^diem cong (khai|tac|viec|chuc)/.test(f)) return "bonus";
  if (PENALTY_LABEL.test(f) && !/^diem tru so/.test(f)) return "penalty";
  return null;
}

/** One bonus or penalty row as read. */
export interface AdjustmentRow {
  kind: AdjustmentKind;
  /** 0-based row within the grid */
  row: number;
  code: string;
  label: string;
  /** the row's figure (latest round with one), as typed; null: blank */
  figure: Milli | null;
  /** column of that figure, -1 when blank */
  col: number;
  /** the text of an unreadable figure (counted as nothing) */
  unreadable: string | null;
  /** the max cell of the row: a bonus row's cap */
  cap: Milli | null;
  /** index of the heading row of its group in the list, or its own index for a heading */
  group: number;
}

export interface Adjusted {
  /** the groups (a heading with its items, or a single row), in sheet order */
  groups: { head: AdjustmentRow; figure: Milli | null; cap: Milli | null; counted: Milli }[];
  /** bonus rows over their cap (only the cap counts) */
  over: { row: AdjustmentRow; figure: Milli; cap: Milli }[];
  bonus: Milli;
  penalty: Milli;
}

/**
 * Reads bonus and penalty rows as readRows meets them. A row labelled "Điểm thưởng" opens a group: rows
 * under it whose code descends from its code, or that have no code, are its items, until a row with another
 * code or the total row.
 */
export class AdjustmentReader {
  readonly rows: AdjustmentRow[] = [];
  private open: { index: number; code: string } | null = null;

  constructor(
    /** round columns, latest first (the achieved column alone when there are no rounds) */
    private readonly roundCols: readonly number[],
    private readonly maxCol: number | undefined,
  ) {}

  /**
   * A row whose label names a bonus or penalty: it opens a group. `section` is true when its code cell holds
   * a section label ("IV", "C"): the group then runs to the next section label or the total row.
   */
  head(cells: readonly unknown[], r: number, kind: AdjustmentKind, code: string, label: string, section = false): void {
    const index = this.rows.length;
    this.rows.push(this.read(cells, r, kind, code, label, index));
    this.open = { index, code: section ? SECTION : code };
  }

  /** True when the row belongs to the open group (taken here, not a criterion); another code closes it. */
  item(cells: readonly unknown[], r: number, code: string, label: string, section = false): boolean {
    const open = this.open;
    if (!open) return false;
    const inside = !section && (code === "" || open.code === SECTION || (open.code !== "" && code.startsWith(`${open.code}.`)));
    if (!inside) {
      this.open = null;
      return false;
    }
    const head = this.rows[open.index] as AdjustmentRow;
    const row = this.read(cells, r, head.kind, code, label, open.index);
    // a blank-code row without a figure under a heading is a wrapped line or a note: nothing to count
    if (code === "" && row.figure === null && row.unreadable === null) return true;
    this.rows.push(row);
    return true;
  }

  /** The total row closes any open group. */
  close(): void {
    this.open = null;
  }

  private read(cells: readonly unknown[], r: number, kind: AdjustmentKind, code: string, label: string, group: number): AdjustmentRow {
    let figure: Milli | null = null;
    let col = -1;
    let unreadable: string | null = null;
    for (const c of this.roundCols) {
      const v = cells[c];
      if (isBlank(v)) continue;
      const p = parsePoints(v);
      col = c;
      // a figure no bonus can be (a date's serial, 1e15) is unreadable, as in the criteria rows
      if (p.kind === "number" && Math.abs(p.milli) <= PLAUSIBLE_MILLI && !(v instanceof Date)) figure = kind === "penalty" ? Math.abs(p.milli) : p.milli;
      else unreadable = p.kind === "error" || p.kind === "text" ? p.text : cellText(v);
      if (figure !== null && figure < 0) {
        unreadable = cellText(v);
        figure = null;
      }
      break;
    }
    let cap: Milli | null = null;
    if (this.maxCol !== undefined) {
      const p = parsePoints(cells[this.maxCol]);
      if (p.kind === "number" && p.milli > 0 && p.milli <= PLAUSIBLE_MILLI) cap = p.milli;
    }
    return { kind, row: r, code, label, figure, col, unreadable, cap, group };
  }
}

/** Each group's figure (its items' sum, or the heading's own figure), capped; the totals counted. */
export function settleAdjustments(rows: readonly AdjustmentRow[]): Adjusted {
  const groups: Adjusted["groups"] = [];
  const overs: Adjusted["over"] = [];
  let bonus = 0;
  let penalty = 0;
  rows.forEach((head, i) => {
    if (head.group !== i) return;
    const items = rows.filter((x, j) => j !== i && x.group === i);
    let figure: Milli | null = null;
    for (const item of items) {
      if (item.figure === null) continue;
      // an item's own max cell caps that item
      let v = item.figure;
      if (head.kind === "bonus" && item.cap !== null && v > item.cap) {
        overs.push({ row: item, figure: v, cap: item.cap });
        v = item.cap;
      }
      figure = (figure ?? 0) + v;
    }
    if (figure === null) figure = head.figure;
    const cap = head.kind === "bonus" ? head.cap : null;
    const over = cap !== null && figure !== null && figure > cap;
    if (over) overs.push({ row: head, figure: figure as Milli, cap: cap as Milli });
    const counted = figure === null ? 0 : over ? (cap as Milli) : figure;
    if (head.kind === "bonus") bonus += counted;
    else penalty += counted;
    groups.push({ head, figure, cap, counted });
  });
  return { groups, over: overs, bonus, penalty };
}
