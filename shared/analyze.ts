// "Tính điểm": header → rows → tree → validation → rollup → report. Pure: a grid in, plain data out.
import { a1, columnIndex, columnLetter, type CellBlock } from "./address.js";
import { compareCodes, isBelow, isDecimalPath, levelOf, parentOf } from "./codes.js";
import { BONUS_PENALTY, ROLE_LABEL, SUBTOTAL_ROW, TABLE_END, TOTAL_ROW } from "./glossary.js";
import { gradeOf } from "./grade.js";
import { lazily } from "./lazy.js";
import { findHeader, isColumnNumbering, isHeaderLike, isSubHeader, type HeaderMatch } from "./header.js";
import { AdjustmentReader, adjustmentKind, settleAdjustments, type Adjusted } from "./adjustments.js";
import { forcedRound, latestAppraisal, latestIndex, markFilled, orderRounds, primaryRound, roundIndex, UNREADABLE, type Round } from "./rounds.js";
import { messageFor, SEVERITY, SHAREABLE_MESSAGES } from "./messages.js";
import { readMark, RowMarks, type Placement } from "./numbering.js";
import { decodeGrid, type LegacyCell } from "./legacy-encoding.js";
import { indexOf, parsePoints, plainMilli, PLAUSIBLE_MILLI, toPoints } from "./points.js";
import { isDate, isDateFormat, serialToDate, staffDate, typedAsDate } from "./dates.js";
import type { Settings, SettingsInput } from "./settings.js";
import { withDefaults } from "./settings-defaults.js";
import { cellText, fold, isBlank, isFormula } from "./text.js";
import type {
  AreaReport,
  CriterionReport,
  Diagnostic,
  DiagnosticCode,
  Figures,
  Grid,
  Milli,
  OwnerReport,
  Report,
  Role,
} from "./types.js";

export const POINT_ROLES = ["max", "achieved", "target", "delta"] as const;
export type PointRole = (typeof POINT_ROLES)[number];
export type SumRole = Exclude<PointRole, "delta">;
const SUM_ROLES: readonly SumRole[] = ["max", "achieved", "target"];

/** What a row's points cell says: a figure, nothing, or something unusable (already reported). */
type Written = Record<PointRole, Milli | null>;

export interface CriterionNode extends Sums {
  /** the row's path: its decimal code ("1.10"), or through Roman areas, sections and items ("II.3.a") */
  code: string;
  /** the code as written in the sheet ("3", "a)", "II"), for display */
  label: string;
  /** 0-based row within the grid handed in */
  row: number;
  level: number;
  parent: CriterionNode | null;
  children: CriterionNode[];
  name: string;
  /** owner typed on this row */
  ownOwner: string;
  /** owner after inheritance */
  owner: string;
  coordinator: string;
  evidence: string;
  note: string;
  explanation: string;
  appraisalNote: string;
  /** figure per appraisal round (Analysis.rounds, latest first; NaN: unreadable); null with a single round */
  rounds: (Milli | null)[] | null;
  written: Written;
  /** bit per points role (ROLE_BIT): the cell holds a formula (its value may be stale or absent) */
  formulas: number;
  /** bit per points role: a spreadsheet formula reading the cell would not see what we count (see `summable`) */
  unsummable: number;
  /** bit per points role: the cell, or a leaf below, is unreadable (#N/A, text): its sum is not known */
  broken: number;
  /** bit per points role: a formula saved without its result (the file was never calculated) */
  uncalculated: number;
  /** a structural finding (unreadable or duplicate code, missing parent) touches the rows below: sums not known */
  held: boolean;
}

/**
 * A criterion's sums as the sheet's columns hold them: `achieved` is the achieved column's own (blank counts 0), what
 * =SUM writes there. `final` is the score: each leaf's latest round with a figure (rounds.ts), summed. Fields of the
 * node itself, not an object of their own: a 300 000-row sheet carries one object per row, not two.
 */
export interface Sums {
  max: Milli;
  achieved: Milli;
  target: Milli | null;
  final: Milli;
  /** Σ self-scores below (null: no self-score column or, on a leaf, a blank cell) */
  self: Milli | null;
  /** Σ latest appraisal figures below (null: none) */
  appraised: Milli | null;
  /** index into Analysis.rounds of the round giving a leaf's final figure; -1 none (and on parents) */
  source: number;
  /** leaves below (or this leaf) with a figure in the achieved column */
  filled: number;
  /** leaves below (or this leaf) whose final figure comes from another round than the achieved column's */
  foreign: number;
  /** ROLE_BIT of each summed column (max, achieved in any round, target) in which this leaf, or a leaf below, holds a figure */
  filledRoles: number;
  /** the same for columns in which this leaf, or a leaf below, is blank (counted as 0, or the target as achieved) */
  blankRoles: number;
}

export interface TotalRow {
  row: number;
  written: Written;
  formulas: number;
  unsummable: number;
  broken: number;
  uncalculated: number;
}

/** A leaf's children: one shared empty list (frozen: nothing may add to it), not an array per row. */
const NO_CHILDREN = Object.freeze([]) as unknown as CriterionNode[];

/** Bits for the per-row cell flags: two small numbers per row instead of two objects (100 000-row sheets). */
export const ROLE_BIT: Record<PointRole, number> = { max: 1, achieved: 2, target: 4, delta: 8 };
/** the figures a change (target − achieved) is computed from */
export const CHANGE_ROLES = ROLE_BIT.achieved | ROLE_BIT.target;
/** Every role: a row whose structure is not certain has no sum we can vouch for. */
const ALL_ROLES = 15;
/** the columns summed up the tree */
const SUM_BITS = 7;

export function hasFormula(row: { formulas: number }, role: PointRole): boolean {
  return (row.formulas & ROLE_BIT[role]) !== 0;
}

/** A formula reading this cell sees what we count: a real number, or a blank we count as 0 (not a blank target). */
export function summable(row: { unsummable: number }, role: PointRole): boolean {
  return (row.unsummable & ROLE_BIT[role]) === 0;
}

/** The figure (a leaf's own, or a parent's sum) cannot be known: an unreadable cell sits there or below. */
export function isBroken(row: { broken: number }, role: PointRole): boolean {
  return (row.broken & ROLE_BIT[role]) !== 0;
}

export interface Analysis {
  report: Report;
  header: HeaderMatch | null;
  /** the settings' column choices that were applied (role → 0-based grid column) */
  override: Partial<Record<Role, number>>;
  /** in sheet order */
  nodes: CriterionNode[];
  /** every code is a decimal path and each row's is greater than the row's above (then sorting by code is a no-op) */
  ordered: boolean;
  roots: CriterionNode[];
  total: TotalRow | null;
  totals: { max: Milli; achieved: Milli; target: Milli | null };
  /** bit per points role: some leaf's cell is unreadable, so the grand total is not known */
  totalsBroken: number;
  settings: Settings;
  /** points columns holding numbers typed as text: a spreadsheet SUM over them would skip those cells */
  textNumbers: PointRole[];
  /** where the grid sits in the sheet (0-based), so addresses match what the user sees */
  origin: { row: number; col: number };
  /** achieved-type columns, latest round first; the achieved column is rounds[primary] */
  rounds: Round[];
  primary: number;
  /** bonus and penalty rows, settled */
  adjusted: Adjusted;
  /** Σ final leaf figures, self-scores and latest appraisals (points in thousandths) */
  final: { achieved: Milli; self: Milli | null; appraised: Milli | null };
  /** the change column holds target − achieved (or is blank) on most rows: ours to check and write; false when most
   * of its figures say something else (a comparison with last year…): kept as typed (DELTA_COLUMN_OTHER) */
  deltaOwn: boolean;
  /** merged areas, 0-based sheet positions: a cell inside one, not its top-left, is never written (a host shows it
   * empty; exceljs would write the area's first cell, an area's title) */
  merged: readonly CellBlock[];
  /** criteria scored on their own row, none of their sub-criteria scored (SCORE_WITHOUT_PARTS on the achieved column) */
  scoredAbove: readonly CriterionNode[];
}

export interface AnalyzeOptions {
  /** formulas matching `values` ("=SUM(D8:D9)" or "" per cell) */
  formulas?: Grid;
  /** number formats matching `values` (Office.js hands dates over as serial numbers; the format tells) */
  numberFormats?: Grid;
  sheet?: string;
  settings?: SettingsInput;
  /** 0-based sheet position of values[0][0] (a used range need not start at A1) */
  origin?: { row: number; col: number };
  /** 0-based sheet rows the host hides: their criteria still count, and each is reported (HIDDEN_ROW) */
  hiddenRows?: readonly number[];
  /** merged areas, 0-based sheet positions (see Analysis.merged) */
  merged?: readonly CellBlock[];
  /** an earlier reading of the same sheet whose columns to keep: re-reading it after our own write must describe the
   * columns the write was computed with, even where the write filled a column that was empty before */
  sameColumnsAs?: Analysis;
  /** a blank achieved cell is reported on its own row even when every one is blank (PAR_CHECK: a finding per row,
   * each row's own) instead of once for the column (SHEET_NOT_SCORED) */
  eachBlankScore?: boolean;
}

