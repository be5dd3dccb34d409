// The oldest Excel the add-in claims: ExcelApi 1.7 without the shared runtime (Excel 2019, Excel 2016 kept up to
// date). The same commands must work there, skipping only what that Excel cannot do (page setup, merged undo).
import { afterEach, describe, expect, it, vi } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { SHEET_NAMES, UNDO_SHEET } from "../../shared/index.js";
import { planCommand, scoreCommand, undoCommand } from "../../addin/excel/commands.js";
import { ExcelSession, excelRun } from "../../addin/host.js";
import { MIN_EXCEL_API } from "../../addin/excel/support.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { FakeExcel, officeFor } from "./fake-excel.js";

const AT = "2024-01-01T00:00:00.000Z";

function excel2019(): FakeExcel {
  const xl = new FakeExcel();
  xl.api = MIN_EXCEL_API;
  xl.addSheet("Bảng điểm", seed001Messy());
  (globalThis as any).Office = new OfficeMockObject(officeFor(MIN_EXCEL_API, false) as never);
  (globalThis as any).Excel = {
    run: async (a: unknown) => {
      if (typeof a !== "function") throw new Error("Excel 2019 has no Excel.run options");
      return (a as (c: unknown) => unknown)(xl.context);
    },
  };
  return xl;
}

afterEach(() => {
  delete (globalThis as any).Office;
  delete (globalThis as any).Excel;
  vi.resetModules();
});

describe("Excel 2019 (ExcelApi 1.7, no shared runtime)", () => {
  it("the fake really lacks newer APIs, so a command using them would fail here", () => {
    const xl = excel2019();
    const ws = xl.context.workbook.worksheets.getItem("Bảng điểm");
    expect(() => ws.pageLayout).toThrow(/ExcelApi 1.9/);
  });

  it("scores, plans and undoes with the same figures as a current Excel", async () => {
    const xl = excel2019();
    const before = xl.snapshot("Bảng điểm");
    const scored = await excelRun((ctx) => scoreCommand(ctx, { lang: "vi" }, AT));
    expect(scored.report?.totals).toMatchObject({ max: 70.5, achieved: 51.077, index: 72.45, grade: "C" });
    // the criteria sheet ends exactly as a current Excel leaves it
    const current = new FakeExcel();
    current.addSheet("Bảng điểm", seed001Messy());
    await scoreCommand(current.context, { lang: "vi" }, AT);
    expect(xl.snapshot("Bảng điểm")).toEqual(current.snapshot("Bảng điểm"));
    expect(xl.snapshot("Bảng điểm").some((c) => c.includes("=SUM("))).toBe(true);
    expect(xl.sheet(SHEET_NAMES.findings)).toBeDefined();
    await excelRun((ctx) => undoCommand(ctx, "vi"));
    expect(xl.snapshot("Bảng điểm")).toEqual(before);
    expect(xl.sheet(UNDO_SHEET)).toBeUndefined();
    const planned = await excelRun((ctx) => planCommand(ctx, { lang: "vi" }, AT));
    expect(planned.notice).toMatch(/28/);
    expect(xl.sheet(SHEET_NAMES.plan)).toBeDefined();
    await excelRun((ctx) => undoCommand(ctx, "vi"));
    expect(xl.sheet(SHEET_NAMES.plan)).toBeUndefined();
  });

  it("the ribbon's buttons are global functions of the function file and finish their event", async () => {
    const xl = excel2019();
    (globalThis as any).Office.onReady = (cb: () => void) => cb();
    const { RIBBON_ACTIONS } = await import("../../addin/commands/commands.js");
    expect((globalThis as any).scoreSheet).toBe(RIBBON_ACTIONS.scoreSheet);
    expect((globalThis as any).buildPlan).toBe(RIBBON_ACTIONS.buildPlan);
    const completed = vi.fn();
    await (globalThis as any).scoreSheet({ completed });
    expect(completed).toHaveBeenCalledOnce();
    expect(xl.sheet(SHEET_NAMES.summary)).toBeDefined();
    // the pane runs in another runtime there: it learns the outcome from the workbook
    const pane = new ExcelSession();
    expect((await pane.initial()).notice).toMatch(/51,077|Đã chấm|chấm/i);
  });

  it("a failing ribbon command leaves its message for the pane and does not ask for the shared runtime", async () => {
    const xl = excel2019();
    xl.sheets = [];
    xl.addSheet("Ghi chú", [["Không phải bảng điểm"]]);
    (globalThis as any).Office.onReady = (cb: () => void) => cb();
    (globalThis as any).Office.addin = { showAsTaskpane: vi.fn(async () => undefined) };
    const { RIBBON_ACTIONS } = await import("../../addin/commands/commands.js");
    const completed = vi.fn();
    await RIBBON_ACTIONS.scoreSheet({ completed } as never);
    expect(completed).toHaveBeenCalledOnce();
    expect((globalThis as any).Office.addin.showAsTaskpane).not.toHaveBeenCalled();
    const pane = new ExcelSession();
    expect((await pane.initial()).notice).toBeTruthy();
  });
});

describe("the pane page on old Windows", () => {
  it("fills the missing built-ins of EdgeHTML 18 without touching current ones", async () => {
    const saved = { flat: Array.prototype.flat, flatMap: Array.prototype.flatMap, fromEntries: Object.fromEntries };
    try {
      delete (Array.prototype as any).flat;
      delete (Array.prototype as any).flatMap;
      delete (Object as any).fromEntries;
      vi.resetModules();
      await import("../../addin/legacy.js");
      expect([1, [2, [3]]].flat()).toEqual([1, 2, [3]]);
      expect([1, [2, [3]]].flat(Infinity)).toEqual([1, 2, 3]);
      expect([1, 2].flatMap((x) => [x, x * 10])).toEqual([1, 10, 2, 20]);
      expect(Object.fromEntries([["a", 1], ["b", 2]])).toEqual({ a: 1, b: 2 });
      expect(Object.keys(Array.prototype)).not.toContain("flat");
    } finally {
      Object.defineProperty(Array.prototype, "flat", { value: saved.flat, configurable: true, writable: true });
      Object.defineProperty(Array.prototype, "flatMap", { value: saved.flatMap, configurable: true, writable: true });
      Object.defineProperty(Object, "fromEntries", { value: saved.fromEntries, configurable: true, writable: true });
    }
  });

  it("tells staff in Vietnamese when Excel shows the pane in Internet Explorer", async () => {
    const { readFileSync } = await import("node:fs");
    const { runInNewContext } = await import("node:vm");
    const app = { innerHTML: "x", children: [] as { textContent: string }[], appendChild(c: { textContent: string }) { this.children.push(c); } };
    let ready: () => void = () => undefined;
    const document = {
      documentMode: 11,
      getElementById: () => app,
      createElement: () => ({ textContent: "" }),
      addEventListener: (_e: string, f: () => void) => void (ready = f),
    };
    runInNewContext(readFileSync("addin/taskpane/old-browser.js", "utf8"), { document });
    ready();
    expect(app.children[0]?.textContent).toMatch(/Internet Explorer.*Excel trên web/);
    // a current browser: nothing happens
    const quiet = { ...document, documentMode: undefined, addEventListener: () => { throw new Error("should not listen"); } };
    expect(() => runInNewContext(readFileSync("addin/taskpane/old-browser.js", "utf8"), { document: quiet })).not.toThrow();
  });
});
