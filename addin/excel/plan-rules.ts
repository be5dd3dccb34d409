// Staff's conditional formats and data validations on the plan sheet, read before the re-generation empties it and
// written again where their rows went (shared/plan-rules.ts). Ours (the status dropdown, the 0–100 share, the
// overdue highlight) are recognised and left out: the plan writer adds them once. Reads take at most two round
// trips whatever the plan's size: the first rides with the look's read (the rule list, the kind of validation on
// each column and part of it), the second fetches each rule's settings, cell by cell only where a column's differ.
import {
  areas,
  blockOfAddress,
  blocksOf,
  carryBlocks,
  columnLetter,
  isOverdueFormula,
  isShareRule,
  isStatusList,
  mergeBlocks,
  shiftFormula,
  type CellBlock,
  type PlanTable,
  type RowMove,
} from "../../shared/index.js";
import { has, supports } from "./support.js";
import type { Batch } from "./write.js";

/** Excel's rows: a rule on whole columns reaches the last one. */
export const MAX_ROWS = 1_048_576;
/** Cells whose validation is read one by one (columns where it differs from row to row), at most. */
export const MAX_VALIDATION_CELLS = 25_000;

type Json = Record<string, unknown>;

export interface StaffFormat {
  type: string;
  stopIfTrue: boolean | undefined;
  blocks: CellBlock[];
  /** the rule's own settings, as Excel reported them (the type's object: custom, cellValue, colorScale…) */
  detail: Json;
}

export interface StaffValidation {
  blocks: CellBlock[];
  setting: { rule: Json; errorAlert?: Json; prompt?: Json; ignoreBlanks?: boolean };
}

export interface StaffRules {
  formats: StaffFormat[];
  validations: StaffValidation[];
}

const FORMAT = ["numberFormat", "font/bold", "font/italic", "font/color", "font/strikethrough", "font/underline", "fill/color"].map((p) => `format/${p}`).join(",");
/** Each type's settings object and what to load of it. */
const DETAIL: Record<string, [keyof Excel.ConditionalFormat, string]> = {
  Custom: ["custom", `rule/formula,${FORMAT}`],
  CellValue: ["cellValue", `rule,${FORMAT}`],
  ContainsText: ["textComparison", `rule,${FORMAT}`],
  TopBottom: ["topBottom", `rule,${FORMAT}`],
  PresetCriteria: ["preset", `rule,${FORMAT}`],
  ColorScale: ["colorScale", "criteria"],
  DataBar: [
    "dataBar",
    "axisColor,axisFormat,barDirection,showDataBarOnly,lowerBoundRule,upperBoundRule,positiveFormat/fillColor,positiveFormat/borderColor,positiveFormat/gradientFill,negativeFormat/fillColor,negativeFormat/borderColor,negativeFormat/matchPositiveFillColor,negativeFormat/matchPositiveBorderColor",
  ],
  IconSet: ["iconSet", "style,reverseIconOrder,showIconOnly,criteria"],
};
const DV = "type,rule,errorAlert,prompt,ignoreBlanks";
const NO_RULE = new Set(["None", "Inconsistent", "MixedCriteria"]);

/** Loaded settings as plain data, without the empty (null) members Excel reports for the other kinds of rule. */
const plain = (v: unknown): Json => (v && typeof v === "object" ? (JSON.parse(JSON.stringify(v), (_, x) => (x === null ? undefined : x)) as Json) : {});

/** "A1:B2,'Kế hoạch, 2026'!D4" → its blocks; null when a part is no block. */
function blocksIn(address: string): CellBlock[] | null {
  const blocks = areas(address)
    .filter((p) => p.trim())
    .map((p) => blockOfAddress(p, MAX_ROWS));
  return blocks.length && blocks.every(Boolean) ? (blocks as CellBlock[]) : null;
}

