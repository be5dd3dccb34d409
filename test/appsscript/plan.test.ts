// Lập kế hoạch through the built Code.js: the plan sheet, staff's typed cells kept on re-run, undo.
import { beforeAll, describe, expect, it } from "vitest";
import { layoutKeys, SHEET_NAMES } from "../../shared/index.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet, type FakeSheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const SHEET = "Bảng tiêu chí";

describe("Lập kế hoạch (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("writes the plan, keeps what staff typed when re-run, and undoes to the typed version", () => {
    const book = new FakeSpreadsheet();
    book._add(SHEET)._load(seed001Messy());
    const { g } = loadCode(fakeServices(book));
    const state = g.sidebarPlan() as { notice: string };
    expect(state.notice).toMatch(/tiêu chí cần khắc phục/);
    const plan = book._find(SHEET_NAMES.plan) as FakeSheet;
    expect(book._active?._name).toBe(SHEET_NAMES.plan);

    const values = () => plan.getDataRange().getValues();
    const header = values().findIndex((r) => r.includes("Giải pháp / nhiệm vụ"));
    expect(header).toBeGreaterThan(0);
    expect(plan.frozenRows).toBe(header + 1);
    const col = (key: string) => layoutKeys().keys.indexOf(key as never);
    const rowOf = (code: string) => values().findIndex((r) => r[col("code")] === code);
    expect(rowOf("1.8")).toBeGreaterThan(header);
    expect(plan._peek(header, 0)?.format?.fontWeight).toBe("bold");
    expect(plan._peek(header + 1, 2)?.format?.fontFamily).toBe("Times New Roman");

    // staff type a solution and a deadline that looks like a number; then re-plan from the criteria sheet
    plan._cell(rowOf("1.8"), col("solution")).value = "Xây dựng kế hoạch năm";
    plan._cell(rowOf("1.8"), col("deadline")).value = "12/3";
    book._active = book._find(SHEET) as FakeSheet;
    const typed = values();
    g.sidebarPlan();
    expect(values()[rowOf("1.8")]?.[col("solution")]).toBe("Xây dựng kế hoạch năm");
    expect(values()[rowOf("1.8")]?.[col("deadline")]).toBe("12/3");

    g.sidebarUndo();
    expect((book._find(SHEET_NAMES.plan) as FakeSheet).getDataRange().getValues()).toEqual(typed);
  });
});
