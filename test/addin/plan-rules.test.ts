// Lập kế hoạch again keeps the highlights and dropdowns staff added to the plan sheet, on the rows they were on,
// and writes our own status dropdown, share rule and overdue highlight once, however often it runs.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, isOverdueFormula, layoutKeys, SHEET_NAMES } from "../../shared/index.js";
import { planCommand, undoCommand } from "../../addin/excel/commands.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { FakeExcel, fakeFormat, officeFor, type FakeSheet } from "./fake-excel.js";

const AT = "2024-01-01T00:00:00.000Z";
const KEYS = layoutKeys().keys;
const col = (k: (typeof KEYS)[number]) => KEYS.indexOf(k);
const letter = (k: (typeof KEYS)[number]) => columnLetter(col(k));
const ALL_ROWS = 1_048_576;
const UNITS = { list: { inCellDropDown: true, source: "Văn phòng Sở,Phòng Tổ chức cán bộ,Phòng Kế hoạch tài chính" } };

function setOffice(api: string): void {
  (globalThis as any).Office = new OfficeMockObject(officeFor(api, true) as never);
}
beforeEach(() => setOffice("1.20"));
afterEach(() => {
  delete (globalThis as any).Office;
});

function rowOf(plan: FakeSheet, code: string): number {
  for (let r = 0; r < 200; r++) if (plan.get(r, col("code"))?.value === code) return r;
  throw new Error(`no row ${code}`);
}

/** A planned workbook whose plan staff dressed up: a late-row highlight over the whole table, a bold rule on one
 * cell of 1.5.3, a units dropdown down the table's "Đơn vị phối hợp", a whole number on 1.5.3's note and a
 * non-negative budget on the whole "Kinh phí" column. */
