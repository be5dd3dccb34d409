// The layout families through the command line, as real .xlsx files (merged header cells, signature blocks):
// check is clean, score keeps every right figure, and score → score → plan → plan is stable.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../shared/index.js";
import { romanAreas, romanBlankAreas, romanOverDecimals, sections, subItems, tallHeader, type Layout } from "../fixtures/layouts.js";
import { cchc, open, readSheet, save, tmp } from "./helpers.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

const SHEET = "Bảng điểm";

function workbook(layout: Layout, edit?: (ws: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  layout.grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  for (const [r1, c1, r2, c2] of layout.merges ?? []) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
  edit?.(ws);
  return wb;
}

/** The figures of the criteria sheet (values as a reader sees them), to compare two runs. */
async function figures(file: string): Promise<unknown[][]> {
  const wb = await open(file);
  return readSheet(wb.getWorksheet(SHEET) as ExcelJS.Worksheet).values;
}

const families: Layout[] = [romanAreas("plain"), romanAreas("phan"), romanAreas("dotted"), romanAreas("in-name"), romanOverDecimals(), romanBlankAreas(), romanBlankAreas("merged-titles"), sections("blank-sections"), subItems(), tallHeader("three"), tallHeader("four")];

describe.each(families.map((f, i) => [f.name, f, i] as const))("%s", (_, layout, i) => {
  it("check exits 0 with the right totals; score → score → plan → plan changes nothing the second time", async () => {
    const input = await save(workbook(layout), t.path(`layout-${i}.xlsx`));
    const check = await cchc("check", input, "--json");
    const report = JSON.parse(check.out) as Report;
    expect(report.diagnostics.filter((d) => d.code !== "NUMBER_AS_TEXT").map((d) => d.message)).toEqual([]);
    expect(check.code).toBe(0);
    expect(report.totals).toMatchObject({ max: layout.expected.max, achieved: layout.expected.achieved });

    const s1 = t.path(`layout-${i}.s1.xlsx`);
    const s2 = t.path(`layout-${i}.s2.xlsx`);
    const p1 = t.path(`layout-${i}.p1.xlsx`);
    const p2 = t.path(`layout-${i}.p2.xlsx`);
    expect((await cchc("score", input, "-o", s1)).code).toBe(0);
    expect((await cchc("score", s1, "-o", s2)).code).toBe(0);
    expect((await cchc("plan", s2, "-o", p1)).code).toBe(0);
    const plan2 = await cchc("plan", p1, "-o", p2, "--json");
    expect(plan2.code).toBe(0);
    const [a, b, c] = await Promise.all([figures(s1), figures(s2), figures(p2)]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const names = async (f: string) => (await open(f)).worksheets.map((w) => w.name);
    expect(await names(s2)).toEqual(await names(s1));
    expect(await names(p2)).toEqual(await names(p1));
    // the plan names rows by their paths, and a second run keeps the same rows
    const weak = (JSON.parse(plan2.out) as { plan: { code: string }[] }).plan.map((r) => r.code);
    expect(weak.length).toBeGreaterThan(0);
    for (const code of weak) expect(report.criteria.map((x) => x.code)).toContain(code);
  });
});

describe("a wrong structure never overwrites a right figure", () => {
  it("a mistyped code under area II: score leaves the typed total and area, lists them and exits 1", async () => {
    // criterion "2" of area II typed "2.." (a slip): its row cannot be placed
    const input = await save(workbook(romanAreas("plain"), (ws) => (ws.getCell("A13").value = "2..")), t.path("slip.xlsx"));
    const out = t.path("slip.scored.xlsx");
    const r = await cchc("score", input, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain("CODE_INVALID");
    expect(r.out).toMatch(/WRITE_HELD\s+C17\s.*Giữ nguyên C17, D17/);
    const ws = (await open(out)).getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(ws.getCell("C17").value).toBe(11);
    expect(ws.getCell("D17").value).toBe(8.5);
    expect(ws.getCell("D11").value).toBe(2.5); // area II as typed, not the 1,5 its readable rows add up to
    expect(ws.getCell("D7").value).toMatchObject({ formula: "SUM(D8:D10)" }); // area I is certain: summed
  });
});

describe("formulas in the saved file", () => {
  const grid = (): Layout => ({
    name: "formulas",
    grid: [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "Chỉ đạo điều hành", 2, 1],
      ["1.1", "Kế hoạch", 1, null],
      ["1.2", "Báo cáo", 1, 1],
      [null, "Tổng cộng", 2, 1],
    ],
    expected: { max: 2, achieved: 1, criteria: 3, leaves: 2 },
  });
  it("a formula saved with the result 0 reads 0: no SCORE_MISSING, exit 0", async () => {
    const input = await save(workbook(grid(), (ws) => (ws.getCell("D3").value = { formula: "C3*0", result: 0 })), t.path("zero.xlsx"));
    const r = await cchc("check", input, "--json");
    expect((JSON.parse(r.out) as Report).diagnostics).toEqual([]);
    expect(r.code).toBe(0);
  });
  it("a formula saved without a result is reported as not calculated, and the sums over it are left", async () => {
    const input = await save(workbook(grid(), (ws) => (ws.getCell("D3").value = { formula: "C3*0" } as ExcelJS.CellFormulaValue)), t.path("nocalc.xlsx"));
    const r = await cchc("check", input, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("FORMULA_NOT_CALCULATED");
    expect(r.out).toContain("formula saved without its result");
    expect(r.out).not.toContain("SCORE_MISSING");
  });
});

describe("the plan on restarting criteria", () => {
  it("keeps what staff typed on criterion 1 of area II, not on criterion 1 of area I", async () => {
    const input = await save(workbook(romanAreas("plain")), t.path("plan-roman.xlsx"));
    const first = t.path("plan-roman.p1.xlsx");
    expect((await cchc("plan", input, "-o", first)).code).toBe(0);
    const wb = await open(first);
    const plan = wb.worksheets.find((w) => w.name !== SHEET) as ExcelJS.Worksheet;
    const grid = readSheet(plan).values;
    const head = grid.findIndex((r) => r.includes("Giải pháp / nhiệm vụ"));
    const codeCol = (grid[head] as unknown[]).indexOf("Mã tiêu chí");
    const solCol = (grid[head] as unknown[]).indexOf("Giải pháp / nhiệm vụ");
    const rowOf = (g: unknown[][], code: string) => g.findIndex((r) => r[codeCol] === code);
    expect(rowOf(grid, "I.1")).toBeGreaterThan(head);
    expect(rowOf(grid, "II.1")).toBeGreaterThan(rowOf(grid, "I.1"));
    plan.getCell(rowOf(grid, "II.1") + 1, solCol + 1).value = "Rà soát lại toàn bộ quy chế nội bộ";
    await wb.xlsx.writeFile(first);

    const second = t.path("plan-roman.p2.xlsx");
    expect((await cchc("plan", first, "-o", second)).code).toBe(0);
    const again = readSheet((await open(second)).worksheets.find((w) => w.name !== SHEET) as ExcelJS.Worksheet).values;
    expect(again[rowOf(again, "II.1")]?.[solCol]).toBe("Rà soát lại toàn bộ quy chế nội bộ");
    expect(again[rowOf(again, "I.1")]?.[solCol] ?? null).toBeNull();
    expect(again.filter((r) => r[codeCol] === "II.1")).toHaveLength(1);
  });
});
