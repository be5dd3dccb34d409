// Language and column overrides from the sidebar, kept in the document's developer metadata.
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

function book() {
  const b = new FakeSpreadsheet();
  b._add("Bảng tiêu chí")._load(seed001Clean());
  return b;
}

describe("sidebar settings (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("opens with a read-only preview of the active criteria sheet", () => {
    const b = book();
    const { g } = loadCode(fakeServices(b));
    const before = b._sheets[0]?._dump();
    const state = g.sidebarInitial() as { report: Report; canUndo: boolean };
    expect(state.report.totals.achieved).toBe(51.077);
    expect(state.canUndo).toBe(false);
    expect(b._sheets[0]?._dump()).toBe(before);
    expect(b._sheets).toHaveLength(1);
  });

  it("switches language for the next command and remembers it", () => {
    const b = book();
    const first = loadCode(fakeServices(b)).g;
    expect(first.sidebarLang()).toBe("vi");
    first.sidebarSetLang("en");
    // a new execution (Apps Script keeps nothing between calls) reads it back from the document
    const { g } = loadCode(fakeServices(b));
    expect(g.sidebarLang()).toBe("en");
    const state = g.sidebarScore() as { notice: string; report: Report };
    expect(state.notice).toMatch(/^Scored: 51\.077\/70\.5 points/);
  });

  it("column overrides take effect and bad ones are refused", () => {
    const b = book();
    const { g } = loadCode(fakeServices(b));
    const state = g.sidebarSetColumns({ achieved: "E" }) as { report: Report };
    expect(state.report.columns.achieved).toBe("E");
    expect(() => g.sidebarSetColumns({ achieved: "E9" })).toThrow();
    expect((g.sidebarInitial() as { report: Report }).report.columns.achieved).toBe("E");
  });
});
