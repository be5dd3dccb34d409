// Numbering families staff use in the code column, and the stable path every row gets from them.
// Decimal codes (1, 1.1, 6.2.2.) stand as they are; Roman areas (I, II, Phần I), section letters (A, B) and
// a), b) sub-items make a path ("II.3.a", "B.I.2") so criteria numbered 1, 2, 3 again under each area stay apart.
import { CodeSequence, levelOf, parseCode, romanValue } from "./codes.js";
import { cellText, fold } from "./text.js";

export type Mark =
  | { kind: "blank" }
  /** a decimal code, as parseCode reads it */
  | { kind: "code"; code: string; numeric: boolean }
  /** I, II, "Phần I", "PHẦN II", "III." — `title` is any text typed after it in the same cell */
  | { kind: "roman"; key: string; title: string }
  /** A, B (seed 004: "A MỤC TIÊU CỤ THỂ", "B NHIỆM VỤ CỤ THỂ") */
  | { kind: "section"; key: string; title: string }
  /** a), b), đ) — a sub-item of the criterion above */
  | { kind: "item"; key: string }
  /** "-", "+", "•": a line of a scoring rubric or of a list, never a code */
  | { kind: "bullet" }
  | { kind: "date"; raw: string }
  | { kind: "invalid"; raw: string };

const HEADING = /^([IVXLC]{1,7}|[A-HJ-UWYZĐ])(?:$|\s*[.):\-–]\s*(.*)$|\s+(.*)$)/u;
const ITEM = /^\(?([a-zđ])[.)]?$/u;
const BULLET = /^[-+*•–—·]+$/;