async function dressedPlan(api = "1.20") {
  setOffice(api);
  const xl = new FakeExcel();
  xl.api = api;
  const criteria = xl.addSheet("Bảng điểm", seed001Messy());
  await planCommand(xl.context, {}, AT);
  const plan = xl.sheet(SHEET_NAMES.plan)!;
  const header = Array.from({ length: 20 }, (_, r) => r).find((r) => plan.get(r, 0)?.value === "STT")!;
  const first = header + 1;
  const last = plan.bounds()!.rows - 1;
  const late = fakeFormat("Custom", `A${first + 1}:${columnLetter(KEYS.length - 1)}${last + 1}`);
  late.custom.rule.formula = `=$${letter("progressStatus")}${first + 1}="Chậm"`;
  late.custom.format.fill.color = "#FFEB9C";
  plan.conditionalFormats.push(late);
  const r153 = rowOf(plan, "1.5.3");
  const big = fakeFormat("CellValue", `${letter("lost")}${r153 + 1}`);
  big.cellValue.rule = { formula1: "=0.5", operator: "GreaterThan" };
  big.cellValue.format.font.bold = true;
  plan.conditionalFormats.push(big);
  plan.validate({ row: first, col: col("coordinator"), rows: last - first + 1, cols: 1 }, structuredClone(UNITS));
  plan.validate({ row: r153, col: col("note"), rows: 1, cols: 1 }, { wholeNumber: { formula1: 1, formula2: 9, operator: "Between" } }, { prompt: { showPrompt: true, title: "Số đợt", message: "1–9" } });
  plan.validate({ row: 0, col: col("budget"), rows: ALL_ROWS, cols: 1 }, { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
  // 1.1.2 loses points: its row enters the plan above 1.5.3, which moves down one row
  const r112 = Array.from({ length: 200 }, (_, r) => r).find((r) => criteria.get(r, 0)?.value === "1.1.2")!;
  criteria.type(r112, 3, 0.5);
  return { xl, plan, first, r153 };
}

describe("Lập kế hoạch again, on a plan staff added rules to", () => {
  it("keeps staff's conditional formats and validations on their rows, and ours once after two runs", async () => {
    const { xl, plan, first, r153 } = await dressedPlan();
    await planCommand(xl.context, {}, AT);
    await planCommand(xl.context, {}, AT);
    expect(xl.sheet(SHEET_NAMES.plan)).toBe(plan);
    const moved = rowOf(plan, "1.5.3");
    expect(moved).toBe(r153 + 1);
    const last = plan.bounds()!.rows - 1;
    expect(plan.get(rowOf(plan, "1.1.2"), 0)).toBeDefined();

    // conditional formats: ours once, staff's two, theirs on top
    const ours = plan.conditionalFormats.filter((c) => c.type === "Custom" && isOverdueFormula(c.custom.rule.formula));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.range).toBe(`A${first + 1}:${columnLetter(KEYS.length - 1)}${last + 1}`);
    expect(plan.conditionalFormats).toHaveLength(3);
    expect(plan.conditionalFormats[0]).toBe(ours[0]);
    const late = plan.conditionalFormats.find((c) => c.custom.format.fill.color === "#FFEB9C")!;
    // the whole table, the new row included; the formula still reads each row's own status
    expect(late.range).toBe(`A${first + 1}:${columnLetter(KEYS.length - 1)}${last + 1}`);
    expect(late.custom.rule.formula).toBe(`=$${letter("progressStatus")}${first + 1}="Chậm"`);
    const big = plan.conditionalFormats.find((c) => c.type === "CellValue")!;
    expect(big.range).toBe(`${letter("lost")}${moved + 1}:${letter("lost")}${moved + 1}`);
    expect(big.cellValue).toMatchObject({ rule: { formula1: "=0.5", operator: "GreaterThan" }, format: { font: { bold: true } } });

    // validations: the units' dropdown down the whole new table, the note's rule with 1.5.3, the budget's column
    const at = (row: number, c: number) => plan.validations.filter((v) => v.block.row <= row && row < v.block.row + v.block.rows && v.block.col <= c && c < v.block.col + v.block.cols);
    for (let r = first; r <= last; r++) expect(at(r, col("coordinator")).map((v) => v.rule), `row ${r}`).toEqual([UNITS]);
    expect(at(moved, col("note"))).toMatchObject([{ rule: { wholeNumber: { formula1: 1, formula2: 9 } }, prompt: { title: "Số đợt" } }]);
    expect(at(r153, col("note"))).toEqual([]);
    expect(plan.validations.filter((v) => v.rule.decimal?.operator === "GreaterThanOrEqualTo").map((v) => v.address)).toEqual([`${letter("budget")}:${letter("budget")}`]);
    // ours: the status list and the 0–100 share, once each, over the table
    const lists = plan.validations.filter((v) => v.rule.list?.source?.startsWith("Chưa thực hiện"));
    expect(lists.map((v) => v.address)).toEqual([`${letter("progressStatus")}${first + 1}:${letter("progressStatus")}${last + 1}`]);
    expect(plan.validations.filter((v) => v.rule.decimal?.formula2 === 100)).toHaveLength(1);
  });

  it("one rule staff put on two neighbouring whole columns comes back as one rule over both", async () => {
    const { xl, plan } = await dressedPlan();
    // two neighbouring columns no rule touches yet (none of ours either), each given the same rule, whole
    const free = (c: number) => !plan.validations.some((v) => v.block.col <= c && c < v.block.col + v.block.cols) && c !== col("progressStatus") && c !== col("percent");
    const c = KEYS.findIndex((_, i) => i + 1 < KEYS.length && free(i) && free(i + 1));
    const rule = { wholeNumber: { formula1: 0, formula2: 5, operator: "Between" } };
    for (const at of [c, c + 1]) plan.validate({ row: 0, col: at, rows: ALL_ROWS, cols: 1 }, structuredClone(rule));
    await planCommand(xl.context, {}, AT);
    expect(plan.validations.filter((v) => v.rule.wholeNumber?.formula2 === 5).map((v) => v.address)).toEqual([`${columnLetter(c)}:${columnLetter(c + 1)}`]);
  });

  it("staff's own list on the status column stays theirs; ours fills the rest of the column", async () => {
    const { xl, plan } = await dressedPlan();
    const r = rowOf(plan, "1.3.2");
    // staff replace our dropdown on one row with a list of their own
    const status = col("progressStatus");
    const ours = plan.validations.find((v) => v.rule.list?.source?.startsWith("Chưa thực hiện"))!;
    plan.validations = plan.validations.filter((v) => v !== ours);
    const { row, rows } = ours.block;
    plan.validate({ row, col: status, rows: r - row, cols: 1 }, ours.rule);
    plan.validate({ row: r, col: status, rows: 1, cols: 1 }, { list: { inCellDropDown: true, source: "Chậm,Đúng hạn" } });
    plan.validate({ row: r + 1, col: status, rows: row + rows - r - 1, cols: 1 }, ours.rule);
    await planCommand(xl.context, {}, AT);
    const now = rowOf(plan, "1.3.2");
    const on = (row: number) => plan.validations.filter((v) => v.block.col === status && v.block.row <= row && row < v.block.row + v.block.rows).map((v) => v.rule.list.source);
    expect(on(now)).toEqual(["Chậm,Đúng hạn"]);
    expect(on(now - 1)[0]).toMatch(/^Chưa thực hiện/);
    expect(on(now + 1)[0]).toMatch(/^Chưa thực hiện/);
  });

  it("brings back every kind of rule with its settings: colour scale, icons, data bar, text, top 10, several areas", async () => {
    const { xl, plan, first } = await dressedPlan();
    const last = plan.bounds()!.rows - 1;
    const lost = letter("lost");
    const body = `${lost}${first + 1}:${lost}${last + 1}`;
    const scale = fakeFormat("ColorScale", body);
    scale.colorScale.criteria = { minimum: { formula: null, type: "LowestValue", color: "#FFFFFF" }, maximum: { formula: null, type: "HighestValue", color: "#F8696B" } };
    const icons = fakeFormat("IconSet", `${letter("percent")}${first + 1}:${letter("percent")}${last + 1}`);
    Object.assign(icons.iconSet, { style: "ThreeTrafficLights1", reverseIconOrder: false, showIconOnly: false, criteria: [{}, { type: "Number", operator: "GreaterThanOrEqual", formula: "=50" }, { type: "Number", operator: "GreaterThanOrEqual", formula: "=100" }] });
    const bar = fakeFormat("DataBar", `${letter("max")}${first + 1}:${letter("max")}${last + 1}`);
    Object.assign(bar.dataBar, { barDirection: "LeftToRight", showDataBarOnly: false });
    bar.dataBar.positiveFormat.fillColor = "#638EC6";
    const text = fakeFormat("ContainsText", `${letter("solution")}${first + 1}:${letter("solution")}${last + 1}`);
    text.textComparison.rule = { operator: "Contains", text: "Chậm" };
    text.textComparison.format.font.color = "#9C0006";
    const top = fakeFormat("TopBottom", body);
    top.topBottom.rule = { rank: 3, type: "TopItems" };
    top.stopIfTrue = true;
    const r = rowOf(plan, "1.5.3");
    const pair = fakeFormat("Custom", `A${r + 1}:B${r + 1},A${r + 3}:B${r + 3}`);
    pair.custom.rule.formula = `=$A${r + 1}<>""`;
    plan.conditionalFormats.push(scale, icons, bar, text, top, pair);
    await planCommand(xl.context, {}, AT);
    const now = plan.bounds()!.rows - 1;
    const find = (type: string) => plan.conditionalFormats.filter((c) => c.type === type && !isOverdueFormula(c.custom.rule.formula));
    expect(find("ColorScale").map((c) => [c.range, c.colorScale.criteria.maximum.color])).toEqual([[`${lost}${first + 1}:${lost}${now + 1}`, "#F8696B"]]);
    expect(find("IconSet")[0]?.iconSet).toMatchObject({ style: "ThreeTrafficLights1", criteria: [{}, { formula: "=50" }, { formula: "=100" }] });
    expect(find("DataBar")[0]?.dataBar).toMatchObject({ barDirection: "LeftToRight", positiveFormat: { fillColor: "#638EC6" } });
    expect(find("ContainsText")[0]?.textComparison).toMatchObject({ rule: { operator: "Contains", text: "Chậm" }, format: { font: { color: "#9C0006" } } });
    expect(find("TopBottom")[0]).toMatchObject({ stopIfTrue: true, topBottom: { rule: { rank: 3, type: "TopItems" } } });
    // a rule over two areas: each area follows its row (1.5.3 moved down one, and so did the row two below it)
    const moved = rowOf(plan, "1.5.3");
    const pieces = plan.conditionalFormats.filter((c) => c.type === "Custom" && c.custom.rule.formula?.startsWith("=$A"));
    expect(pieces.map((c) => [c.range, c.custom.rule.formula])).toEqual([
      [`A${moved + 1}:B${moved + 1}`, `=$A${moved + 1}<>""`],
      [`A${moved + 3}:B${moved + 3}`, `=$A${moved + 3}<>""`],
    ]);
  });

  it("reads the rules in the same round trips however many there are", async () => {
    const { xl, plan, first } = await dressedPlan();
    const last = plan.bounds()!.rows - 1;
    // a rule on every row: a text length on each evidence cell, a highlight on each STT cell
    for (let r = first; r <= last; r++) {
      plan.validate({ row: r, col: col("evidence"), rows: 1, cols: 1 }, { textLength: { formula1: r, operator: "LessThanOrEqualTo" } });
      const mark = fakeFormat("ContainsText", `A${r + 1}`);
      mark.textComparison.rule = { operator: "Contains", text: String(r) };
      plan.conditionalFormats.push(mark);
    }
    const out = await planCommand(xl.context, {}, AT);
    expect(out.syncs).toBe(5);
    const now = rowOf(plan, "1.5.3");
    expect(plan.validations.find((v) => v.block.row === now && v.block.col === col("evidence"))?.rule.textLength.formula1).toBe(now - 1);
  });

  it("an Excel that refuses to describe the rules still gets its plan, with ours once", async () => {
    const { xl, plan } = await dressedPlan();
    // the re-plan's fourth request is the one reading the rules' settings
    xl.failSync = xl.syncs + 4;
    const out = await planCommand(xl.context, {}, AT);
    expect(out.notice).toMatch(/kế hoạch/i);
    expect(xl.syncs).toBe(xl.failSync + 1);
    expect(plan.get(rowOf(plan, "1.1.2"), 0)).toBeDefined();
    expect(plan.conditionalFormats.filter((c) => isOverdueFormula(c.custom.rule.formula))).toHaveLength(1);
    expect(plan.validations.filter((v) => v.rule.list?.source?.startsWith("Chưa thực hiện"))).toHaveLength(1);
  });

  it("on Excel 2019 (ExcelApi 1.7: no validations through the API) keeps the conditional formats and fails nothing", async () => {
    const { xl, plan, r153 } = await dressedPlan("1.7");
    // Excel 2019 never had our dropdowns; staff's stay where they were, untouched
    const before = structuredClone(plan.validations);
    await planCommand(xl.context, {}, AT);
    expect(plan.validations).toEqual(before);
    const big = plan.conditionalFormats.find((c) => c.type === "CellValue")!;
    expect(big.range).toBe(`${letter("lost")}${r153 + 2}:${letter("lost")}${r153 + 2}`);
    expect(plan.conditionalFormats.filter((c) => c.type === "Custom" && isOverdueFormula(c.custom.rule.formula))).toHaveLength(1);
  });

  /** Every rule of the plan sheet as staff would see it: each conditional format (in priority order) and validation,
   * with Excel's defaults (no stop, no prompt, a Stop alert) and one-cell addresses written one way. */
  const cell = (a: string) => a.replace(/^([A-Z]+\d+)$/, "$1:$1");
  const rulesOf = (plan: FakeSheet) => ({
    formats: plan.conditionalFormats.map(({ stopIfTrue, range, ...c }) => JSON.stringify({ ...c, range: cell(range), stop: stopIfTrue === true })),
    validations: plan.validations
      .map((v) => {
        const prompt = v.prompt?.showPrompt ? v.prompt : null;
        const alert = v.errorAlert && !(v.errorAlert.style === "Stop" && !v.errorAlert.title && !v.errorAlert.message) ? v.errorAlert : null;
        return JSON.stringify([v.address, v.rule, prompt, alert]);
      })
      .sort(),
  });

  it("Hoàn tác of the re-plan puts every rule (staff's, ours once), fonts, fills and heights back on the rows they were on", async () => {
    const { xl, plan, r153 } = await dressedPlan();
    plan.looks.set(`${r153},1`, { format: { fill: { color: "#FCE5CD" } } });
    plan.rowLooks.set(r153, { format: { rowHeight: 40 }, rowHidden: false });
    const before = { values: plan.grid("values"), rules: rulesOf(plan), print: plan.printArea };
    await planCommand(xl.context, {}, AT);
    expect(rowOf(plan, "1.5.3")).toBe(r153 + 1);
    expect(plan.printArea).not.toBe(before.print);
    expect(rulesOf(plan)).not.toEqual(before.rules);
    const out = await undoCommand(xl.context);
    expect(out.notice).toMatch(/hoàn tác/i);
    // the same sheet, put back in place
    expect(xl.sheet(SHEET_NAMES.plan)).toBe(plan);
    expect(plan.grid("values")).toEqual(before.values);
    expect(rulesOf(plan)).toEqual(before.rules);
    expect(plan.conditionalFormats.filter((c) => c.type === "Custom" && isOverdueFormula(c.custom.rule.formula))).toHaveLength(1);
    expect(plan.validations.filter((v) => v.rule.list?.source?.startsWith("Chưa thực hiện"))).toHaveLength(1);
    expect(plan.looks.get(`${r153},1`)).toMatchObject({ format: { fill: { color: "#FCE5CD" } } });
    expect(plan.rowLooks.get(r153)).toMatchObject({ format: { rowHeight: 40 } });
    // printed as before: the print area over the plan's rows as they were
    expect(plan.printArea).toBe(before.print);
    // round trips: the workbook, the sheet check with the look and the rules' list, the rules' settings, the write
    expect(out.syncs).toBe(4);
  });

  it("Hoàn tác reads and writes back a rule on every row in the same round trips", async () => {
    const { xl, plan, first } = await dressedPlan();
    const last = plan.bounds()!.rows - 1;
    for (let r = first; r <= last; r++) plan.validate({ row: r, col: col("evidence"), rows: 1, cols: 1 }, { textLength: { formula1: r, operator: "LessThanOrEqualTo" } });
    await planCommand(xl.context, {}, AT);
    const out = await undoCommand(xl.context);
    expect(out.syncs).toBe(4);
    for (let r = first; r <= last; r++) expect(plan.validations.find((v) => v.block.row === r && v.block.col === col("evidence"))?.rule.textLength.formula1, `row ${r}`).toBe(r);
  });

  it("Hoàn tác on Excel 2019 (ExcelApi 1.7): values and conditional formats back on their rows, validations never moved", async () => {
    const { xl, plan } = await dressedPlan("1.7");
    const before = { values: plan.grid("values"), rules: rulesOf(plan) };
    await planCommand(xl.context, {}, AT);
    await undoCommand(xl.context);
    expect(plan.grid("values")).toEqual(before.values);
    expect(rulesOf(plan)).toEqual(before.rules);
  });

  it("Hoàn tác on an Excel that refuses to describe the rules: values back in the same sheet, rules left as they are", async () => {
    const { xl, plan } = await dressedPlan();
    const before = plan.grid("values");
    await planCommand(xl.context, {}, AT);
    const moved = rulesOf(plan);
    // the undo's third request is the one reading the rules' settings
    xl.failSync = xl.syncs + 3;
    const out = await undoCommand(xl.context);
    expect(xl.syncs).toBeGreaterThanOrEqual(xl.failSync);
    expect(out.notice).toMatch(/hoàn tác/i);
    expect(xl.sheet(SHEET_NAMES.plan)).toBe(plan);
    expect(plan.grid("values")).toEqual(before);
    expect(rulesOf(plan)).toEqual(moved);
  });

  it("Hoàn tác from a snapshot kept before moves were recorded: values come back as before", async () => {
    const { xl, plan } = await dressedPlan();
    const before = plan.grid("values");
    await planCommand(xl.context, {}, AT);
    const undo = xl.sheets.find((s) => s.visibility === "Hidden")!;
    const json = undo.grid("values").map((r) => String(r[0] ?? "")).join("");
    const old = JSON.parse(json) as { sheets: { move?: unknown }[] };
    for (const sh of old.sheets) delete sh.move;
    undo.cells.clear();
    undo.load([[JSON.stringify(old)]]);
    await undoCommand(xl.context);
    expect(xl.sheet(SHEET_NAMES.plan)!.grid("values")).toEqual(before);
  });
});