export function analyzeSheet(sheetValues: Grid, options: AnalyzeOptions = {}): Analysis {
  // settings are validated where they enter (a document, a command line); here only the defaults are filled in
  const settings = withDefaults(options.settings);
  const origin = options.origin ?? { row: 0, col: 0 };
  const ctx = new Context(settings, origin, options.formulas);
  // text typed in TCVN3 or VNI is read as Unicode before anything looks at it: headers, names, owners, plan
  const legacy = decodeGrid(sheetValues);
  const values = legacy.values;
  reportLegacy(legacy.cells, ctx);

  const earlier = options.sameColumnsAs;
  const detected = earlier ? earlier.header : findHeader(values);
  const override = earlier ? earlier.override : usableOverrides(values, detected, settings.columns, origin, ctx);
  let header = earlier ? earlier.header : Object.keys(override).length ? findHeader(values, override) : detected;
  // what the earlier reading said about the settings' columns still holds
  if (earlier) ctx.diagnostics.push(...earlier.report.diagnostics.filter((d) => d.code === "COLUMN_OVERRIDE_IGNORED"));
  if (earlier) {
    // the same rounds as the earlier reading (its header already names the achieved column they chose)
    ctx.rounds = earlier.rounds.map((r) => ({ ...r }));
    ctx.primary = earlier.primary;
    ctx.selfRound = roundIndex(ctx.rounds, "self");
  } else if (header && header.columns.achieved !== undefined) {
    // the achieved column: the latest round holding figures (an empty appraisal column never wins)
    const chosen = header.columns.achieved;
    // a column the user gave another role (delta=E) is no round, whatever its header says
    const taken = new Set(Object.entries(header.columns).flatMap(([role, c]) => (role === "achieved" ? [] : [c])));
    const all = [chosen, ...header.alternatives.filter((c) => !taken.has(c))];
    ctx.rounds = override.achieved !== undefined ? [forcedRound(chosen, header.headers)] : orderRounds(all, header.headers);
    if (header.columns.code !== undefined) markFilled(ctx.rounds, values, header.row + header.height, header.columns.code);
    ctx.primary = primaryRound(ctx.rounds);
    ctx.selfRound = roundIndex(ctx.rounds, "self");
    const col = (ctx.rounds[ctx.primary] as Round).col;
    if (col !== chosen) header = { ...header, columns: { ...header.columns, achieved: col }, alternatives: all.filter((c) => c !== col) };
  }
  ctx.adjustments = new AdjustmentReader(
    ctx.rounds.length ? ctx.rounds.map((r) => r.col) : header?.columns.achieved === undefined ? [] : [header.columns.achieved],
    header?.columns.max,
  );
  const nodes: CriterionNode[] = [];
  let total: TotalRow | null = null;

  if (!header) {
    ctx.add("HEADER_NOT_FOUND", -1, -1, "");
  } else {
    for (const role of ["code", "name", "max", "achieved"] as const) {
      if (header.columns[role] === undefined) ctx.add("COLUMN_MISSING", header.row, -1, "", { detail: ROLE_LABEL[role][settings.lang] });
    }
    if (header.columns.code !== undefined && header.columns.max !== undefined) {
      ctx.codeCol = header.columns.code;
      total = readRows(values, header, ctx, nodes, options.numberFormats);
    }
  }

  if (options.hiddenRows?.length) {
    const hidden = new Set(options.hiddenRows);
    for (const n of nodes) if (hidden.has(n.row + origin.row)) ctx.add("HIDDEN_ROW", n.row, ctx.codeCol, n.code);
  }
  for (const [role, first] of ctx.textNumbers) {
    ctx.add("NUMBER_AS_TEXT", first.row, first.col, "", { role, detail: String(first.count) });
  }
  const roots = buildTree(nodes, ctx);
  const totalHeld = holdUncertain(nodes, ctx);
  for (const root of roots) rollup(root, header, ctx);
  if (header?.columns.achieved !== undefined && !options.eachBlankScore) notScored(header.columns.achieved, ctx);
  const deltaOwn = header?.columns.delta === undefined || changeColumnIsOurs(header, ctx);
  checkRoundRollups(roots, ctx);
  const totals = sumOf(roots);
  let totalsBroken = totalHeld ? ALL_ROLES : 0;
  for (const root of roots) totalsBroken |= root.broken;
  let noChange = false;
  if (total && header) {
    const below = { broken: totalsBroken, filledRoles: 0 };
    for (const root of roots) below.filledRoles |= root.filledRoles;
    for (const role of SUM_ROLES) {
      const c = header.columns[role];
      if (c !== undefined) holdWithoutParts(below, role, total.written[role], total.row, "", c, ctx);
    }
    totalsBroken = below.broken;
    noChange = (below.filledRoles & CHANGE_ROLES) !== CHANGE_ROLES;
  }
  const adjusted = settleAdjustments(ctx.adjustments.rows);
  for (const o of adjusted.over) {
    ctx.add("BONUS_OVER_CAP", o.row.row, o.row.col, o.row.code, { role: "achieved", found: toPoints(o.figure), expected: toPoints(o.cap) });
  }
  for (const a of ctx.adjustments.rows) {
    if (a.unreadable !== null) ctx.add("ADJUSTMENT_UNREADABLE", a.row, a.col, a.code, { found: a.unreadable, detail: a.kind });
  }
  // a total row below the bonus and penalty rows may already hold the final score
  const net = adjusted.bonus - adjusted.penalty;
  const firstAdjustment = ctx.adjustments.rows[0]?.row ?? Infinity;
  const final = finalSums(roots, ctx.rounds);
  if (total) totalsBroken |= checkTotal(total, totals, totalsBroken, roots, header as HeaderMatch, ctx, total.row > firstAdjustment ? net : null, final.achieved, noChange || !deltaOwn);
  if (header) reportHeld(nodes, roots, total, totalsBroken, header, ctx);
  const report = buildReport(options.sheet ?? "", header, override, nodes, roots, totals, ctx, adjusted, final);
  return {
    report,
    header,
    nodes,
    ordered: ctx.ordered,
    roots,
    total,
    override,
    totals,
    totalsBroken,
    settings,
    textNumbers: [...ctx.textNumbers.keys()],
    origin,
    rounds: ctx.rounds,
    primary: ctx.primary,
    adjusted,
    final,
    deltaOwn,
    merged: options.merged ?? [],
    scoredAbove: ctx.scoredAbove,
  };
}

/** Once per encoding found: which columns, how many cells (the text was read as Unicode). */
function reportLegacy(cells: readonly LegacyCell[], ctx: Context): void {
  const byEncoding = new Map<string, { count: number; cols: Set<number> }>();
  for (const c of cells) {
    const e = byEncoding.get(c.encoding) ?? { count: 0, cols: new Set<number>() };
    e.count++;
    e.cols.add(c.col);
    byEncoding.set(c.encoding, e);
  }
  for (const [encoding, e] of byEncoding) {
    const columns = [...e.cols].sort((a, b) => a - b).map((c) => columnLetter(c + ctx.origin.col));
    ctx.add("LEGACY_ENCODING", -1, -1, "", { found: encoding, expected: e.count, detail: columns.join(", ") });
  }
}

/**
 * The columns the user chose, where they can hold the table: a letter left of the grid, past its last column,
 * or over an empty column (a column inserted since the choice was saved) is set aside with a warning.
 */
function usableOverrides(
  values: Grid,
  detected: HeaderMatch | null,
  chosen: Settings["columns"],
  origin: { row: number; col: number },
  ctx: Context,
): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  const from = detected ? detected.row + detected.height : 0;
  // one role per column: the codes and names stay where the header puts them, a second choice of a column is set aside
  const taken = new Set<number>();
  for (const role of ["code", "name"] as const) {
    const c = detected?.columns[role];
    if (c !== undefined && !chosen[role]) taken.add(c);
  }
  for (const [role, letter] of Object.entries(chosen) as [Role, string | undefined][]) {
    if (!letter) continue;
    const c = columnIndex(letter) - origin.col;
    const points = (POINT_ROLES as readonly Role[]).includes(role);
    let used = false;
    // a points column must hold at least one figure: a column of text (names, departments) never wins
    for (let r = from; r < values.length && !used && c >= 0; r++) {
      const v = values[r]?.[c];
      used = points ? typeof v === "number" || (typeof v === "string" && parsePoints(v).kind === "number") : !isBlank(v);
    }
    // codes or names chosen over a column the header gives points would turn figures into codes once sums are written
    const overPoints = !points && POINT_ROLES.some((r) => detected?.columns[r] === c);
    if (used && !taken.has(c) && !overPoints) {
      out[role] = c;
      taken.add(c);
    } else {
      const fallback = detected?.columns[role];
      ctx.add("COLUMN_OVERRIDE_IGNORED", detected ? detected.row : -1, -1, "", {
        role,
        found: letter.toUpperCase(),
        detail: fallback === undefined ? "" : columnLetter(fallback + origin.col),
      });
    }
  }
  return out;
}

