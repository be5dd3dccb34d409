import { afterEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { ExcelSession, excelRun } from "../../addin/host.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { FakeExcel } from "./fake-excel.js";

function install(xl: FakeExcel, supported: (set: string, version: string) => boolean) {
  const runs: unknown[] = [];
  (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: supported } } });
  (globalThis as any).Excel = {
    run: async (a: unknown, b?: unknown) => {
      runs.push(typeof a === "function" ? null : a);
      return (typeof a === "function" ? a : (b as (c: unknown) => unknown))(xl.context);
    },
  };
  return runs;
}

afterEach(() => {
  delete (globalThis as any).Office;
  delete (globalThis as any).Excel;
});

describe("Excel session", () => {
  it("merges a command's writes into one undo step only where ExcelApi 1.20 exists", async () => {
    const xl = new FakeExcel();
    let runs = install(xl, () => true);
    await excelRun(async () => 1);
    expect(runs).toEqual([{ mergeUndoGroup: true }]);
    runs = install(xl, (_s, v) => v !== "1.20");
    await excelRun(async () => 1);
    expect(runs).toEqual([null]);
  });

  it("scores, selects a finding's cell on the scored sheet, corrects columns and undoes", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Bảng điểm", seed001Messy());
    install(xl, () => true);
    const s = new ExcelSession();
    s.lang = "vi";
    expect((await s.initial()).canUndo).toBe(false);
    const state = await s.score();
    expect(state.report?.totals.index).toBe(72.45);
    expect(state.canUndo).toBe(true);
    await s.select("D48", state.report?.sheet ?? "");
    expect(xl.selected).toBe("Bảng điểm!D48");
    const corrected = await s.setColumns({ achieved: "E" });
    expect(corrected.report?.columns.achieved).toBe("E");
    expect(JSON.parse(xl.settings.get("cchc.settings")!)).toMatchObject({ columns: { achieved: "E" } });
    const undone = await s.undo();
    expect(undone.canUndo).toBe(false);
    expect(undone.notice).toContain("hoàn tác");
  });

  it("tells an open pane when a ribbon command fails, since the ribbon has nowhere to show it", async () => {
    const xl = new FakeExcel();
    xl.addSheet("Bảng điểm", seed001Messy());
    (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => false } } });
    (globalThis as any).Excel = { run: async () => Promise.reject(new Error("Trang đang được sửa, thử lại sau.")) };
    const s = new ExcelSession();
    const seen: (string | undefined)[] = [];
    s.onChange((state) => seen.push(state.notice));
    await expect(s.fromRibbon("score")).rejects.toThrow();
    expect(seen).toEqual(["Trang đang được sửa, thử lại sau."]);
    expect(s.state.notice).toBe("Trang đang được sửa, thử lại sau.");
  });
});
