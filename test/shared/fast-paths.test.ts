import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCode } from "../../shared/codes.js";
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
