// Staff's conditional formats and data validations on the plan sheet, read before the sheet is reshaped and written
// back where their rows went (shared/plan-rules.ts): a rule over the whole table covers rows added at its end too,
// which Sheets' own row inserts would leave out. Ours (the status dropdown, the 0–100 share, the overdue highlight)
// are recognised and replaced, never stacked. Calls grow with the number of rules, not with the plan's rows: the
// validations are read and written as one grid each.
import { blocksOf, carryBlocks, isOverdueFormula, isShareRule, isStatusList, shiftFormula, type CellBlock, type PlanTable, type RowMove } from "../shared/index.js";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface OldRules {
  /** staff's conditional formats, each with the cells it was on and its formula (a custom-formula rule) */
  formats: { rule: Rule; blocks: CellBlock[]; formula: string | null }[];
  /** the old plan's validations, cell by cell (ours left out) */
  validations: (Validation | null)[][];
}

/** Our overdue highlight: a formula on TODAY() (progress.ts overdueFormula). */
export function isOurFormat(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  const values = condition ? condition.getCriteriaValues() : [];
  return values.some((v) => typeof v === "string" && isOverdueFormula(v));
}

function isOurValidation(v: Validation, col: number, table: PlanTable): boolean {
  const type = String(v.getCriteriaType());
  const values = v.getCriteriaValues();
  if (type === "VALUE_IN_LIST") return Array.isArray(values[0]) && isStatusList((values[0] as unknown[]).join(","));
  return type === "NUMBER_BETWEEN" && isShareRule(table, col, values[0], values[1]);
}

/** What a validation asks, to tell one rule from another (a list drawn from a range counts by its kind). */
function keyOf(v: Validation): string {
  const values = v.getCriteriaValues().map((x) => (x === null || typeof x !== "object" || Array.isArray(x) ? x : "range"));
  return JSON.stringify([String(v.getCriteriaType()), values, v.getHelpText(), v.getAllowInvalid()]);
}

/** The plan's size and columns, as the rules need them (a PlanTable; on Hoàn tác, the sheet put back). */
export interface RulesShape {
  columns: { length: number };
  grid: { length: number };
  headerRow: number;
  tableEnd: number;
  progress: PlanTable["progress"];
}

/**
 * Read before the sheet changes: `oldRows` × `width` are the old plan's cells. `table` null (Hoàn tác): ours are
 * read too, to go back with their rows like staff's.
 */
export function readRules(sheet: Sheet, table: PlanTable | null, oldRows: number, width: number): OldRules {
  const formats: OldRules["formats"] = [];
  for (const rule of sheet.getConditionalFormatRules()) {
    if (table && isOurFormat(rule)) continue;
    const blocks = rule.getRanges().map((r) => ({ row: r.getRow() - 1, col: r.getColumn() - 1, rows: r.getNumRows(), cols: r.getNumColumns() }));
    const condition = rule.getBooleanCondition();
    const formula = condition && String(condition.getCriteriaType()) === "CUSTOM_FORMULA" ? String(condition.getCriteriaValues()[0] ?? "") : null;
    if (blocks.length) formats.push({ rule, blocks, formula });
  }
  const validations = oldRows > 0 && width > 0 ? sheet.getRange(1, 1, oldRows, width).getDataValidations() : [];
  if (table) validations.forEach((line, r) => line.forEach((v, c) => v && isOurValidation(v, c, table) && ((validations[r] as (Validation | null)[])[c] = null)));
  return { formats, validations };
}

/**
 * Staff's conditional formats where their rows went (before ours, which `ours` adds last) and every validation of
 * the plan's rows in one grid: staff's carried, ours (`status`, `percent`) on the table's cells staff left free.
 * `rows`: how many rows of the sheet the plan covers now (old rows no longer used are cleared of validations).
 */
export function writeRules(
  sheet: Sheet,
  old: OldRules | null,
  table: RulesShape,
  move: RowMove | null,
  ours: { status?: Validation; percent?: Validation; overdue?: Rule },
  rows: number,
): void {
  const width = table.columns.length;
  const maxRows = sheet.getMaxRows();
  const formats: Rule[] = [];
  for (const f of old && move ? old.formats : []) {
    const to = carryBlocks(f.blocks, move as RowMove)
      .map((b) => ({ ...b, rows: Math.min(b.rows, maxRows - b.row) }))
      .filter((b) => b.rows > 0);
    const at = to[0];
    const from = f.blocks[0] as CellBlock;
    if (!at) continue;
    let builder = f.rule.copy().setRanges(to.map((b) => sheet.getRange(b.row + 1, b.col + 1, b.rows, b.cols)));
    // a custom formula is written for the rule's first cell: moved with it
    if (f.formula) builder = builder.whenFormulaSatisfied(shiftFormula(f.formula, at.row - from.row, at.col - from.col));
    formats.push(builder.build());
  }
  if (ours.overdue) formats.push(ours.overdue);
  // one call, and only when there is something to keep or to remove
  if (formats.length || old?.formats.length || sheet.getConditionalFormatRules().length) sheet.setConditionalFormatRules(formats);

  const height = Math.max(rows, table.grid.length);
  if (!height || !width) return;
  const grid: (Validation | null)[][] = Array.from({ length: height }, () => new Array<Validation | null>(width).fill(null));
  if (old && move) {
    const keys = new Map<Validation, string>();
    const groups = blocksOf(old.validations, (v) => {
      if (!v) return null;
      let k = keys.get(v);
      if (k === undefined) keys.set(v, (k = keyOf(v)));
      return k;
    });
    for (const { value, blocks } of groups.values()) {
      for (const b of carryBlocks(blocks, move)) {
        for (let r = b.row; r < Math.min(b.row + b.rows, height); r++) {
          const source = move.sources[r];
          for (let c = b.col; c < Math.min(b.col + b.cols, width); c++) {
            // a row taken over keeps its own cell's rule; a new row takes the rule's
            const own = source === null || source === undefined ? null : (old.validations[source]?.[c] ?? null);
            (grid[r] as (Validation | null)[])[c] = own ?? value;
          }
        }
      }
    }
  }
  const first = table.headerRow + 1;
  for (let r = first; r <= table.tableEnd; r++) {
    const line = grid[r] as (Validation | null)[];
    const { progressStatus, percent } = table.progress;
    if (ours.status && progressStatus !== undefined && !line[progressStatus]) line[progressStatus] = ours.status;
    if (ours.percent && percent !== undefined && !line[percent]) line[percent] = ours.percent;
  }
  sheet.getRange(1, 1, height, width).setDataValidations(grid);
}
