// The whole core on a few thousand hostile, host-like grids (`npm run fuzz -- N SEED` runs any number).
import { describe, expect, it } from "vitest";
import { runScore } from "../../shared/commands.js";
import { check, describeCase, editFailures, fuzz, parentFailure, undoFailure, type FuzzCase } from "./pipeline-fuzz.js";

const GRID = [
  ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"],
  ["1", "A", 5, 9, 2, null],
  ["1.1", "a", 1, new Date(Date.UTC(2024, 4, 1)), 1, null],
  ["1.2", "b", 2, "#N/A", 2, null],
  ["1.3", "c", 2, 1, 2, 1],
  ["", "Tổng cộng", 5, 2, 5, 3],
];
const CASE: FuzzCase = { host: "cli", values: GRID, origin: { row: 0, col: 0 }, settings: {}, planTyping: [] };

describe("the core pipeline on hostile grids (seeded fuzz)", () => {
  it("keeps every promise on 2 000 grids: no throw, valid reports, sums of leaves, no leaf or double edit, exact undo, plan keeps typed cells", () => {
    const { failing, examples } = fuzz(2000, 20261130);
    const report = [...examples].map(([kind, e]) => `${kind}: ${e.detail}\n${describeCase(e.example)}`).join("\n\n");
    expect(Object.fromEntries(failing), report).toEqual({});
    // about 15 s alone on 2 cores; the limit leaves room for a machine busy with other suites
  }, 180_000);

  it("holds on a sheet with a date and an error among the leaves", () => {
    expect(check(CASE)).toEqual([]);
  });

  describe("its checks catch what they promise to catch", () => {
    const result = runScore({ name: "S", values: GRID }, {}, {}, "2026-01-01T00:00:00.000Z");
    it("a date put back as text, an error put back as text", () => {
      // the area's own max and target cells: a #REF! and a date, both ours to rewrite as sums
      const values = GRID.map((r, i) => (i === 1 ? [r[0], r[1], "#REF!", r[3], new Date(Date.UTC(2024, 4, 1)), r[5]] : r));
      const dated: FuzzCase = { ...CASE, values };
      const run = runScore({ name: "S", values }, {}, {}, "2026-01-01T00:00:00.000Z");
      expect(run.edits.map((e) => e.cell)).toEqual(expect.arrayContaining(["C2", "E2"]));
      expect(undoFailure(dated, run.edits, run.snapshot)).toBeNull();
      const strip = (type: string) => ({ ...run.snapshot, cells: run.snapshot.cells.map((c) => (c.type === type ? { ...c, type: undefined } : c)) });
      expect(undoFailure(dated, run.edits, strip("date"))).toMatch(/was Date\(2024-05-01.*now "2024-05-01/);
      expect(undoFailure(dated, run.edits, strip("error"))).toMatch(/C2: "#REF!" put back as text/);
    });
    it("an edit on a leaf's figure, an edit outside the points columns, a cell edited twice", () => {
      const leaf = { row: 2, col: 3, cell: "D3", value: 1 };
      const name = { row: 1, col: 1, cell: "B2", value: 1 };
      const kinds = editFailures(result.report, [...result.edits, leaf, name, name], result.analysis.total?.row ?? null).map((f) => f.kind);
      expect(kinds).toEqual(["leaf-figure-edited", "edit-outside-points", "edit-outside-points", "cell-edited-twice"]);
    });
    it("a parent off its children by a thousandth", () => {
      const report = structuredClone(result.report);
      expect(parentFailure(report)).toBeNull();
      (report.criteria[0] as { max: number }).max += 0.001;
      expect(parentFailure(report)).toMatch(/^1\.max = 5\.001/);
    });
  });
});