/** Ours: the status list anywhere, the 0–100 share on the share column (none when `table` is null: Hoàn tác keeps all). */
function isOurs(rule: Json, col: number, table: PlanTable | null): boolean {
  if (!table) return false;
  const list = rule.list as { source?: unknown } | undefined;
  if (list) return isStatusList(list.source);
  const share = rule.decimal as { formula1?: unknown; formula2?: unknown } | undefined;
  return !!share && isShareRule(table, col, share.formula1, share.formula2);
}

/**
 * Queues the first read of the old plan's rules (sent with the next sync); the returned function finishes the read
 * after that sync, with at most one more. `table` null (Hoàn tác): our own rules are read too, to go back with their
 * rows like staff's. `read` false: Excel would not describe the rules (none are returned).
 */
export function queueRules(context: Excel.RequestContext, name: string, rows: number, cols: number, table: PlanTable | null, move: RowMove): () => Promise<{ rules: StaffRules; syncs: number; read: boolean }> {
  const ws = context.workbook.worksheets.getItem(name);
  const list = ws.getRange().conditionalFormats;
  list.load("items/type,items/stopIfTrue,items/priority");
  // validations by column: on the whole column, and on the rows above, in and below the old table's body
  const body = move.oldBody;
  const bounds: [number, number][] = body ? [[0, body.first - 1], [body.first, body.last], [body.last + 1, rows - 1]] : [[0, rows - 1]];
  const segments = bounds.filter(([a, b]) => a <= b);
  // the kind only: a range whose cells differ has no one rule to read
  const columns = has("dataValidation") && rows > 0
    ? Array.from({ length: cols }, (_, c) => ({
        whole: ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).dataValidation.load("type"),
        parts: segments.map(([from, to]) => ({ from, to, dv: ws.getRangeByIndexes(from, c, to - from + 1, 1).dataValidation.load("type") })),
      }))
    : [];

  return async () => {
    const formats = list.items.map((cf) => {
      const [prop, props] = DETAIL[cf.type] ?? [];
      const detail = prop ? (cf[prop] as unknown as { load: (p: string) => { toJSON: () => unknown } }).load(props as string) : null;
      const where = supports("1.9") ? cf.getRanges().load("address") : cf.getRangeOrNullObject().load("address");
      return { cf, detail, where };
    });
    // each rule read where it is one: a whole column, a part of one, or cell by cell where it differs by row
    let budget = MAX_VALIDATION_CELLS;
    const reads: { row: number; rows: number; col: number; dv: Excel.DataValidation }[] = [];
    columns.forEach((column, c) => {
      if (!NO_RULE.has(column.whole.type)) {
        reads.push({ row: 0, rows: MAX_ROWS, col: c, dv: ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).dataValidation.load(DV) });
        return;
      }
      for (const part of column.parts) {
        const n = part.to - part.from + 1;
        if (part.dv.type === "None") continue;
        if (!NO_RULE.has(part.dv.type)) reads.push({ row: part.from, rows: n, col: c, dv: ws.getRangeByIndexes(part.from, c, n, 1).dataValidation.load(DV) });
        else if (n <= budget) {
          budget -= n;
          for (let r = part.from; r <= part.to; r++) reads.push({ row: r, rows: 1, col: c, dv: ws.getRangeByIndexes(r, c, 1, 1).dataValidation.load(DV) });
        }
      }
    });
    let syncs = 0;
    if (formats.length || reads.length) {
      syncs = 1;
      try {
        await context.sync();
      } catch {
        // a rule this Excel will not describe must not stop the plan: it is written, without staff's rules then
        return { rules: { formats: [], validations: [] }, syncs, read: false };
      }
    }

    const kept: StaffFormat[] = [];
    // from the lowest priority up: written in this order, each new one goes on top (conditionalFormats.add)
    for (const { cf, detail, where } of [...formats].sort((a, b) => b.cf.priority - a.cf.priority)) {
      const data = detail ? plain(detail.toJSON()) : null;
      if (!data) continue;
      if (table && cf.type === "Custom" && isOverdueFormula((data.rule as { formula?: string } | undefined)?.formula)) continue;
      // a rule over several areas has no one range before ExcelApi 1.9: it cannot be placed again (docs/plan.md)
      const blocks = where.isNullObject ? null : blocksIn(where.address);
      if (!blocks) continue;
      kept.push({ type: cf.type, stopIfTrue: cf.stopIfTrue ?? undefined, blocks, detail: data });
    }

    const settingOf = (dv: Excel.DataValidation) => ({
      rule: plain(dv.rule),
      ...(dv.errorAlert ? { errorAlert: plain(dv.errorAlert) } : {}),
      ...(dv.prompt ? { prompt: plain(dv.prompt) } : {}),
      ...(typeof dv.ignoreBlanks === "boolean" ? { ignoreBlanks: dv.ignoreBlanks } : {}),
    });
    type Setting = StaffValidation["setting"];
    const grid: (Setting | null)[][] = Array.from({ length: rows }, () => new Array<Setting | null>(cols).fill(null));
    const whole: { col: number; setting: Setting }[] = [];
    for (const { row, rows: n, col, dv } of reads) {
      if (NO_RULE.has(dv.type)) continue;
      const setting = settingOf(dv);
      if (isOurs(setting.rule, col, table)) continue;
      if (n === MAX_ROWS) whole.push({ col, setting });
      else for (let r = row; r < row + n; r++) (grid[r] as (Setting | null)[])[col] = setting;
    }
    const validations: StaffValidation[] = [...blocksOf(grid, (s) => (s ? JSON.stringify(s) : null)).values()].map((e) => ({ blocks: e.blocks, setting: e.value as Setting }));
    // whole columns with one setting: one rule over them, neighbours joined
    const wholes = new Map<string, StaffValidation>();
    for (const w of whole) {
      const key = JSON.stringify(w.setting);
      if (!wholes.has(key)) wholes.set(key, { blocks: [], setting: w.setting });
      wholes.get(key)?.blocks.push({ row: 0, col: w.col, rows: MAX_ROWS, cols: 1 });
    }
    for (const v of wholes.values()) validations.push({ ...v, blocks: mergeBlocks(v.blocks) });
    return { rules: { formats: kept, validations }, syncs, read: true };
  };
}