/** What a code cell holds, in the families above. */
export function readMark(value: unknown): Mark {
  const c = parseCode(value);
  if (c.kind === "blank") return c;
  if (c.kind === "code") return c;
  if (c.kind === "date") return c;
  const text = cellText(value);
  if (BULLET.test(text)) return { kind: "bullet" };
  const item = ITEM.exec(text);
  if (item) return { kind: "item", key: item[1] as string };
  // "Phần I", "PHẦN II": the word may come in any case, the numeral in capitals
  const word = /^(\S+)\s+(.+)$/.exec(text);
  const bare = word && fold(word[1]) === "phan" ? (word[2] as string) : text;
  const h = HEADING.exec(bare);
  if (h) {
    const key = h[1] as string;
    const title = (h[2] ?? h[3] ?? "").trim();
    // a title typed after the numeral starts with a capital or a digit; "CCHC là…" is not area C
    if (title && !/^[\p{Lu}\d(“"]/u.test(title)) return { kind: "invalid", raw: text };
    if (key.length > 1 || key === "I" || key === "V" || key === "X") {
      if (romanValue(key) !== null) return { kind: "roman", key, title };
      if (key.length > 1) return { kind: "invalid", raw: text };
    }
    return { kind: "section", key, title };
  }
  return { kind: "invalid", raw: text };
}

/** One row of the table that may be a node, in sheet order. */
export interface MarkedRow {
  mark: Extract<Mark, { kind: "code" | "roman" | "section" | "item" }>;
  /** the row has points in a points column (a figure, or anything typed there) */
  points: boolean;
  /** the achieved (or target) cell holds something */
  achieved: boolean;
}

export type Placement =
  | { kind: "node"; path: string; label: string; widened?: { from: string } }
  /** a heading we leave out of the tree (a lone "I. PHẦN TỰ CHẤM" over decimal criteria): no finding */
  | { kind: "heading" }
  /** a), b) lines whose figures are the levels of a rubric, not parts: no finding, never summed */
  | { kind: "rubric" }
  /** a), b) with no criterion above it */
  | { kind: "orphan"; label: string };

/** The code as written, for display: "II", "3", "a)", "1.10". */
function labelOf(m: MarkedRow["mark"]): string {
  switch (m.kind) {
    case "code":
      return m.code;
    case "item":
      return `${m.key})`;
    default:
      return m.key;
  }
}

/**
 * Paths for the rows of one table. Roman areas and section letters take part in the path when the
 * criteria restart under them (1, 2, 3 under I and again under II) or when they carry figures of their own;
 * otherwise they are headings over decimal codes that are already unique, and paths are the codes (seed 001).
 */
export function placeRows(rows: readonly MarkedRow[], maxOf: (index: number) => number | null = () => null): Placement[] {
  // the family met first is the outer one: seed 004 puts sections over Roman areas, others letters inside an area
  const outerKind = rows.find(isHeading)?.mark.kind as "roman" | "section" | undefined;
  const structural = outerKind !== undefined && (rows.some((r) => isHeading(r) && r.points) || restarts(rows, outerKind));
  const out: Placement[] = [];
  let outer: string | null = null;
  let inner: string | null = null;
  const decimal = new DecimalPlacer();
  /** the last criterion row (not an item): the parent of the a), b) below it */
  let last: string | null = null;
  const rubric = rubricItems(rows, maxOf);

  rows.forEach((row, i) => {
    const m = row.mark;
    if (m.kind === "section" || m.kind === "roman") {
      if (!structural) {
        out.push({ kind: "heading" });
        return;
      }
      if (m.kind === outerKind) {
        outer = m.key;
        inner = null;
      } else inner = outer ? `${outer}.${m.key}` : m.key;
      decimal.restart();
      const path = (m.kind === outerKind ? outer : inner) as string;
      last = path;
      out.push({ kind: "node", path, label: labelOf(m) });
      return;
    }
    if (m.kind === "item") {
      if (!last) out.push({ kind: "orphan", label: labelOf(m) });
      else if (rubric.has(i)) out.push({ kind: "rubric" });
      else out.push({ kind: "node", path: `${last}.${m.key}`, label: labelOf(m) });
      return;
    }
    const place = decimal.place(m.code, m.numeric, structural ? (inner ?? outer) : null);
    last = place.path;
    out.push(place);
  });
  return out;
}

/**
 * Decimal codes in sheet order, under an optional prefix (a Roman area whose criteria restart): a numeric 1.1 after
 * 1.9 is read as 1.10 (CodeSequence). A sheet numbered only with decimal codes is placed row by row with this alone.
 */
export class DecimalPlacer {
  private sequence = new CodeSequence();
  /** paths taken so far: a duplicate takes no part in reading the order of the codes after it */
  private readonly taken = new Set<string>();

  /** under a new heading the codes start again */
  restart(): void {
    this.sequence = new CodeSequence();
  }

  place(code: string, numeric: boolean, prefix: string | null): Extract<Placement, { kind: "node" }> {
    const read = this.sequence.take({ code, numeric });
    const path = prefix ? `${prefix}.${read.code}` : read.code;
    // only two-level codes take part in reading 1.1 after 1.9 as 1.10
    if (levelOf(read.code) === 2 && !this.taken.has(path)) {
      this.taken.add(path);
      this.sequence.accept(read.code);
    }
    return read.widened ? { kind: "node", path, label: read.code, widened: { from: code } } : { kind: "node", path, label: code };
  }
}

function isHeading(r: MarkedRow): boolean {
  return r.mark.kind === "roman" || r.mark.kind === "section";
}

/** Decimal codes seen again under a later heading: the criteria restart per area. */
function restarts(rows: readonly MarkedRow[], outerKind: "roman" | "section"): boolean {
  const seen = new Map<string, number>();
  let heading = 0;
  for (const r of rows) {
    if (r.mark.kind === "roman" || r.mark.kind === "section") heading++;
    else if (r.mark.kind === "code") {
      const first = seen.get(r.mark.code);
      if (first !== undefined && first !== heading) return true;
      if (first === undefined) seen.set(r.mark.code, heading);
    }
  }
  // the same inner heading under two outer ones (A: I, II; B: I, II) is a restart too
  const inner = new Map<string, number>();
  let outer = 0;
  for (const r of rows) {
    if (r.mark.kind === outerKind) outer++;
    else if (r.mark.kind === "roman" || r.mark.kind === "section") {
      const first = inner.get(r.mark.key);
      if (first !== undefined && first !== outer) return true;
      inner.set(r.mark.key, outer);
    }
  }
  return false;
}

/**
 * Item rows that are the levels of a scoring rubric ("a) Hoàn thành 100%: 1 điểm; b) Dưới 100%: 0,5 điểm"):
 * a group of a), b) under one criterion where none holds an achieved figure and whose maxima do not add up
 * to the criterion's own. Items with an achieved figure, or whose maxima make up their parent's, are parts.
 */
function rubricItems(rows: readonly MarkedRow[], maxOf: (index: number) => number | null): Set<number> {
  const out = new Set<number>();
  let parent = -1;
  let group: number[] = [];
  const close = () => {
    if (group.length && parent >= 0) {
      const achieved = group.some((i) => (rows[i] as MarkedRow).achieved);
      const parentMax = maxOf(parent);
      let sum = 0;
      let all = true;
      for (const i of group) {
        const m = maxOf(i);
        if (m === null) all = false;
        else sum += m;
      }
      const partsOfMax = all && parentMax !== null && sum === parentMax;
      if (!achieved && !partsOfMax) for (const i of group) out.add(i);
    }
    group = [];
  };
  rows.forEach((r, i) => {
    if (r.mark.kind === "item") group.push(i);
    else {
      close();
      parent = i;
    }
  });
  close();
  return out;
}

/**
 * The marked rows of a table as they are read, each with its index (a grid row, a cell of a column). Decimal codes are
 * kept as flat lists, no object per row (a big sheet would carry one through its whole reading); the first Roman area,
 * section letter or a) item turns them into MarkedRows for placeRows. Placed in order by `place`.
 */
export class RowMarks {
  /** sized once for every row that may come (`capacity`): no list grown and copied row by row */
  private readonly at: Int32Array;
  private readonly codes: string[];
  private readonly numeric: Uint8Array;
  private count = 0;
  private marked: (MarkedRow & { at: number })[] | null = null;

  constructor(capacity: number) {
    this.at = new Int32Array(capacity);
    this.codes = new Array<string>(capacity);
    this.numeric = new Uint8Array(capacity);
  }

  get length(): number {
    return this.marked ? this.marked.length : this.count;
  }

  /** `points` and `achieved` only matter to headings and items (placeRows): a code row's are not kept */
  add(at: number, mark: MarkedRow["mark"], points: boolean, achieved: boolean): void {
    if (mark.kind === "code" && !this.marked) {
      const i = this.count++;
      this.at[i] = at;
      this.codes[i] = mark.code;
      this.numeric[i] = mark.numeric ? 1 : 0;
      return;
    }
    if (!this.marked) {
      this.marked = [];
      for (let i = 0; i < this.count; i++) {
        this.marked.push({ at: this.at[i] as number, mark: { kind: "code", code: this.codes[i] as string, numeric: this.numeric[i] === 1 }, points: false, achieved: false });
      }
    }
    this.marked.push({ at, mark, points, achieved });
  }

  /**
   * Each row's placement, in order. `maxOf(at)`: a row's max figure (asked of a), b) items and the criterion above
   * them); `title`: the text typed after a Roman area's or section's numeral.
   */
  place(each: (at: number, place: Placement, title: string) => void, maxOf: (at: number) => number | null = () => null): void {
    const rows = this.marked;
    if (rows) {
      const placed = placeRows(rows, (i) => maxOf((rows[i] as MarkedRow & { at: number }).at));
      rows.forEach((m, i) => each(m.at, placed[i] as Placement, m.mark.kind === "roman" || m.mark.kind === "section" ? m.mark.title : ""));
      return;
    }
    // decimal codes only: each row placed as it comes (what placeRows does for such a table)
    const placer = new DecimalPlacer();
    for (let i = 0; i < this.count; i++) each(this.at[i] as number, placer.place(this.codes[i] as string, this.numeric[i] === 1, null), "");
  }
}
