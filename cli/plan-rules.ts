// Staff's conditional formats and data validations on the plan sheet, carried into the re-generated sheet: each
// follows its rows (shared/plan-rules.ts says where they go). Ours (the status dropdown, the 0–100 share, an
// overdue highlight a workbook brought from Excel or Sheets) are dropped here and written afresh, never stacked.
import type ExcelJS from "exceljs";
import {
  addressOfBlock,
  blockOfAddress,
  carryBlocks,
  isOverdueFormula,
  isShareRule,
  isStatusList,
  mergeBlocks,
  overdueFormula,
  shiftFormula,
  type CellBlock,
  type PlanTable,
  type RowMove,
} from "../shared/index.js";
import type { Worksheet } from "./xlsx.js";

/** Excel's rows: a rule set on whole columns reaches the last one. */
export const MAX_ROWS = 1_048_576;

export interface OldRules {
  formats: { blocks: CellBlock[]; rules: ExcelJS.ConditionalFormattingRule[] }[];
  /** an overdue highlight of ours was there: it is written again over the new table */
  overdue: ExcelJS.ConditionalFormattingRule | null;
  validations: { blocks: CellBlock[]; rule: ExcelJS.DataValidation }[];
}

type Model = Record<string, ExcelJS.DataValidation | undefined>;

/** exceljs's validations of a sheet, by address (a cell, or a range it writes as one), which its typings omit. */
const dataValidations = (ws: Worksheet) => (ws as unknown as { dataValidations: { model: Model; add: (address: string, v: ExcelJS.DataValidation) => void } }).dataValidations;

/** Ours: the status list on any cell, the 0–100 share on the share column. */
function isOurValidation(v: ExcelJS.DataValidation, col: number, table: PlanTable): boolean {
  if (v.type === "list") return isStatusList(v.formulae?.[0]);
  const f = v.formulae ?? [];
  return v.type === "decimal" && isShareRule(table, col, f[0], f[1]);
}

export function readRules(ws: Worksheet, table: PlanTable): OldRules {
  const formats: OldRules["formats"] = [];
  let overdue: OldRules["overdue"] = null;
  for (const cf of (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []) {
    const blocks = String(cf.ref ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((a) => blockOfAddress(a, MAX_ROWS));
    if (!blocks.length || blocks.some((b) => b === null)) continue;
    const rules = cf.rules.filter((r) => {
      const ours = r.type === "expression" && isOverdueFormula(String(r.formulae?.[0] ?? ""));
      if (ours) overdue = structuredClone(r);
      return !ours;
    });
    if (rules.length) formats.push({ blocks: blocks as CellBlock[], rules: structuredClone(rules) });
  }
  // exceljs spreads a validation over each cell of its range, the same object for all of them
  const model = dataValidations(ws).model;
  // grouped by that object, never spread over a grid: a rule on whole columns is a million cells
  const groups = new Map<ExcelJS.DataValidation, CellBlock[]>();
  for (const [address, v] of Object.entries(model)) {
    const b = v ? blockOfAddress(address, MAX_ROWS) : null;
    if (!v || !b || isOurValidation(v, b.col, table)) continue;
    const list = groups.get(v);
    if (list) list.push(b);
    else groups.set(v, [b]);
  }
  const validations = [...groups].map(([rule, blocks]) => ({ blocks: mergeBlocks(blocks), rule: structuredClone(rule) }));
  return { formats, overdue, validations };
}

const shifted = (formulae: unknown[] | undefined, rows: number, cols: number) => formulae?.map((f) => (typeof f === "string" ? shiftFormula(f, rows, cols) : f));

/** A validation on a block, kept as one range (a rule on whole columns stays on whole columns). */
export function addValidation(ws: Worksheet, b: CellBlock, rule: ExcelJS.DataValidation): void {
  const corner = (row: number, col: number) => addressOfBlock({ row, col, rows: 1, cols: 1 });
  dataValidations(ws).add(`${corner(b.row, b.col)}:${corner(b.row + b.rows - 1, b.col + b.cols - 1)}`, rule);
}

/** Staff's rules at their new places; cells of the table their validations do not cover are left for ours. */
export function writeRules(ws: Worksheet, old: OldRules, table: PlanTable, move: RowMove): CellBlock[] {
  for (const cf of old.formats) {
    const to = carryBlocks(cf.blocks, move);
    const from = cf.blocks[0] as CellBlock;
    const at = to[0];
    if (!at) continue;
    const rules = cf.rules.map((r) => ("formulae" in r && r.formulae ? { ...r, formulae: shifted(r.formulae, at.row - from.row, at.col - from.col) } : r)) as ExcelJS.ConditionalFormattingRule[];
    ws.addConditionalFormatting({ ref: to.map((b) => addressOfBlock(b, MAX_ROWS)).join(" "), rules });
  }
  // an overdue highlight a workbook brought along (made by the add-in): one, over the new table
  const first = table.headerRow + 1;
  const formula = overdueFormula(table, first);
  if (old.overdue && formula && table.tableEnd >= first) {
    ws.addConditionalFormatting({
      ref: addressOfBlock({ row: first, col: 0, rows: table.tableEnd - first + 1, cols: table.columns.length }, MAX_ROWS),
      rules: [{ ...old.overdue, type: "expression", formulae: [formula.replace(/^=/, "")] } as ExcelJS.ConditionalFormattingRule],
    });
  }
  const staff: CellBlock[] = [];
  for (const dv of old.validations) {
    const to = carryBlocks(dv.blocks, move);
    const from = dv.blocks[0] as CellBlock;
    for (const b of to) {
      const rule = { ...dv.rule, ...(dv.rule.formulae ? { formulae: shifted(dv.rule.formulae, b.row - from.row, b.col - from.col) } : {}) } as ExcelJS.DataValidation;
      addValidation(ws, b, rule);
      staff.push(b);
    }
  }
  return staff;
}