/** A formula moved with its rule; text that is not a formula (a list "A,B", a number) stays as it is. */
const moved = (v: unknown, rows: number, cols: number) => (typeof v === "string" && v.startsWith("=") ? shiftFormula(v, rows, cols) : v);
const movedAll = (o: unknown, rows: number, cols: number): unknown =>
  Array.isArray(o) ? o.map((x) => movedAll(x, rows, cols)) : o && typeof o === "object" ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, movedAll(v, rows, cols)])) : moved(o, rows, cols);

/** Staff's validations at their new places: returns where they went, so ours keep off those cells. */
export async function writeValidations(batch: Batch, ws: Excel.Worksheet, validations: readonly StaffValidation[], move: RowMove): Promise<CellBlock[]> {
  const placed: CellBlock[] = [];
  for (const v of validations) {
    const from = v.blocks[0] as CellBlock;
    for (const b of carryBlocks(v.blocks, move)) {
      await batch.room(JSON.stringify(v.setting).length + 64);
      const dv = ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols).dataValidation;
      dv.rule = movedAll(v.setting.rule, b.row - from.row, b.col - from.col) as Excel.DataValidationRule;
      if (v.setting.errorAlert) dv.errorAlert = v.setting.errorAlert as unknown as Excel.DataValidationErrorAlert;
      if (v.setting.prompt) dv.prompt = v.setting.prompt as unknown as Excel.DataValidationPrompt;
      if (v.setting.ignoreBlanks !== undefined) dv.ignoreBlanks = v.setting.ignoreBlanks;
      placed.push(b);
    }
  }
  return placed;
}

