import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet, inSheetOrder } from "../../shared/analyze.js";
import type { Diagnostic } from "../../shared/types.js";
import { formatPoints } from "../../shared/points.js";
import { forestOf, type Tree } from "../fixtures/trees.js";

const forest = forestOf(5, 12);

function rows(t: Tree, out: unknown[][], asText: boolean): void {
  const fig = (m: number) => (asText ? formatPoints(m, "vi") : m / 1000);
  out.push([t.code, `Tiêu chí ${t.code}`, fig(t.max), fig(t.achieved)]);
  for (const c of t.children) rows(c, out, asText);
}

describe("random criteria trees", () => {
  it("round-trip grid → parse → rollup with exact sums and no false findings", () => {
    fc.assert(
      fc.property(forest, fc.boolean(), (areas, asText) => {
        const grid: unknown[][] = [["Mục tiêu CCHC"], [], ["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự chấm"]];
        for (const a of areas) rows(a, grid, asText);
        const max = areas.reduce((s, a) => s + a.max, 0);
        const achieved = areas.reduce((s, a) => s + a.achieved, 0);
        grid.push(["", "Tổng cộng", asText ? formatPoints(max, "vi") : max / 1000, asText ? formatPoints(achieved, "vi") : achieved / 1000]);
        const { report } = analyzeSheet(grid);
        // figures typed as text are worth a warning (Excel's SUM skips them), nothing else is
        expect(report.diagnostics.filter((d) => d.code !== "NUMBER_AS_TEXT")).toEqual([]);
        expect(Math.round(report.totals.max * 1000)).toBe(max);
        expect(Math.round(report.totals.achieved * 1000)).toBe(achieved);
        expect(String(report.totals.achieved)).toMatch(/^\d+(\.\d{1,3})?$/);
        const count = (t: Tree): number => 1 + t.children.reduce((s, c) => s + count(c), 0);
        expect(report.criteria).toHaveLength(areas.reduce((s, a) => s + count(a), 0));
      }),
      { numRuns: 150 },
    );
  });

  it("catch a parent figure that drifts from its children, once, at that parent", () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.integer({ min: 1, max: 999 }), (areas, pick, drift) => {
        const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"]];
        for (const a of areas) rows(a, grid, false);
        const parents = grid.map((r, i) => [r, i] as const).filter(([r], i) => i > 0 && grid[i + 1] && String(grid[i + 1]?.[0]).startsWith(`${r[0]}.`));
        fc.pre(parents.length > 0);
        const [row] = parents[pick % parents.length] as readonly [unknown[], number];
        row[3] = Math.round((row[3] as number) * 1000 + drift) / 1000;
        const found = analyzeSheet(grid).report.diagnostics.filter((d) => d.code === "ROLLUP_MISMATCH");
        expect(found.map((d) => d.criterion)).toEqual([row[0]]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("junk", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constantFrom("#REF!", "#N/A", "STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "1.1", "1.10", "Tổng cộng", "=SUM(A1)", "15,5"),
    fc.anything(),
  );
  it("never throws and always explains itself", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), (grid) => {
        const { report } = analyzeSheet(grid);
        for (const d of report.diagnostics) expect(d.message).toBeTruthy();
        if (report.headerRow === 0) expect(report.diagnostics.map((d) => d.code)).toContain("HEADER_NOT_FOUND");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws under a real header either", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 6 }), { maxLength: 30 }), (body) => {
        const { report } = analyzeSheet([["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"], ...body]);
        expect(report.headerRow).toBe(1);
        for (const d of report.diagnostics) expect(d.message).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});

describe("parents of rows with gaps, repeats and codes out of order", () => {
  /** the nearest ancestor present (the first row of a repeated code), as the user reads the tree */
  function expectedParents(codes: readonly string[]): Map<string, string | null> {
    const present = new Set(codes);
    const out = new Map<string, string | null>();
    for (const code of codes) {
      if (out.has(code)) continue;
      let up: string | null = code;
      do {
        const i: number = up.lastIndexOf(".");
        up = i < 0 ? null : up.slice(0, i);
      } while (up !== null && !present.has(up));
      out.set(code, up);
    }
    return out;
  }
  const flatten = (t: Tree, out: string[]) => {
    out.push(t.code);
    for (const c of t.children) flatten(c, out);
    return out;
  };
  // rows dropped (a parent missing), rows repeated or moved (a duplicate, an order broken): each criterion still hangs
  // under its nearest ancestor present, whether the codes rise in order (no lookup table) or not
  it("each criterion's parent is its nearest ancestor present", () => {
    fc.assert(
      fc.property(
        forest,
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        (areas, drops, moves) => {
          const codes = areas.flatMap((a) => flatten(a, []));
          for (const d of drops) if (codes.length > 1) codes.splice(d % codes.length, 1);
          for (const [from, to] of moves) codes.splice(to % (codes.length + 1), 0, codes[from % codes.length] as string);
          const grid: unknown[][] = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm đạt được"]];
          for (const code of codes) grid.push([code, `Tiêu chí ${code}`, 1, 1]);
          const { report } = analyzeSheet(grid);
          const parents = new Map(report.criteria.map((c) => [c.code, c.parent]));
          expect(parents).toEqual(expectedParents(codes));
        },
      ),
      { numRuns: 300 },
    );
  });
  it("1.10 after 1.1 hangs under 1, not under 1.1; 2.1.1 without 2.1 under 2", () => {
    const codes = ["1", "1.1", "1.10", "1.10.1", "2", "2.1.1", "2.2"];
    const grid: unknown[][] = [["STT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm đạt được"], ...codes.map((c) => [c, `Tiêu chí ${c}`, 1, 1])];
    const parents = new Map(analyzeSheet(grid).report.criteria.map((c) => [c.code, c.parent]));
    expect(parents).toEqual(expectedParents(codes));
    expect(parents.get("1.10")).toBe("1");
  });
});

describe("findings in sheet order", () => {
  // findings arrive as runs in order (reading, summing, cells left as typed), or in any order: the report lists them by
  // row then column, and two on one cell in the order they were found
  const finding = fc.record({ row: fc.integer({ min: 0, max: 6 }), col: fc.integer({ min: -1, max: 3 }) });
  const sortedRun = fc.array(finding, { maxLength: 12 }).map((xs) => xs.sort((a, b) => a.row - b.row || a.col - b.col));
  const lists = fc.oneof(fc.array(sortedRun, { maxLength: 5 }).map((runs) => runs.flat()), fc.array(finding, { maxLength: 60 }));
  it("are sorted stably, none lost or repeated", () => {
    fc.assert(
      fc.property(lists, (xs) => {
        const found = xs.map((x, i) => ({ ...x, message: String(i) }) as Diagnostic);
        const expected = [...found].sort((a, b) => a.row - b.row || a.col - b.col);
        expect(inSheetOrder([...found]).map((d) => d.message)).toEqual(expected.map((d) => d.message));
      }),
      { numRuns: 500 },
    );
  });
});
