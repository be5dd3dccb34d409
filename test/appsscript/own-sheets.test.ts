// Commands started on a sheet the add-on writes, and jumps from a finding, in the built Code.js.
import { beforeAll, describe, expect, it } from "vitest";
import { runPlan, SHEET_NAMES } from "../../shared/index.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

describe("our own sheets", () => {
  beforeAll(ensureBuilt);

  it("are never scored as criteria when no criteria sheet is remembered (a plan made elsewhere)", () => {
    const book = new FakeSpreadsheet();
    const plan = book._add(SHEET_NAMES.plan);
    const grid = runPlan({ name: "Bảng", values: seed001Messy() }).table.grid;
    plan._load(grid);
    const { g } = loadCode(fakeServices(book));
    const state = g.sidebarScore() as { report: unknown; notice: string };
    expect(state.report).toBeNull();
    expect(state.notice).toContain("do tiện ích tạo ra");
    expect(book._find(SHEET_NAMES.findings)).toBeFalsy();
    expect(plan._peek(4, 1)?.note ?? "").toBe("");
  });

  it("a finding jumps to its cell on the scored sheet, whichever sheet is active", () => {
    const book = new FakeSpreadsheet();
    const criteria = book._add("Bảng tiêu chí");
    criteria._load(seed001Messy());
    const other = book._add("Ghi chú");
    const { g } = loadCode(fakeServices(book));
    g.sidebarScore();
    other.activate();
    g.sidebarSelect("D48", "Bảng tiêu chí");
    expect(book._active?._name).toBe("Bảng tiêu chí");
    expect(book.activeRange).toMatch(/^D48(:D48)?$/);
  });
});