function setFormat(format: Excel.ConditionalRangeFormat, data: Json | undefined): void {
  if (!data) return;
  if (typeof data.numberFormat === "string" && data.numberFormat) format.numberFormat = data.numberFormat;
  const font = (data.font ?? {}) as Json;
  for (const k of ["bold", "italic", "color", "strikethrough", "underline"] as const) {
    if (font[k] !== null && font[k] !== undefined) (format.font as unknown as Json)[k] = font[k];
  }
  const fill = (data.fill ?? {}) as Json;
  if (typeof fill.color === "string" && fill.color) format.fill.color = fill.color;
}

/** One rule of staff's on one block, its formulas moved by (rows, cols). */
function addFormat(range: Excel.Range, f: StaffFormat, rows: number, cols: number): void {
  const cf = range.conditionalFormats.add(f.type as Excel.ConditionalFormatType);
  const d = movedAll(f.detail, rows, cols) as Json;
  const rule = d.rule as Json | undefined;
  switch (f.type) {
    case "Custom":
      cf.custom.rule.formula = String(rule?.formula ?? "");
      setFormat(cf.custom.format, d.format as Json);
      break;
    case "CellValue":
      cf.cellValue.rule = rule as unknown as Excel.ConditionalCellValueRule;
      setFormat(cf.cellValue.format, d.format as Json);
      break;
    case "ContainsText":
      cf.textComparison.rule = rule as unknown as Excel.ConditionalTextComparisonRule;
      setFormat(cf.textComparison.format, d.format as Json);
      break;
    case "TopBottom":
      cf.topBottom.rule = rule as unknown as Excel.ConditionalTopBottomRule;
      setFormat(cf.topBottom.format, d.format as Json);
      break;
    case "PresetCriteria":
      cf.preset.rule = rule as unknown as Excel.ConditionalPresetCriteriaRule;
      setFormat(cf.preset.format, d.format as Json);
      break;
    case "ColorScale":
      cf.colorScale.criteria = d.criteria as Excel.ConditionalColorScaleCriteria;
      break;
    case "IconSet":
      // the style first: it resets the criteria
      if (d.style) cf.iconSet.style = d.style as Excel.IconSet;
      if (d.reverseIconOrder !== undefined) cf.iconSet.reverseIconOrder = Boolean(d.reverseIconOrder);
      if (d.showIconOnly !== undefined) cf.iconSet.showIconOnly = Boolean(d.showIconOnly);
      if (Array.isArray(d.criteria)) cf.iconSet.criteria = d.criteria as Excel.ConditionalIconCriterion[];
      break;
    case "DataBar": {
      const bar = cf.dataBar as unknown as Json;
      for (const k of ["axisColor", "axisFormat", "barDirection", "showDataBarOnly", "lowerBoundRule", "upperBoundRule"]) if (d[k] !== undefined && d[k] !== null) bar[k] = d[k];
      for (const side of ["positiveFormat", "negativeFormat"] as const) {
        const from = (d[side] ?? {}) as Json;
        const to = cf.dataBar[side] as unknown as Json;
        for (const [k, v] of Object.entries(from)) if (v !== undefined && v !== null) to[k] = v;
      }
      break;
    }
  }
  if (f.stopIfTrue !== undefined) cf.stopIfTrue = f.stopIfTrue;
}

/** Staff's conditional formats at their new places (after ours, so theirs come first in priority). */
export async function writeFormats(batch: Batch, ws: Excel.Worksheet, formats: readonly StaffFormat[], move: RowMove): Promise<void> {
  for (const f of formats) {
    const from = f.blocks[0] as CellBlock;
    for (const b of carryBlocks(f.blocks, move)) {
      await batch.room(JSON.stringify(f.detail).length + 128);
      addFormat(ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols), f, b.row - from.row, b.col - from.col);
    }
  }
}