/** Collects findings with absolute addresses and messages in the chosen language. */
class Context {
  readonly diagnostics: Diagnostic[] = [];
  codeCol = -1;
  /**
   * The criteria read, by code (the first row of a code; later duplicates are reported, not kept). Built only once
   * the codes leave strictly rising decimal order: until then no code can repeat and every parent is on a stack
   * (a map of 100 000 codes costs a big sheet more in cache misses than reading its rows).
   */
  byCode: Map<string, CriterionNode> | null = null;
  /** every code so far is a decimal path, each greater than the one before (see byCode) */
  ordered = true;
  /** per points role: the first cell holding a number typed as text, and how many do */
  readonly textNumbers = new Map<PointRole, { row: number; col: number; count: number }>();
  /** the same records by role bit (ROLE_BIT) */
  readonly textSeen: ({ row: number; col: number; count: number } | undefined)[] = [];
  /** achieved-type columns, latest round first, and the one the sheet's sums are in */
  rounds: Round[] = [];
  primary = 0;
  /** index of the self-score round, -1 when none */
  selfRound = -1;
  adjustments = new AdjustmentReader([], undefined);
  /** per column, a mark for each grid row holding a finding: a per-row check asks in constant time, never scanning */
  private readonly flagged = new Map<number, Uint8Array>();
  /** one string per code, column and content for messages that name no place (a blank template has one per leaf) */
  private readonly shared = new Map<DiagnosticCode, Map<string | undefined, Map<string | undefined, string>>>();
  /** the same for unreadable figures, by code and role bit (see addUnreadable) */
  private readonly unreadableText: (Map<string, string> | undefined)[] = [];
  /** rows with a structural finding, and the node it concerns when known: the sums over them are not certain */
  readonly held: { row: number; node?: CriterionNode; exact?: boolean }[] = [];
  /** rows whose change figure is, and is not, target − achieved (or the row's own typed target − achieved) */
  readonly deltaRows = { agree: 0, disagree: 0 };
  /** criteria whose achieved figure is typed on their own row, none below it (SCORE_WITHOUT_PARTS) */
  readonly scoredAbove: CriterionNode[] = [];
  /** parents (and the total row: null) with the ROLE_BITs of figures kept as typed for want of figures below */
  readonly partsBlank = new Map<CriterionNode | null, number>();
  /** sub-criteria rolled up, and those of them with no achieved figure in any round (grid rows of the first and last) */
  readonly unscored = { leaves: 0, blank: 0, first: -1, last: -1 };
  constructor(
    readonly settings: Settings,
    readonly origin: { row: number; col: number },
    /** the sheet's formulas, where a host gave them (a parent's own formula tells a rollup from a figure brought in) */
    readonly formulas: Grid | undefined,
  ) {}

  add(
    code: DiagnosticCode,
    row: number,
    col: number,
    criterion: string,
    extra?: Partial<Pick<Diagnostic, "role" | "expected" | "found" | "detail">>,
  ): void {
    this.put(code, row, col, criterion, extra?.role, extra?.expected, extra?.found, extra?.detail);
  }

  /**
   * A figure cell that cannot be read ("#N/A", a word): on a sheet of them several per row, so no options object
   * per finding and no reading of options shaped differently at every call.
   */
  addUnreadable(code: "CELL_ERROR" | "VALUE_NOT_NUMBER", row: number, col: number, criterion: string, role: PointRole, found: string): void {
    // its message depends on the code, the role and the text only: one lookup by role bit and text
    const slot = (code === "CELL_ERROR" ? 16 : 0) + ROLE_BIT[role];
    let byFound = this.unreadableText[slot];
    if (byFound === undefined) this.unreadableText[slot] = byFound = new Map();
    const known = byFound.get(found);
    const d = this.put(code, row, col, criterion, role, undefined, found, undefined, known);
    if (known === undefined) byFound.set(found, d.message);
  }

  private put(
    code: DiagnosticCode,
    row: number,
    col: number,
    criterion: string,
    role: Diagnostic["role"],
    expected: Diagnostic["expected"],
    found: Diagnostic["found"],
    detail: Diagnostic["detail"],
    message?: string,
  ): Diagnostic {
    const absRow = row < 0 ? -1 : row + this.origin.row;
    const absCol = col < 0 ? -1 : col + this.origin.col;
    // one object per finding with every field in it from the start, in one order (one shape, no second store for
    // fields added later): a sheet of unreadable figures has several findings per row. An absent field is undefined,
    // which JSON leaves out.
    const d: Diagnostic = {
      code,
      severity: SEVERITY[code],
      row: absRow + 1,
      col: absCol,
      cell: absRow >= 0 && absCol >= 0 ? a1(absRow, absCol) : absRow >= 0 ? `${absRow + 1}:${absRow + 1}` : "",
      criterion,
      role,
      expected,
      found,
      detail,
      message: "",
    };
    d.message = message ?? this.message(d);
    this.diagnostics.push(d);
    if (row >= 0 && col >= 0) {
      let rows = this.flagged.get(col);
      if (rows === undefined || row >= rows.length) {
        const grown = new Uint8Array(Math.max(1024, row * 2));
        if (rows) grown.set(rows);
        this.flagged.set(col, (rows = grown));
      }
      rows[row] = 1;
    }
    return d;
  }

  private message(d: Diagnostic): string {
    if (!SHAREABLE_MESSAGES.has(d.code) || d.expected !== undefined || d.detail !== undefined || typeof d.found === "number") {
      return messageFor(d, this.settings.lang);
    }
    // nested maps, not a joined key: no string is built to look one up
    let byRole = this.shared.get(d.code);
    if (!byRole) this.shared.set(d.code, (byRole = new Map()));
    let byFound = byRole.get(d.role);
    if (!byFound) byRole.set(d.role, (byFound = new Map()));
    let text = byFound.get(d.found);
    if (text === undefined) byFound.set(d.found, (text = messageFor(d, this.settings.lang)));
    return text;
  }

  /** Takes back every finding of `code`, or those on `rows` (the cells stay flagged: they still hold what the findings were about). */
  drop(code: DiagnosticCode, rows?: ReadonlySet<number>): void {
    const list = this.diagnostics;
    const row0 = this.origin.row;
    let k = 0;
    // (`rows`: only those on these grid rows; a finding's row is 1-based and in sheet terms)
    for (const d of list) if (d.code !== code || (rows !== undefined && !rows.has(d.row - 1 - row0))) list[k++] = d;
    list.length = k;
  }

  /** A finding already names this cell (grid-relative row and column). */
  hasProblem(row: number, col: number): boolean {
    return this.flagged.get(col)?.[row] === 1;
  }
}

