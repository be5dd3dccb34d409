// "A wrong structure never overwrites a right figure": for random trees whose typed parents and total are right,
// a mistyped code anywhere (unreadable, duplicate, a date, missing, an orphan) never makes `score` change them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";
import { forestOf, type Tree } from "../fixtures/trees.js";

const forest = forestOf(4, 6);

/** How a person mistypes one code: each leaves the row's points in the sheet but the tree unsure. */
const MISTYPES = ["invalid", "duplicate", "date", "blank", "orphan", "roman-typo"] as const;
type Mistype = (typeof MISTYPES)[number];

function flatten(t: Tree, out: Tree[]): void {
  out.push(t);
  for (const c of t.children) flatten(c, out);
}

function mistyped(code: string, how: Mistype, all: readonly Tree[]): unknown {
  switch (how) {
    case "invalid":
      return `${code}..`;
    case "duplicate":
      return all.find((n) => n.code !== code)?.code ?? `${code}..`;
    case "date":
      return new Date(Date.UTC(2021, 0, 1));
    case "blank":
      return "";
    case "orphan":
      return `${code}.9.9`;
    case "roman-typo":
      return `${code}a`;
  }
}

describe("score never overwrites a right figure under an uncertain structure", () => {
  it("leaves typed parents and the total as they are when a code below is mistyped", () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.constantFrom(...MISTYPES), (areas, pick, how) => {
        const all: Tree[] = [];
        for (const a of areas) flatten(a, all);
        // any row: a leaf, a criterion or an area
        const victim = all[pick % all.length] as Tree;
        const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"]];
        for (const n of all) grid.push([n === victim ? mistyped(n.code, how, all) : n.code, `Tiêu chí ${n.code}`, n.max / 1000, n.achieved / 1000]);
        const max = areas.reduce((s, a) => s + a.max, 0);
        const achieved = areas.reduce((s, a) => s + a.achieved, 0);
        grid.push(["", "Tổng cộng", max / 1000, achieved / 1000]);
        const totalRow = grid.length - 1;

        const analysis = analyzeSheet(grid);
        const structural = analysis.report.diagnostics.some((d) =>
          ["CODE_INVALID", "CODE_DUPLICATE", "CODE_DATE", "CODE_MISSING", "PARENT_MISSING"].includes(d.code),
        );
        expect(structural).toBe(true);
        for (const mode of ["formulas", "values"] as const) {
          const edits = scoreEdits(analysis, mode);
          // the total is never touched; a parent is rewritten only with the figure it already has
          expect(edits.filter((e) => e.row === totalRow)).toEqual([]);
          for (const e of edits) {
            const typed = grid[e.row]?.[e.col];
            expect(e.value).toBe(typed);
          }
        }
        // and the report lists the total's cells as left as typed
        expect(analysis.report.diagnostics.find((d) => d.code === "WRITE_HELD" && d.row === totalRow + 1)?.detail).toBe(`C${totalRow + 1}, D${totalRow + 1}`);
      }),
      { numRuns: 300 },
    );
  });

  it("still writes the sums of a sound tree, with the true figures", () => {
    fc.assert(
      fc.property(forest, (areas) => {
        const all: Tree[] = [];
        for (const a of areas) flatten(a, all);
        const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm"]];
        for (const n of all) grid.push([n.code, `Tiêu chí ${n.code}`, n.max / 1000, n.achieved / 1000]);
        const max = areas.reduce((s, a) => s + a.max, 0);
        grid.push(["", "Tổng cộng", max / 1000, 0]);
        const edits = scoreEdits(analyzeSheet(grid), "formulas");
        const total = edits.filter((e) => e.row === grid.length - 1);
        expect(total.map((e) => e.cell)).toEqual([`C${grid.length}`, `D${grid.length}`]);
        expect(total[0]?.value).toBe(max / 1000);
      }),
      { numRuns: 100 },
    );
  });
});
