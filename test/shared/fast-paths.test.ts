import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { compareCodes, parseCode } from "../../shared/codes.js";
import { runParFunction } from "../../shared/functions.js";
import { weakCriteria } from "../../shared/plan.js";
import { parsePoints } from "../../shared/points.js";
import { isBlank } from "../../shared/text.js";

// The readers have a fast path for the common cell and a general one for the rest; both must read alike.
// These compare against the general rules written out again as plainly as possible.
const digits = fc.string({ unit: fc.constantFrom("0", "1", "2", "5", "9"), minLength: 0, maxLength: 20 });
const figureText = fc.oneof(
  fc.tuple(fc.constantFrom("", "-", "+"), digits, fc.constantFrom("", ".", ","), digits).map(([s, i, sep, f]) => s + i + sep + f),
  fc.string({ unit: fc.constantFrom("0", "1", "5", "9", ".", ",", "-", " ", "a"), maxLength: 12 }),
);

function slowMilli(text: string): { milli: number; excess: boolean } | null {
  const m = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!m) return null;
  const frac = m[3] ?? "";
  let milli = BigInt(m[2] as string) * 1000n + BigInt((frac + "000").slice(0, 3));
  if (frac.length > 3 && (frac.charCodeAt(3) as number) >= 53) milli += 1n;
  const value = Number(m[1] === "-" ? -milli : milli);
  return { milli: value === 0 ? 0 : value, excess: /[1-9]/.test(frac.slice(3)) };
}

describe("fast readers agree with the general rules", () => {
  it("figures typed as text: 15,5 · -0,25 · 2.9675 · 007", () => {
    fc.assert(
      fc.property(figureText, (text) => {
        const expected = slowMilli(text);
        const p = parsePoints(text);
        if (expected && (text.replace("-", "").split(/[.,]/)[0] as string).length <= 15) {
          expect(p).toEqual({ kind: "number", ...expected });
        } else if (p.kind === "number") {
          // the general path (thousands separators, spaces, "+1", long integers) may read it too: never as -0
          expect(Object.is(p.milli, -0)).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
    expect(parsePoints("2,9675")).toEqual({ kind: "number", milli: 2968, excess: true });
    expect(parsePoints("-0,000")).toEqual({ kind: "number", milli: 0, excess: false });
    expect(parsePoints("12,2170")).toEqual({ kind: "number", milli: 12217, excess: false });
  });

  it("criterion codes: 1.10 · 6.2.2. · 01.2 · 0 · 1..2", () => {
    const slowCode = (raw: string) => {
      if (!/^\d{1,4}(\.\d{1,4})*\.?$/.test(raw)) return null;
      const code = raw.replace(/\.$/, "").split(".").map(Number).join(".");
      return code === "0" ? null : code;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("0", "1", "2", "9", "."), maxLength: 14 }), (raw) => {
        const c = parseCode(raw);
        const expected = slowCode(raw);
        if (expected === null) expect(c.kind).not.toBe("code");
        else expect(c).toEqual({ kind: "code", code: expected, numeric: false });
      }),
      { numRuns: 3000 },
    );
  });

  it("blank cells: spaces, no-break spaces and line breaks only", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(" ", "\u00a0", "\n", "\t", "\u3000", "\u202f", "a", "1", "\u0085") }), (s) => {
        expect(isBlank(s)).toBe(s.trim() === "");
      }),
    );
  });
});

describe("plan priorities", () => {
  it("rank weak criteria by points lost, ties in code order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 8 })), { minLength: 1, maxLength: 40 }), (figures) => {
        const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"]];
        figures.forEach(([max, achieved], i) => grid.push([String(i + 1), `Tiêu chí ${i + 1}`, max, Math.min(max, achieved)]));
        const rows = weakCriteria(analyzeSheet(grid));
        const expected = rows
          .map((r, i) => ({ i, lost: r.lost }))
          .sort((a, b) => b.lost - a.lost || a.i - b.i)
          .map((x, rank) => [x.i, rank + 1]);
        expect(expected.sort((a, b) => (a[0] as number) - (b[0] as number)).map((x) => x[1])).toEqual(rows.map((r) => r.priority));
      }),
    );
  });
});

describe("PAR_ROLLUP over a whole column", () => {
  const code = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("."));
  const anyRows = fc.array(fc.tuple(code, fc.integer({ min: 0, max: 5000 })), { minLength: 1, maxLength: 30 });
  // codes rising down the column, with gaps (1.10 after 1.1, 2.1.1 without 2.1): summed without looking codes up
  const risingRows = anyRows.map((rows) => {
    const seen = new Set<string>();
    return rows.filter(([c]) => !seen.has(c) && seen.add(c)).sort(([a], [b]) => compareCodes(a, b));
  });
  it.each([
    ["in any order, duplicates and gaps included", anyRows],
    ["rising, with gaps", risingRows],
  ])("adds every leaf's points to each criterion above it: %s", (_, rowsOf) => {
    fc.assert(
      fc.property(rowsOf, (rows) => {
        const r = runParFunction("PAR_ROLLUP", [rows.map(([c]) => [c]), rows.map(([, m]) => [m / 1000])]);
        expect(r.ok).toBe(true);
        // the rule written plainly: the first row of a code counts; a leaf (no code below it) adds its points to itself
        // and to every code above it; a later duplicate shows its own points
        const first = new Map<string, number>();
        rows.forEach(([c], i) => first.has(c) || first.set(c, i));
        const above = (c: string) => c.split(".").slice(0, -1).map((_, k) => c.split(".").slice(0, k + 1).join("."));
        const leaf = (c: string) => ![...first.keys()].some((o) => o !== c && o.startsWith(`${c}.`));
        const total = new Map<string, number>();
        for (const [c, i] of first) if (leaf(c)) for (const a of [c, ...above(c)]) if (first.has(a)) total.set(a, (total.get(a) ?? 0) + (rows[i]?.[1] ?? 0));
        const expected = rows.map(([c, m], i) => [(first.get(c) === i ? (total.get(c) ?? 0) : m) / 1000]);
        expect(r.ok && r.value).toEqual(rows.length === 1 ? expected[0]?.[0] : expected);
      }),
    );
  });
  it("adds 1.10 to 1, not to the 1.1 above it", () => {
    const r = runParFunction("PAR_ROLLUP", [[["1"], ["1.1"], ["1.10"], ["2"]], [[""], [0.5], [0.25], [1]]]);
    expect(r.ok && r.value).toEqual([[0.75], [0.5], [0.25], [1]]);
  });
});