function readRows(values: Grid, header: HeaderMatch, ctx: Context, nodes: CriterionNode[], numberFormats?: Grid): TotalRow | null {
  const formulas = ctx.formulas;
  const cols = header.columns;
  const codeCol = cols.code as number;
  const nameCol = cols.name ?? codeCol + 1;
  const pointCells = pointCellsOf(cols);
  const filled = (cells: readonly unknown[], role: "achieved" | "target") => cols[role] !== undefined && !isBlank(cells[cols[role] as number]);
  const marked = new RowMarks(values.length);
  let total: TotalRow | null = null;
  let afterTotal = false;

  for (let r = header.row + header.height; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every(isBlank)) continue;
    let mark = readMark(cells[codeCol]);
    // an area typed in the name column, its code cell left blank: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" (a Roman
    // numeral and a title in capitals, as official forms print areas; "A. Tốt: 1 điểm" stays a rubric line)
    if (mark.kind === "blank" && typeof cells[nameCol] === "string") {
      const inName = readMark(cells[nameCol]);
      if (inName.kind === "roman" && isCapitals(inName.title)) mark = inName;
    }
    // the place-and-date line, the signatures, "Nơi nhận": the table has ended, nothing below is data
    if (mark.kind !== "code" && isTableEnd(cells)) break;
    // the header again at a page break (all of its rows), or a row numbering the columns (1) (2) (3)…
    if ((mark.kind !== "code" && isHeaderLike(cells, codeCol)) || (numberLike(cells[nameCol]) && isColumnNumbering(cells))) {
      for (let k = 1; k < header.height && values[r + 1] && isSubHeader(values[r + 1] as readonly unknown[], codeCol); k++) r++;
      continue;
    }

    // bonus and penalty rows, by their label (with or without a code): outside the criteria and the maximum
    const ownCode = mark.kind === "code" ? mark.code : "";
    const section = mark.kind === "roman" || mark.kind === "section";
    const title = mark.kind === "roman" || mark.kind === "section" ? mark.title : "";
    const label = textAt(cells, cols, "name") || (section ? title : mark.kind === "code" ? "" : cellText(cells[codeCol]));
    const adjustment = adjustmentKind(label);
    if (adjustment) {
      ctx.adjustments.head(cells, r, adjustment, ownCode, label, section);
      continue;
    }
    // the total row, even blank (a template waiting for its sums); the last one wins over any sub-total above it
    const totalLabel = mark.kind !== "code" && (TOTAL_ROW.test(fold(textAt(cells, cols, "name"))) || TOTAL_ROW.test(fold(cells[codeCol])));
    if (totalLabel) {
      ctx.adjustments.close();
      total = { row: r, ...readPoints(cells, formulas?.[r], r, pointCells, ctx, "", numberFormats?.[r]) };
      afterTotal = marked.length > 0;
      continue;
    }
    // the items of an open bonus/penalty group (its a), b) lines, its sub-codes)
    if (ctx.adjustments.item(cells, r, ownCode, label, section)) continue;
    // notes under the total row are not criteria, whatever their columns hold (a sub-total "Cộng" may be
    // followed by the next area, which is numbered)
    if (afterTotal && (mark.kind === "blank" || mark.kind === "bullet" || mark.kind === "invalid" || mark.kind === "date")) continue;

    // (a code row's points and achieved flags matter to no one: only headings' and items' do, see RowMarks)
    const hasPoints = mark.kind !== "code" && pointCells.some((p) => !isBlank(cells[p.col]));
    if (mark.kind === "blank" || mark.kind === "bullet") {
      if (!hasPoints) continue; // a wrapped name line or a note under a criterion
      // a sub-total under an area ("Cộng lĩnh vực I"): the area row holds the figure we check
      if (SUBTOTAL_ROW.test(textAt(cells, cols, "name").normalize("NFC").toLowerCase())) continue;
      // a rubric line ("- Hoàn thành 100%: 1 điểm"): a level's points in the max column, nothing achieved
      if (!BONUS_PENALTY.test(fold(textAt(cells, cols, "name"))) && !filled(cells, "achieved") && !filled(cells, "target")) continue;
      readPoints(cells, formulas?.[r], r, pointCells, ctx, "", numberFormats?.[r]);
      ctx.add("CODE_MISSING", r, codeCol, "");
      ctx.held.push({ row: r });
      continue;
    }
    if (mark.kind === "date") {
      readPoints(cells, formulas?.[r], r, pointCells, ctx, "", numberFormats?.[r]);
      ctx.add("CODE_DATE", r, codeCol, "", { detail: mark.raw });
      ctx.held.push({ row: r });
      continue;
    }
    if (mark.kind === "invalid") {
      // an explanatory note typed across the code column is words, not a code someone tried to type
      if (!hasPoints && !codeLike(mark.raw)) continue;
      readPoints(cells, formulas?.[r], r, pointCells, ctx, "", numberFormats?.[r]);
      ctx.add("CODE_INVALID", r, codeCol, "", { detail: mark.raw });
      ctx.held.push({ row: r });
      continue;
    }
    marked.add(r, mark, hasPoints, mark.kind !== "code" && (filled(cells, "achieved") || filled(cells, "target")));
  }

  let previous: string | undefined;
  // the text columns, looked up once for every row
  const text = {
    name: cols.name,
    owner: cols.owner,
    coordinator: cols.coordinator,
    evidence: cols.evidence,
    note: cols.note,
    explanation: cols.explanation,
    appraisalNote: cols.appraisalNote,
  };
  const criterion = (r: number, place: Placement, title: string): void => {
    const cells = values[r] ?? [];
    if (place.kind === "heading" || place.kind === "rubric") return;
    if (place.kind === "orphan") {
      readPoints(cells, formulas?.[r], r, pointCells, ctx, "", numberFormats?.[r]);
      ctx.add("CODE_INVALID", r, codeCol, "", { detail: place.label });
      ctx.held.push({ row: r });
      return;
    }
    const code = place.path;
    // the criterion is made first and its figures read into it (a duplicate's is dropped below)
    const node: CriterionNode = {
      code,
      label: place.label,
      row: r,
      level: levelOf(code),
      parent: null,
      children: NO_CHILDREN,
      name: textIn(cells, text.name) || title,
      ownOwner: textIn(cells, text.owner),
      owner: "",
      coordinator: textIn(cells, text.coordinator),
      evidence: textIn(cells, text.evidence),
      note: textIn(cells, text.note),
      explanation: textIn(cells, text.explanation),
      appraisalNote: textIn(cells, text.appraisalNote),
      rounds: null,
      written: { max: null, achieved: null, target: null, delta: null },
      formulas: 0,
      unsummable: 0,
      broken: 0,
      uncalculated: 0,
      held: false,
      max: 0,
      achieved: 0,
      target: null,
      final: 0,
      self: null,
      appraised: null,
      source: -1,
      filled: 0,
      foreign: 0,
      filledRoles: 0,
      blankRoles: 0,
    };
    readPoints(cells, formulas?.[r], r, pointCells, ctx, code, numberFormats?.[r], node);
    if (place.widened) ctx.add("CODE_NUMERIC_AMBIGUOUS", r, codeCol, code, { found: place.widened.from, detail: code });
    const rising = previous === undefined || compareCodes(code, previous) > 0;
    // in rising decimal order (seed 001, most templates) a code can repeat no earlier one: no lookup
    if (ctx.ordered && !(rising && isDecimalPath(code))) {
      ctx.ordered = false;
      ctx.byCode = new Map(nodes.map((n) => [n.code, n]));
    }
    const first = ctx.byCode?.get(code);
    if (first) {
      ctx.add("CODE_DUPLICATE", r, codeCol, code, { detail: String(first.row + ctx.origin.row + 1) });
      ctx.held.push({ row: r }, { row: first.row, node: first });
      return;
    }
    if (!rising) {
      ctx.add("CODE_ORDER", r, codeCol, code, { detail: previous });
    }
    previous = code;
    if (ctx.rounds.length > 1) node.rounds = readRounds(cells, r, node, ctx, code, numberFormats?.[r]);
    ctx.byCode?.set(code, node);
    nodes.push(node);
  };

  marked.place(criterion, (r) => {
    const p = cols.max === undefined ? null : parsePoints(values[r]?.[cols.max]);
    return p && p.kind === "number" ? p.milli : null;
  });
  return total;
}

/** A criterion's figure in every round, latest first: the achieved column's as read, the others read here. */
function readRounds(
  cells: readonly unknown[],
  r: number,
  points: { written: Written; broken: number },
  ctx: Context,
  criterion: string,
  formatRow?: readonly unknown[],
): (Milli | null)[] {
  const out: (Milli | null)[] = [];
  ctx.rounds.forEach((round, i) => {
    if (i === ctx.primary) {
      out.push(isBroken(points, "achieved") ? UNREADABLE : points.written.achieved);
      return;
    }
    const c = round.col;
    const raw = cells[c];
    // as readPoints: a date, or a figure no score can be, is reported and never counted
    const date = isDate(raw) ? raw : typeof raw === "number" && formatRow !== undefined && isDateFormat(formatRow[c]) ? serialToDate(raw) : null;
    const p = date === null ? parsePoints(raw) : null;
    if (date !== null) {
      ctx.add("VALUE_DATE", r, c, criterion, { role: "achieved", found: staffDate(date), detail: typedAsDate(date) });
      out.push(UNREADABLE);
    } else if (p === null) out.push(UNREADABLE);
    else if (p.kind === "number" && !(Math.abs(p.milli) <= PLAUSIBLE_MILLI)) {
      ctx.add("VALUE_IMPLAUSIBLE", r, c, criterion, { role: "achieved", found: cellText(raw) });
      out.push(UNREADABLE);
    } else if (p.kind === "blank") out.push(null);
    else if (p.kind === "number") {
      if (p.milli < 0) ctx.add("VALUE_NEGATIVE", r, c, criterion, { role: "achieved", found: toPoints(p.milli) });
      out.push(p.milli);
    } else {
      ctx.add(p.kind === "error" ? "CELL_ERROR" : "VALUE_NOT_NUMBER", r, c, criterion, { role: "achieved", found: p.text });
      out.push(UNREADABLE);
    }
  });
  return out;
}

/** A title in capitals ("CẢI CÁCH THỂ CHẾ"): most of its letters upper case. */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters.replace(/\p{Lu}/gu, "").length <= letters.length * 0.2;
}

/** A row of the signature block or the place-and-date line below the table. */
function isTableEnd(cells: readonly unknown[]): boolean {
  for (const v of cells) {
    if (typeof v !== "string" || v.length > 120 || isBlank(v)) continue;
    const f = fold(v);
    if (TABLE_END.some((re) => re.test(f))) return true;
  }
  return false;
}

/** Text someone meant as a code ("1.2a", "x.y", "1,2,3"), not a sentence typed across the code column. */
function codeLike(raw: string): boolean {
  return /^\d/.test(raw) ? raw.length <= 20 : raw.length <= 8 && !/\s/.test(raw);
}

function textAt(cells: readonly unknown[], cols: HeaderMatch["columns"], role: Role): string {
  return textIn(cells, cols[role]);
}

