// Appraisal rounds: a unit self-scores, the council appraises (often twice, the unit's explanation in between).
// Which achieved-type columns a sheet has, which of them hold figures, and each criterion's final figure:
// the latest round that has a figure for it (round 2 → round 1 → self-score → a plain "điểm đạt").
import { ROUND_WORDS } from "./glossary.js";
import { parsePoints } from "./points.js";
import { fold, isBlank } from "./text.js";
import type { Grid, Milli } from "./types.js";

export type RoundKind = "self" | "round1" | "round2" | "plain";

export interface Round {
  /** 0-based column in the grid */
  col: number;
  kind: RoundKind;
  header: string;
  /** some criterion row holds a figure (not blank, not 0): an empty column never gives the final figure */
  filled: boolean;
}

/** A round cell that holds something unreadable (text, #N/A): the final figure is not known there. */
export const UNREADABLE = Number.NaN;

/** The round a header's words name, before the sheet's other columns are known. */
export function roundWord(header: string): "round2" | "round1" | "self" | "plain" {
  const f = fold(header);
  for (const [kind, pattern] of ROUND_WORDS) if (pattern.test(f)) return kind;
  return "plain";
}

/**
 * The achieved-type columns taking part, latest round first. Appraisal columns in sheet order are round 1
 * then round 2 ("Hội đồng" or "lần 2" always after a plain "thẩm định"); the rightmost self-score column is
 * the self-score. A plain "Điểm đạt" takes part only where there is no self-score column: beside one, it is
 * last year's result, not a round of this year's.
 */
export function orderRounds(candidates: readonly number[], headers: readonly string[]): Round[] {
  const word = new Map(candidates.map((c) => [c, roundWord(headers[c] ?? "")]));
  const appraisal = candidates
    .filter((c) => word.get(c) === "round1" || word.get(c) === "round2")
    .sort((a, b) => (word.get(a) === word.get(b) ? a - b : word.get(a) === "round1" ? -1 : 1))
    .slice(-2);
  const rightmost = (kind: string) => candidates.filter((c) => word.get(c) === kind).sort((a, b) => a - b).pop();
  const self = rightmost("self");
  const plain = self === undefined ? rightmost("plain") : undefined;
  const out: Round[] = [];
  const add = (col: number | undefined, kind: RoundKind) => {
    if (col !== undefined) out.push({ col, kind, header: headers[col] ?? "", filled: false });
  };
  if (appraisal.length === 2) add(appraisal[1], "round2");
  add(appraisal[0], "round1");
  add(self, "self");
  add(plain, "plain");
  return out;
}

/** A forced column (settings.columns.achieved): the one round, whatever its words. */
export function forcedRound(col: number, headers: readonly string[]): Round {
  const w = roundWord(headers[col] ?? "");
  return { col, kind: w === "round2" ? "round1" : w, header: headers[col] ?? "", filled: false };
}

/**
 * Marks the rounds that hold figures: a row with a code and a value other than blank or 0 in the column.
 * Zeros do not count: a template pre-filled with 0, or =SUM over blanks, is a round not yet held.
 */
export function markFilled(rounds: Round[], values: Grid, from: number, codeCol: number): void {
  for (const round of rounds) {
    for (let r = from; r < values.length && !round.filled; r++) {
      const cells = values[r];
      if (!cells || isBlank(cells[codeCol])) continue;
      const v = cells[round.col];
      if (isBlank(v)) continue;
      const p = parsePoints(v);
      round.filled = p.kind !== "number" || p.milli !== 0;
    }
  }
}

/** The column whose sums the sheet shows for "achieved": the latest round with figures, else the earliest. */
export function primaryRound(rounds: readonly Round[]): number {
  const i = rounds.findIndex((r) => r.filled);
  return i >= 0 ? i : rounds.length - 1;
}

/** Where a leaf's final figure comes from: the first round with a figure in latest-first order (-1: none). */
export function latestIndex(figures: readonly (Milli | null)[]): number {
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f !== null && f !== undefined) return i;
  }
  return -1;
}

/** Index of the latest appraisal round with a figure, -1 when none. */
export function latestAppraisal(rounds: readonly Round[], figures: readonly (Milli | null)[]): number {
  for (let i = 0; i < rounds.length; i++) {
    const k = (rounds[i] as Round).kind;
    if ((k === "round2" || k === "round1") && figures[i] !== null && figures[i] !== undefined) return i;
  }
  return -1;
}

export function roundIndex(rounds: readonly Round[], kind: RoundKind): number {
  return rounds.findIndex((r) => r.kind === kind);
}
