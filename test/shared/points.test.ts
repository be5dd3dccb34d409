import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPoints, indexOf, parsePoints, round3, toPoints } from "../../shared/points.js";

const milli = (v: unknown) => {
  const p = parsePoints(v);
  return p.kind === "number" ? p.milli : p.kind;
};

describe("parsePoints", () => {
  it("reads figures the way staff type them", () => {
    expect(milli("15,5")).toBe(15500);
    expect(milli("2,967")).toBe(2967);
    expect(milli("0,25")).toBe(250);
    expect(milli("15.5")).toBe(15500);
    expect(milli(" 1\u00a0")).toBe(1000);
    expect(milli("1.234,5")).toBe(1234500);
    expect(milli("1,234.5")).toBe(1234500);
    expect(milli(",5")).toBe(500);
    expect(milli(12.217)).toBe(12217);
    expect(milli(0.1 + 0.2)).toBe(300);
  });

  it("tells blanks, cell errors and text apart", () => {
    expect(milli(null)).toBe("blank");
    expect(milli("  ")).toBe("blank");
    expect(milli("#REF!")).toBe("error");
    expect(milli("#N/A")).toBe("error");
    expect(milli("đạt")).toBe("text");
    expect(milli(true)).toBe("text");
  });

  it("flags a fourth decimal and rounds it half away from zero", () => {
    expect(parsePoints("1,2345")).toEqual({ kind: "number", milli: 1235, excess: true });
    expect(parsePoints(1.2344)).toEqual({ kind: "number", milli: 1234, excess: true });
    expect(parsePoints("1,2340")).toEqual({ kind: "number", milli: 1234, excess: false });
    expect(parsePoints(2.967)).toEqual({ kind: "number", milli: 2967, excess: false });
  });

  it("round-trips every 3-decimal figure, as a number or as vi/en text", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (m) => {
        expect(milli(toPoints(m))).toBe(m);
        expect(milli(formatPoints(m, "vi"))).toBe(m);
        expect(milli(formatPoints(m, "en"))).toBe(m);
      }),
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.anything(), (v) => void parsePoints(v)));
  });
});

describe("exact results", () => {
  it("sums in thousandths never show float artefacts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 200 }), (ms) => {
        const total = ms.reduce((a, b) => a + b, 0);
        const shown = String(toPoints(total));
        expect(shown).toMatch(/^\d+(\.\d{1,3})?$/);
      }),
    );
    expect(round3(0.1 + 0.2)).toBe(0.3);
  });

  it("computes the index on integers, half up to 2 decimals", () => {
    expect(indexOf(51077, 70500)).toBe(72.45);
    expect(indexOf(0, 0)).toBeNull();
    expect(indexOf(1, 3)).toBe(33.33);
    expect(indexOf(2, 3)).toBe(66.67);
    expect(indexOf(70500, 70500)).toBe(100);
  });

  it("formats with the decimal comma in Vietnamese", () => {
    expect(formatPoints(12217, "vi")).toBe("12,217");
    expect(formatPoints(12217, "en")).toBe("12.217");
    expect(formatPoints(15500, "vi")).toBe("15,5");
  });
});