function textIn(cells: readonly unknown[], c: number | undefined): string {
  return c === undefined ? "" : cellText(cells[c]);
}

/** A name cell that reads "2", "(2)" or "B": the row may only be numbering the columns. */
const COLUMN_NUMBER = /^\s*\(?(\d{1,2}|[A-Z])\)?\s*$/;
function numberLike(v: unknown): boolean {
  return typeof v === "number" || (typeof v === "string" && COLUMN_NUMBER.test(v));
}

/** The points columns of a table, each with its role and bit, listed once for every row. */
interface PointCell {
  role: PointRole;
  col: number;
  bit: number;
}

function pointCellsOf(cols: HeaderMatch["columns"]): PointCell[] {
  return POINT_ROLES.flatMap((role) => (cols[role] === undefined ? [] : [{ role, col: cols[role] as number, bit: ROLE_BIT[role] }]));
}

/** What a row's points cells say, read into the criterion itself (no object of its own per row). */
type PointsRead = Omit<TotalRow, "row">;

function unread(): PointsRead {
  return { written: { max: null, achieved: null, target: null, delta: null }, formulas: 0, unsummable: 0, broken: 0, uncalculated: 0 };
}

function readPoints(
  cells: readonly unknown[],
  formulaRow: readonly unknown[] | undefined,
  r: number,
  pointCells: readonly PointCell[],
  ctx: Context,
  criterion: string,
  formatRow: readonly unknown[] | undefined,
  into: PointsRead = unread(),
): PointsRead {
  const written = into.written;
  for (let k = 0; k < pointCells.length; k++) {
    const { role, col: c, bit } = pointCells[k] as PointCell;
    const f = formulaRow?.[c];
    const raw = cells[c];
    const date = isDate(raw) ? raw : typeof raw === "number" && formatRow !== undefined && isDateFormat(formatRow[c]) ? serialToDate(raw) : null;
    if (date !== null || (typeof raw === "number" && !(Math.abs(raw) <= PLAUSIBLE_MILLI / 1000))) {
      // 1.5 typed into a date-formatted cell, or a figure no score can be: reported, never summed (a formula would sum it)
      if (date !== null) ctx.add("VALUE_DATE", r, c, criterion, { role, found: staffDate(date), detail: typedAsDate(date) });
      else ctx.add("VALUE_IMPLAUSIBLE", r, c, criterion, { role, found: cellText(raw) });
      if (isFormula(f, raw)) into.formulas |= bit;
      into.unsummable |= bit;
      into.broken |= bit;
      continue;
    }
    // a figure typed as plain text ("2,5"), most cells of most sheets, is read without a parse result object
    let milli = typeof raw === "string" ? plainMilli(raw) : NaN;
    const p = Number.isNaN(milli) ? parsePoints(raw) : null;
    const kind = p === null ? "number" : p.kind;
    if (p !== null && p.kind === "number") milli = p.milli;
    if (kind === "number" && !(Math.abs(milli) <= PLAUSIBLE_MILLI)) {
      ctx.add("VALUE_IMPLAUSIBLE", r, c, criterion, { role, found: cellText(raw) });
      if (isFormula(f, raw)) into.formulas |= bit;
      into.unsummable |= bit;
      into.broken |= bit;
      continue;
    }
    if (isFormula(f, raw)) {
      into.formulas |= bit;
      // a formula saved without its result reads blank: its figure is unknown, not 0 (reported on leaves;
      // a change column is ours to recompute, like a parent's sum)
      if (kind === "blank" && role !== "delta") {
        into.uncalculated |= bit;
        into.broken |= bit;
      }
    }
    // text figures are skipped by SUM; a blank target counts as the achieved score here but as 0 in a formula
    if (!(typeof raw === "number" || (kind === "blank" && role !== "target"))) into.unsummable |= bit;
    if (kind === "number") {
      if (milli < 0 && role !== "delta") ctx.add("VALUE_NEGATIVE", r, c, criterion, { role, found: toPoints(milli) });
      if (p !== null && p.kind === "number" && p.excess) ctx.add("PRECISION", r, c, criterion, { role, detail: cellText(raw), expected: toPoints(milli) });
      written[role] = milli;
      if (typeof raw === "string") {
        // the role's record looked up once (by role's bit), not in the map per cell
        const seen = ctx.textSeen[bit];
        if (seen) seen.count++;
        else ctx.textNumbers.set(role, (ctx.textSeen[bit] = { row: r, col: c, count: 1 }));
      }
    } else if (p !== null && p.kind === "error") {
      ctx.addUnreadable("CELL_ERROR", r, c, criterion, role, p.text);
      into.broken |= bit;
    } else if (p !== null && p.kind === "text") {
      ctx.addUnreadable("VALUE_NOT_NUMBER", r, c, criterion, role, p.text);
      into.broken |= bit;
    }
  }
  return into;
}

function buildTree(nodes: CriterionNode[], ctx: Context): CriterionNode[] {
  const byCode = ctx.byCode;
  const roots: CriterionNode[] = [];
  // rising decimal codes: a criterion's ancestors precede it and everything between is below them, so the nearest
  // one present is on the stack of the rows above (the codes' own order, no map)
  const chain: CriterionNode[] = [];
  for (const node of nodes) {
    const direct = parentOf(node.code);
    let parent: CriterionNode | null;
    let up: string | null;
    if (byCode) {
      up = direct;
      while (up !== null && !byCode.has(up)) up = parentOf(up);
      parent = up === null ? null : (byCode.get(up) as CriterionNode);
    } else {
      while (chain.length && !isBelow(node.code, (chain[chain.length - 1] as CriterionNode).code)) chain.pop();
      parent = chain.length ? (chain[chain.length - 1] as CriterionNode) : null;
      up = parent ? parent.code : null;
      chain.push(node);
    }
    if (direct !== null && up !== direct) {
      ctx.add("PARENT_MISSING", node.row, ctx.codeCol, node.code, { detail: direct });
      // the row was hung under a grandparent (or at the top): that sum is a guess
      ctx.held.push(parent ? { row: node.row, node: parent, exact: true } : { row: node.row });
    }
    node.parent = parent;
    if (parent) {
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
    }
    else roots.push(node);
  }
  for (const node of nodes) node.owner = node.ownOwner || node.parent?.owner || "";
  return roots;
}

/**
 * Marks the parents whose sums a structural finding makes uncertain: the criterion the bad row sits under
 * (the parent above it, or the parent of the leaf above it), and through the rollup every ancestor.
 * Returns whether the grand total is uncertain (any structural finding at all).
 */
function holdUncertain(nodes: readonly CriterionNode[], ctx: Context): boolean {
  for (const h of ctx.held) {
    let target: CriterionNode | null | undefined;
    if (h.node) target = h.exact || h.node.children.length ? h.node : h.node.parent;
    else {
      // nodes are in sheet order: the last one above the row
      let lo = 0;
      let hi = nodes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((nodes[mid] as CriterionNode).row < h.row) lo = mid + 1;
        else hi = mid;
      }
      const above = lo > 0 ? (nodes[lo - 1] as CriterionNode) : null;
      target = above && (above.children.length ? above : above.parent);
    }
    if (target) target.held = true;
  }
  return ctx.held.length > 0;
}

/** Says which parent and total cells "Tính điểm" leaves as typed, because what lies below them is not certain. */
function reportHeld(nodes: readonly CriterionNode[], roots: readonly CriterionNode[], total: TotalRow | null, totalsBroken: number, header: HeaderMatch, ctx: Context): void {
  const cols = header.columns;
  const list = (row: { broken: number }) => {
    const out: number[] = [];
    for (const role of SUM_ROLES) if (cols[role] !== undefined && isBroken(row, role)) out.push(cols[role] as number);
    if (cols.delta !== undefined && cols.target !== undefined && (isBroken(row, "target") || isBroken(row, "achieved"))) out.push(cols.delta);
    return out;
  };
  // cells holding something are "left as typed" (detail); blank ones simply get no sum (expected)
  const add = (r: number, criterion: string, held: number[], row: { written: Written; formulas: number }) => {
    if (!held.length) return;
    const cell = (c: number) => a1(r + ctx.origin.row, c + ctx.origin.col);
    const holds = (c: number) => {
      const role = POINT_ROLES.find((x) => cols[x] === c) as PointRole;
      return row.written[role] !== null || hasFormula(row, role);
    };
    const typed = held.filter(holds).map(cell).join(", ");
    const blank = held.filter((c) => !holds(c)).map(cell).join(", ");
    ctx.add("WRITE_HELD", r, held[0] as number, criterion, { detail: typed, ...(blank ? { expected: blank } : {}) });
  };
  // a figure held for want of parts below has its own finding (SCORE_WITHOUT_PARTS): not said twice
  const own = (key: CriterionNode | null, broken: number, children: readonly CriterionNode[]) => {
    let below = 0;
    for (const c of children) below |= c.broken;
    return broken & ~((ctx.partsBlank.get(key) ?? 0) & ~below);
  };
  for (const n of nodes) if (n.broken !== 0 && n.children.length) add(n.row, n.code, list({ broken: own(n, n.broken, n.children) }), n);
  if (total && totalsBroken !== 0) add(total.row, "", list({ broken: own(null, totalsBroken, roots) }), total);
}

