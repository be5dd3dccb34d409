// "A wrong structure never overwrites a right figure": for random trees whose typed parents and total are right,
// a mistyped code anywhere (unreadable, duplicate, a date, missing, an orphan) never makes `score` change them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";
import { forestOf, type Tree } from "../fixtures/trees.js";
import { precedents } from "../fixtures/precedents.js";

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

describe("score replaces a typed figure only over complete parts", () => {
  // random trees whose cells are blank, right, or typed by hand at will: a typed parent or total is rewritten only when
  // every sub-criterion below holds a figure in that column (else it may count what is not typed yet)
  it("never rewrites a typed figure with parts still blank below it, in either write mode", () => {
    fc.assert(
      fc.property(forest, fc.array(fc.nat(9), { minLength: 400, maxLength: 400 }), (areas, dice) => {
        let k = 0;
        const roll = () => dice[k++ % dice.length] as number;
        const all: Tree[] = [];
        for (const a of areas) flatten(a, all);
        const leavesOf = (t: Tree): Tree[] => (t.children.length ? t.children.flatMap(leavesOf) : [t]);
        // per node and column (max, achieved, target): the figure typed (null: blank)
        const typed = new Map<Tree, (number | null)[]>();
        for (const n of all) {
          const cell = (right: number) => {
            const r = roll();
            if (n.children.length === 0) return r < 3 ? null : right;
            return r < 3 ? null : r < 6 ? right : (right + 250 * (r - 5)) % 7000;
          };
          typed.set(n, [cell(n.max), cell(n.achieved), cell(n.max)]);
        }
        const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu"]];
        // a figure typed as text with a decimal comma now and then, as staff type them
        const shown = (x: number | null) => (x === null ? null : roll() < 3 ? String(x / 1000).replace(".", ",") : x / 1000);
        for (const n of all) grid.push([n.code, `Tiêu chí ${n.code}`, ...(typed.get(n) as (number | null)[]).map(shown)]);
        const totalTyped = [roll() < 4 ? null : 9.5, roll() < 4 ? null : 4.25, roll() < 4 ? null : 8];
        grid.push(["", "Tổng cộng", ...totalTyped]);
        const rowOf = new Map(all.map((n, i) => [i + 1, n]));
        const analysis = analyzeSheet(grid);
        for (const mode of ["values", "formulas"] as const) {
          for (const e of scoreEdits(analysis, mode)) {
            if (e.col < 2 || e.col > 4) continue;
            const was = grid[e.row]?.[e.col];
            // the same figure written back as a number is no change
            if (was === null || was === undefined || Number(String(was).replace(",", ".")) === e.value) continue;
            const node = rowOf.get(e.row);
            expect(node?.children.length ?? 1, `a leaf's own cell ${e.cell}`).toBeGreaterThan(0);
            const parts = node ? leavesOf(node) : areas.flatMap(leavesOf);
            const blank = parts.filter((l) => (typed.get(l) as (number | null)[])[e.col - 2] === null).map((l) => l.code);
            expect(blank, `${e.cell} ${String(was)} → ${e.value} over blank parts`).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("score writes nothing inside a merged area", () => {
  it("whatever rows have their title merged across the figures, no edit lands in a merged cell but its first", () => {
    fc.assert(
      fc.property(forest, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), fc.boolean(), (areas, merge, formulas) => {
        const all: Tree[] = [];
        for (const a of areas) flatten(a, all);
        const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"]];
        const merged: { row: number; col: number; rows: number; cols: number }[] = [];
        all.forEach((n, i) => {
          // a parent's title merged over its figure cells: the host reads them blank
          const over = n.children.length > 0 && merge[i % merge.length] === true;
          if (over) merged.push({ row: i + 1, col: 1, rows: 1, cols: 5 });
          grid.push(over ? [n.code, `LĨNH VỰC ${n.code}`, null, null, null, null] : [n.code, `Tiêu chí ${n.code}`, n.max / 1000, n.achieved / 1000, n.max / 1000, null]);
        });
        grid.push(["", "Tổng cộng", null, null, null, null]);
        const inside = (r: number, c: number) => merged.some((m) => r === m.row && c > m.col && c < m.col + m.cols);
        const edits = scoreEdits(analyzeSheet(grid, { merged }), formulas ? "formulas" : "values");
        expect(edits.filter((e) => inside(e.row, e.col)).map((e) => e.cell)).toEqual([]);
        // and no formula reads a merged cell either: every cell a SUM names is outside them
        for (const e of edits) {
          for (const { row, col } of precedents(e.formula ?? "")) expect(inside(row, col), `${e.cell} ${e.formula}`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