/**
 * Most typed change figures are not target − achieved (at least three rows, more than those that are): the column
 * compares with something else — last year's score, another round — and is kept as typed, said once, not row by row.
 */
function changeColumnIsOurs(header: HeaderMatch, ctx: Context): boolean {
  const { agree, disagree } = ctx.deltaRows;
  if (disagree < 3 || disagree <= agree) return true;
  ctx.drop("DELTA_MISMATCH");
  ctx.add("DELTA_COLUMN_OTHER", header.row, header.columns.delta as number, "", { role: "delta", found: disagree, expected: agree + disagree });
  return false;
}

/**
 * A sheet nobody has scored yet (every template before the year's scoring): one finding for the whole achieved
 * column, not one per sub-criterion, and no index is shown as a result (trust.ts). One sub-criterion keeps its own.
 */
function notScored(achievedCol: number, ctx: Context): void {
  // criteria scored on their own rows (SCORE_WITHOUT_PARTS): their blank sub-criteria are no news, and a sheet scored
  // that way is no unscored sheet
  if (ctx.scoredAbove.length) {
    const rows = new Set<number>();
    const walk = (n: CriterionNode) => (n.children.length ? n.children.forEach(walk) : rows.add(n.row));
    ctx.scoredAbove.forEach(walk);
    ctx.drop("SCORE_MISSING", rows);
    return;
  }
  const u = ctx.unscored;
  if (u.leaves < 2 || u.blank < u.leaves) return;
  ctx.drop("SCORE_MISSING");
  const cell = (row: number) => a1(row + ctx.origin.row, achievedCol + ctx.origin.col);
  ctx.add("SHEET_NOT_SCORED", u.first, achievedCol, "", { role: "achieved", expected: u.leaves, detail: `${cell(u.first)}:${cell(u.last)}` });
}

/**
 * A figure typed on a parent, or on the total row, in a column where no sub-criterion below holds one (a unit that
 * scored, or set its targets, at this level; a template's leftover): it is kept as typed, never replaced by the sum of
 * blanks. Marked unknown (broken), so what lies above it is held too; `on` is the node, or the totals' bits.
 */
function holdWithoutParts(on: { broken: number; filledRoles: number }, role: SumRole, typed: Milli | null, row: number, criterion: string, col: number, ctx: Context): void {
  const bit = ROLE_BIT[role];
  if (typed === null || typed === 0 || (on.filledRoles & bit) !== 0 || (on.broken & bit) !== 0) return;
  const node = criterion === "" ? null : (on as CriterionNode);
  hold(on, node, role, ctx);
  if (node && role === "achieved") ctx.scoredAbove.push(node);
  ctx.add("SCORE_WITHOUT_PARTS", row, col, criterion, { role, found: toPoints(typed) });
}

/** A formula adding up cells of this sheet (=SUM(D8:D9), =D8+D9); one reading another sheet, or a constant alone
 * (=2.5), brings a figure in, as typing it would. */
function isLocalSum(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && !formula.includes("!") && /[A-Z]{1,3}\$?\d/i.test(formula);
}

/** Keeps a figure as typed (its own finding says why): unknown to what is above it, and not said again (WRITE_HELD). */
function hold(on: { broken: number }, key: CriterionNode | null, role: SumRole, ctx: Context): void {
  on.broken |= ROLE_BIT[role];
  ctx.partsBlank.set(key, (ctx.partsBlank.get(key) ?? 0) | ROLE_BIT[role]);
}

function rollup(node: CriterionNode, header: HeaderMatch | null, ctx: Context): void {
  const cols = header?.columns ?? {};
  const hasTarget = cols.target !== undefined;
  let misrolled = false;
  if (node.children.length === 0) {
    const w = node.written;
    for (const role of SUM_ROLES) {
      if (node.uncalculated & ROLE_BIT[role]) ctx.add("FORMULA_NOT_CALCULATED", node.row, cols[role] as number, node.code, { role });
    }
    if (w.max === null && !hasFormula(node, "max") && cols.max !== undefined && !ctx.hasProblem(node.row, cols.max)) {
      ctx.add("MAX_MISSING", node.row, cols.max, node.code, { role: "max" });
    }
    // the final figure: the latest round that has one (a single achieved column: its own figure)
    // (no object per leaf: 100 000-row sheets spend their time in the allocator)
    let figure: Milli | null = isBroken(node, "achieved") ? UNREADABLE : w.achieved;
    let source = ctx.rounds.length ? 0 : -1;
    if (node.rounds) {
      source = latestIndex(node.rounds);
      figure = source < 0 ? null : (node.rounds[source] as Milli);
    }
    const known = figure !== null && !Number.isNaN(figure);
    const u = ctx.unscored;
    u.leaves++;
    if (figure === null) {
      u.blank++;
      if (u.first < 0 || node.row < u.first) u.first = node.row;
      if (node.row > u.last) u.last = node.row;
      if (cols.achieved !== undefined && !ctx.hasProblem(node.row, cols.achieved)) {
        ctx.add("SCORE_MISSING", node.row, cols.achieved, node.code, { role: "achieved" });
      }
    }
    const max = w.max ?? 0;
    const achieved = w.achieved ?? 0;
    node.max = max;
    node.achieved = achieved;
    node.target = hasTarget ? (w.target ?? achieved) : null;
    node.final = known ? (figure as Milli) : 0;
    node.source = known ? source : -1;
    node.filled = w.achieved === null ? 0 : 1;
    node.foreign = node.source >= 0 && node.source !== ctx.primary ? 1 : 0;
    node.filledRoles = (w.max === null ? 0 : ROLE_BIT.max) | (figure === null ? 0 : ROLE_BIT.achieved) | (w.target === null ? 0 : ROLE_BIT.target);
    // (an unreadable cell is not blank: it is broken, and holds what is above it by itself)
    node.blankRoles = SUM_BITS & ~node.filledRoles & ~node.broken;
    node.self = ctx.selfRound < 0 ? null : validFigure(roundFigure(node, ctx, ctx.selfRound));
    const appraisal = node.rounds ? latestAppraisal(ctx.rounds, node.rounds) : ctx.rounds[0]?.kind === "round1" ? 0 : -1;
    node.appraised = appraisal < 0 ? null : validFigure(roundFigure(node, ctx, appraisal));
    const roundChecks = roundFindings(node, appraisal, cols, ctx);
    if (w.max !== null && w.achieved !== null && w.achieved > w.max) {
      ctx.add("SCORE_EXCEEDS_MAX", node.row, cols.achieved as number, node.code, {
        role: "achieved",
        found: toPoints(w.achieved),
        expected: toPoints(w.max),
      });
    }
    if (w.max !== null && w.target !== null && w.target > w.max) {
      ctx.add("TARGET_EXCEEDS_MAX", node.row, cols.target as number, node.code, {
        role: "target",
        found: toPoints(w.target),
        expected: toPoints(w.max),
      });
    } else if (w.target !== null && w.achieved !== null && w.target < w.achieved) {
      ctx.add("TARGET_BELOW_ACHIEVED", node.row, cols.target as number, node.code, {
        role: "target",
        found: toPoints(w.target),
        expected: toPoints(w.achieved),
      });
    }
    if (cols.evidence !== undefined && achieved > 0 && node.evidence === "" && !roundChecks) {
      ctx.add("EVIDENCE_MISSING", node.row, cols.evidence, node.code, { role: "evidence", found: toPoints(achieved) });
    }
  } else {
    for (const child of node.children) rollup(child, header, ctx);
    Object.assign(node, sumOf(node.children, hasTarget));
    node.final = 0;
    node.filled = 0;
    node.foreign = 0;
    node.self = ctx.selfRound < 0 ? null : 0;
    node.appraised = null;
    node.source = -1;
    node.filledRoles = 0;
    node.blankRoles = 0;
    for (const child of node.children) {
      node.final += child.final;
      node.filled += child.filled;
      node.foreign += child.foreign;
      node.filledRoles |= child.filledRoles;
      node.blankRoles |= child.blankRoles;
      if (node.self !== null) node.self += child.self ?? 0;
      if (child.appraised !== null) node.appraised = (node.appraised ?? 0) + child.appraised;
    }
    // a parent's own unreadable cell is ours to rewrite; an unreadable leaf below leaves its sum unknown
    node.broken = node.held ? ALL_ROLES : 0;
    for (const child of node.children) node.broken |= child.broken;
    for (const role of SUM_ROLES) {
      const c = cols[role];
      if (c !== undefined) holdWithoutParts(node, role, node.written[role], node.row, node.code, c, ctx);
    }
    // A parent is wrong where it disagrees with both the true total and what its children say on the sheet;
    // agreeing with either means the error (if any) sits in a descendant, reported there: no cascades.
    for (const role of SUM_ROLES) {
      const c = cols[role];
      const written = node.written[role];
      if (c === undefined || written === null || isBroken(node, role)) continue;
      let expected = 0;
      for (const child of node.children) expected += child.written[role] ?? child[role] ?? 0;
      // where some sub-criteria take their final figure from an earlier round, the parent may hold the final sum
      const final = role === "achieved" && node.foreign > 0 && written === node.final;
      if (written !== expected && written !== node[role] && !final) {
        // typed by hand, or brought in by a formula of staff's own (from another sheet), over parts some of which are
        // still blank: the figure may count what is not typed below yet, so it is kept (and what is above it held)
        // rather than replaced by a sum of what is there; a sum over this sheet's cells is ours to rewrite
        if (node.blankRoles & ROLE_BIT[role] && !isLocalSum(ctx.formulas?.[node.row]?.[c])) {
          hold(node, node, role, ctx);
          ctx.add("ROLLUP_INCOMPLETE", node.row, c, node.code, { role, found: toPoints(written), expected: toPoints(node[role] ?? 0) });
          continue;
        }
        ctx.add("ROLLUP_MISMATCH", node.row, c, node.code, { role, found: toPoints(written), expected: toPoints(expected) });
        if (role !== "max") misrolled = true;
      }
    }
  }
  const d = node.written.delta;
  const { target, achieved } = node;
  // Like a rollup, a change is wrong where it originates: against its own row's figures, or on the row whose
  // achieved/target figure is itself wrong (seed 001, area 3) — not on every ancestor that inherits the error.
  const own = (node.written.target ?? target ?? 0) - (node.written.achieved ?? achieved);
  // no achieved figure, or no target, on the row or below it: no change can be computed (nor is one written)
  const unknown = isBroken(node, "target") || isBroken(node, "achieved") || (node.filledRoles & CHANGE_ROLES) !== CHANGE_ROLES;
  if (cols.delta !== undefined && d !== null && target !== null && !unknown) {
    if (d === target - achieved || d === own) ctx.deltaRows.agree++;
    else ctx.deltaRows.disagree++;
  }
  if (cols.delta !== undefined && d !== null && target !== null && !unknown && d !== target - achieved && (d !== own || misrolled)) {
    ctx.add("DELTA_MISMATCH", node.row, cols.delta, node.code, {
      role: "delta",
      found: toPoints(d),
      expected: toPoints(target - achieved),
    });
  }
}

/**
 * Parents in the other rounds' columns (the self-score beside the appraisal…) are checked like the achieved column:
 * wrong where they differ both from the true sum and from what their children say on the sheet (no cascades).
 */
function checkRoundRollups(roots: readonly CriterionNode[], ctx: Context): void {
  const { rounds, primary } = ctx;
  if (rounds.length < 2) return;
  for (let i = 0; i < rounds.length; i++) {
    const round = rounds[i] as Round;
    if (i === primary || !round.filled) continue;
    for (const root of roots) roundSum(root, i, round, ctx);
  }
}

/** The true sum of round i below a node (a leaf: its own figure, blank as 0; NaN: unknown), checking parents on the way. */
function roundSum(n: CriterionNode, i: number, round: Round, ctx: Context): Milli {
  const own = n.rounds?.[i] ?? null;
  if (!n.children.length) return own ?? 0;
  let sum = 0;
  let typed = 0;
  for (const ch of n.children) {
    const s = roundSum(ch, i, round, ctx);
    const w = ch.rounds?.[i] ?? null;
    sum += s;
    typed += w === null ? s : w;
  }
  // NaN anywhere (an unreadable cell at or below) leaves the sum unknown: nothing to say
  if (own !== null && !Number.isNaN(own) && !Number.isNaN(sum) && !Number.isNaN(typed) && own !== sum && own !== typed) {
    ctx.add("ROLLUP_MISMATCH", n.row, round.col, n.code, { role: "achieved", found: toPoints(own), expected: toPoints(typed) });
  }
  return sum;
}

/** A figure of round i on a criterion's row (null: blank, NaN: unreadable). */
function roundFigure(node: CriterionNode, ctx: Context, i: number): Milli | null {
  if (node.rounds) return node.rounds[i] ?? null;
  if (i !== 0 || ctx.rounds.length !== 1) return null;
  return isBroken(node, "achieved") ? UNREADABLE : node.written.achieved;
}

function validFigure(x: Milli | null): Milli | null {
  return x === null || Number.isNaN(x) ? null : x;
}

/**
 * What the rounds say about a leaf: a round above the max, a lowering without the council's reason, an
 * explanation still owed, a self-score without evidence or explanation. True when the self-score check ran
 * (it replaces EVIDENCE_MISSING on sheets that have an explanation column).
 */
function roundFindings(node: CriterionNode, appraisal: number, cols: HeaderMatch["columns"], ctx: Context): boolean {
  const { rounds, primary, selfRound } = ctx;
  const w = node.written;
  if (node.rounds && w.max !== null) {
    node.rounds.forEach((f, i) => {
      if (i === primary || f === null || Number.isNaN(f) || f <= (w.max as Milli)) return;
      const round = rounds[i] as Round;
      ctx.add("ROUND_EXCEEDS_MAX", node.row, round.col, node.code, { role: "achieved", found: toPoints(f), expected: toPoints(w.max as Milli), detail: round.header });
    });
  }
  if (selfRound < 0) return false;
  const self = validFigure(roundFigure(node, ctx, selfRound));
  const appraised = appraisal < 0 ? null : validFigure(roundFigure(node, ctx, appraisal));
  if (self !== null && appraised !== null && appraised < self) {
    const round = rounds[appraisal] as Round;
    // only where the sheet has a column for the council's reason (a general "Ghi chú" is not one)
    if (cols.appraisalNote !== undefined && node.appraisalNote === "") {
      ctx.add("APPRAISAL_LOWERED_NO_NOTE", node.row, cols.appraisalNote, node.code, { found: toPoints(appraised), expected: toPoints(self) });
    }
    // only where the sheet follows the explanation step (an explanation or a round-2 column)
    const tracked = cols.explanation !== undefined || roundIndex(rounds, "round2") >= 0;
    if (round.kind === "round1" && node.explanation === "" && tracked) {
      ctx.add("EXPLANATION_PENDING", node.row, cols.explanation ?? round.col, node.code, { found: toPoints(appraised), expected: toPoints(self) });
    }
  }
  // where the sheet has both an evidence and an explanation column (else EVIDENCE_MISSING, or nothing to know)
  if (cols.explanation === undefined || cols.evidence === undefined) return false;
  if (self !== null && self > 0 && node.evidence === "" && node.explanation === "") {
    ctx.add("SELF_SCORE_UNSUPPORTED", node.row, cols.evidence, node.code, { found: toPoints(self) });
  }
  return true;
}

function sumOf(nodes: readonly CriterionNode[], withTarget = nodes.some((n) => n.target !== null)) {
  let max = 0;
  let achieved = 0;
  let target = 0;
  for (const n of nodes) {
    max += n.max;
    achieved += n.achieved;
    target += n.target ?? n.achieved;
  }
  return { max, achieved, target: withTarget ? target : null };
}

/** Checks the total row; answers the bits of the figures it keeps as typed (over parts still blank, as a parent's). */
function checkTotal(
  total: TotalRow,
  totals: Analysis["totals"],
  broken: number,
  roots: readonly CriterionNode[],
  header: HeaderMatch,
  ctx: Context,
  net: Milli | null,
  finalAchieved: Milli,
  noChange: boolean,
): number {
  const expected: Record<PointRole, Milli | null> = {
    ...totals,
    delta: totals.target === null ? null : totals.target - totals.achieved,
  };
  let blankBelow = 0;
  for (const r of roots) blankBelow |= r.blankRoles;
  const kept = { broken: 0 };
  for (const role of POINT_ROLES) {
    const c = header.columns[role];
    const w = total.written[role];
    const e = expected[role];
    if (c === undefined || w === null || e === null || w === e || isBroken({ broken }, role)) continue;
    // the total may hold the final figures' sum (several rounds), and below the bonus and penalty rows the score
    if (role === "achieved" && (w === finalAchieved || (net !== null && (w === e + net || w === finalAchieved + net)))) continue;
    if (role === "delta" && (noChange || isBroken({ broken: broken | kept.broken }, "target") || isBroken({ broken: broken | kept.broken }, "achieved"))) continue;
    // typed (or brought in) while some sub-criterion is still blank: it may count what is not typed yet (ROLLUP_INCOMPLETE)
    if (role !== "delta" && blankBelow & ROLE_BIT[role] && !isLocalSum(ctx.formulas?.[total.row]?.[c])) {
      hold(kept, null, role, ctx);
      ctx.add("ROLLUP_INCOMPLETE", total.row, c, "", { role, found: toPoints(w), expected: toPoints(e) });
      continue;
    }
    ctx.add("TOTAL_MISMATCH", total.row, c, "", { role, found: toPoints(w), expected: toPoints(e) });
  }
  return kept.broken;
}

function finalSums(roots: readonly CriterionNode[], rounds: readonly Round[]): Analysis["final"] {
  let achieved = 0;
  let self: Milli | null = roundIndex(rounds, "self") < 0 ? null : 0;
  let appraised: Milli | null = null;
  for (const n of roots) {
    achieved += n.final;
    if (self !== null) self += n.self ?? 0;
    if (n.appraised !== null) appraised = (appraised ?? 0) + n.appraised;
  }
  return { achieved, self, appraised };
}

function figures(max: Milli, achieved: Milli, target: Milli | null): Figures {
  return {
    max: toPoints(max),
    achieved: toPoints(achieved),
    target: target === null ? null : toPoints(target),
    delta: target === null ? null : toPoints(target - achieved),
    lost: toPoints(max - achieved),
    index: indexOf(achieved, max),
  };
}

function buildReport(
  sheet: string,
  header: HeaderMatch | null,
  override: Partial<Record<Role, number>>,
  nodes: CriterionNode[],
  roots: CriterionNode[],
  totals: Analysis["totals"],
  ctx: Context,
  adjusted: Adjusted,
  final: Analysis["final"],
): Report {
  const { origin, settings } = ctx;
  const thresholds = settings.thresholds;
  const columns: Report["columns"] = {};
  for (const [role, c] of Object.entries(header?.columns ?? {})) columns[role as Role] = columnLetter(c + origin.col);
  const letters = ctx.rounds.map((r) => columnLetter(r.col + origin.col));
  const letterOf = (i: number) => letters[i] as string;
  const points = (x: Milli | null) => (x === null ? null : toPoints(x));
  const criteria = (): CriterionReport[] => nodes.map((n) => {
    // fields listed, not spread, and no intermediate figures: one object per row of a 300 000-row sheet
    // (achieved: the final figure, each leaf's latest round)
    const { max, final: achieved, target } = n;
    return {
      code: n.code,
      label: n.label,
      row: n.row + origin.row + 1,
      level: n.level,
      leaf: n.children.length === 0,
      parent: n.parent?.code ?? null,
      name: n.name,
      max: toPoints(max),
      achieved: toPoints(achieved),
      target: target === null ? null : toPoints(target),
      delta: target === null ? null : toPoints(target - achieved),
      lost: toPoints(max - achieved),
      index: indexOf(achieved, max),
      owner: n.owner,
      coordinator: n.coordinator,
      evidence: n.evidence,
      note: n.note,
      self: points(n.self),
      appraised: points(n.appraised),
      source: n.source < 0 ? null : letterOf(n.source),
    };
  });
  const areas: AreaReport[] = roots.map((n) => {
    const f = figures(n.max, n.final, n.target);
    return { code: n.code, name: n.name, row: n.row + origin.row + 1, ...f, grade: gradeOf(f.index, thresholds), self: points(n.self) };
  });

  // "Văn phòng Sở" and "Văn phòng sở" are one department: group by folded name, show the first spelling
  type OwnerSums = { owner: string; max: Milli; achieved: Milli; target: Milli; criteria: number; weak: number };
  const byOwner = new Map<string, OwnerSums>();
  const keys = new Map<string, OwnerSums>(); // fold is costly and a sheet names a handful of departments
  let last: OwnerSums | undefined;
  let lastOwner: string | undefined;
  for (const n of nodes) {
    if (n.children.length) continue;
    // rows of one department tend to follow each other: no lookup while the owner stays the same
    let o = n.owner === lastOwner ? last : keys.get(n.owner);
    if (o === undefined) {
      const key = fold(n.owner);
      o = byOwner.get(key);
      if (o === undefined) byOwner.set(key, (o = { owner: n.owner, max: 0, achieved: 0, target: 0, criteria: 0, weak: 0 }));
      keys.set(n.owner, o);
    }
    last = o;
    lastOwner = n.owner;
    o.max += n.max;
    o.achieved += n.final;
    o.target += n.target ?? n.final;
    o.criteria += 1;
    if (n.max > n.final) o.weak += 1;
  }
  const owners: OwnerReport[] = [...byOwner.values()].map((o) => {
    const f = figures(o.max, o.achieved, totals.target === null ? null : o.target);
    return { owner: o.owner, criteria: o.criteria, weak: o.weak, ...f, grade: gradeOf(f.index, thresholds) };
  });

  const tf = figures(totals.max, final.achieved, totals.target);
  // score = Σ final figures + bonus − penalty; the index and class come from the score, capped (settings.maxIndex)
  const score = final.achieved + adjusted.bonus - adjusted.penalty;
  const cap = settings.maxIndex;
  const raw = indexOf(score, totals.max);
  tf.index = raw === null || cap === null ? raw : Math.min(raw, cap);
  const selfIndex = final.self === null ? null : indexOf(final.self, totals.max);
  const sources = new Array<number>(ctx.rounds.length).fill(0);
  for (const n of nodes) if (n.children.length === 0 && n.source >= 0) sources[n.source] = (sources[n.source] ?? 0) + 1;
  const diagnostics = inSheetOrder(ctx.diagnostics);
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
  }
  let leaves = 0;
  let weak = 0;
  for (const n of nodes) {
    if (n.children.length) continue;
    leaves++;
    if (n.max > n.final) weak++;
  }
  const report: Report = {
    sheet,
    headerRow: header ? header.row + origin.row + 1 : 0,
    columns,
    alternatives: (header?.alternatives ?? []).map((c) => ({
      column: columnLetter(c + origin.col),
      header: header?.headers[c] ?? "",
    })),
    overrides: Object.fromEntries(Object.entries(override).map(([role, c]) => [role, columnLetter((c as number) + origin.col)])),
    rounds: ctx.rounds.map((r, i) => ({ column: letterOf(i), kind: r.kind, header: r.header, filled: r.filled, criteria: sources[i] ?? 0 })),
    adjustments: adjusted.groups.map((g) => ({
      kind: g.head.kind,
      row: g.head.row + origin.row + 1,
      code: g.head.code,
      label: g.head.label,
      figure: points(g.figure),
      cap: points(g.cap),
      counted: toPoints(g.counted),
    })),
    totals: {
      ...tf,
      grade: gradeOf(tf.index, thresholds),
      self: points(final.self),
      selfIndex: selfIndex === null || cap === null ? selfIndex : Math.min(selfIndex, cap),
      selfGrade: gradeOf(selfIndex, thresholds),
      bonus: adjusted.groups.some((g) => g.head.kind === "bonus") ? toPoints(adjusted.bonus) : null,
      penalty: adjusted.groups.some((g) => g.head.kind === "penalty") ? toPoints(adjusted.penalty) : null,
      score: toPoints(score),
    },
    areas,
    owners,
    criteria: [],
    diagnostics,
    counts: { criteria: nodes.length, leaves, weak, errors, warnings },
  };
  // the criteria list (one object per row) is built when something reads it: the CLI's JSON, a consolidation
  return lazily(report, "criteria", criteria);
}

/**
 * Findings by row, then column, in a stable order. They arrive as a few runs already in order (one pass down the
 * sheet while reading, another while summing, the cells left as typed): the runs are merged on a number per finding
 * (row and column in one key), not sorted through a comparator (a sheet of unreadable figures has several findings
 * per row).
 */
export function inSheetOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  const n = diagnostics.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = diagnostics[i] as Diagnostic;
    // columns run from -1 (a whole row) to 16 383 in Excel, rows to about a million: exact far below 2^53
    keys[i] = d.row * 65536 + d.col + 1;
  }
  const starts = [0];
  for (let i = 1; i < n; i++) if ((keys[i - 1] as number) > (keys[i] as number)) starts.push(i);
  // the context's own list, not copied: nothing is added once the report is built
  if (starts.length === 1) return diagnostics;
  if (starts.length > 32) return diagnostics.slice().sort((a, b) => a.row - b.row || a.col - b.col);
  // runs as [start, end) over the original list; merged pairwise into index lists, then read out once
  let runs: Int32Array[] = starts.map((s, k) => {
    const end = starts[k + 1] ?? n;
    const run = new Int32Array(end - s);
    for (let i = s; i < end; i++) run[i - s] = i;
    return run;
  });
  while (runs.length > 1) {
    const next: Int32Array[] = [];
    for (let k = 0; k < runs.length; k += 2) next.push(k + 1 < runs.length ? mergeRuns(runs[k] as Int32Array, runs[k + 1] as Int32Array, keys) : (runs[k] as Int32Array));
    runs = next;
  }
  const order = runs[0] as Int32Array;
  const out = new Array<Diagnostic>(n);
  for (let i = 0; i < n; i++) out[i] = diagnostics[order[i] as number] as Diagnostic;
  return out;
}

/** Two runs of finding indexes in sheet order as one; on the same cell the first run's finding comes first. */
function mergeRuns(a: Int32Array, b: Int32Array, keys: Float64Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    if ((keys[a[i] as number] as number) > (keys[b[j] as number] as number)) out[k++] = b[j++] as number;
    else out[k++] = a[i++] as number;
  }
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}
