import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { compareCodes, parsePath, romanValue } from "../../shared/codes.js";
import { readMark } from "../../shared/numbering.js";

describe("what a code cell holds", () => {
  it("reads every numbering family staff use", () => {
    expect(readMark("1.10")).toEqual({ kind: "code", code: "1.10", numeric: false });
    expect(readMark("6.2.2.")).toMatchObject({ kind: "code", code: "6.2.2" });
    expect(readMark("II")).toEqual({ kind: "roman", key: "II", title: "" });
    expect(readMark("IV.")).toEqual({ kind: "roman", key: "IV", title: "" });
    expect(readMark("Phần I")).toEqual({ kind: "roman", key: "I", title: "" });
    expect(readMark("PHẦN II. CẢI CÁCH THỂ CHẾ")).toEqual({ kind: "roman", key: "II", title: "CẢI CÁCH THỂ CHẾ" });
    expect(readMark("A")).toEqual({ kind: "section", key: "A", title: "" });
    expect(readMark("B NHIỆM VỤ CỤ THỂ")).toEqual({ kind: "section", key: "B", title: "NHIỆM VỤ CỤ THỂ" });
    expect(readMark("a)")).toEqual({ kind: "item", key: "a" });
    expect(readMark("đ)")).toEqual({ kind: "item", key: "đ" });
    expect(readMark("(b)")).toEqual({ kind: "item", key: "b" });
    expect(readMark("-")).toEqual({ kind: "bullet" });
    expect(readMark(null)).toEqual({ kind: "blank" });
  });
  it("does not take words, broken numerals or typos for codes", () => {
    for (const s of ["IIII", "CCHC là trọng tâm", "1.2a", "x.y", "NGƯỜI LẬP BIỂU", "A1"]) expect(readMark(s).kind).toBe("invalid");
  });
});

describe("paths", () => {
  it("order Roman numerals, letters and numbers naturally", () => {
    expect(["II.10", "II.2", "IX", "I", "IV.1.b", "IV.1.a", "IV", "II"].sort(compareCodes)).toEqual(["I", "II", "II.2", "II.10", "IV", "IV.1.a", "IV.1.b", "IX"]);
    expect(["B.I.2", "A.3", "B", "B.II", "A"].sort(compareCodes)).toEqual(["A", "A.3", "B", "B.I.2", "B.II"]);
    expect(["1.1.đ", "1.1.e", "1.1.d"].sort(compareCodes)).toEqual(["1.1.d", "1.1.đ", "1.1.e"]);
  });
  it("Roman numerals are read only when canonical", () => {
    expect([romanValue("XIV"), romanValue("XL"), romanValue("IIII"), romanValue("IC")]).toEqual([14, 40, null, null]);
  });
  it("a plan's code column reads paths back as they were written", () => {
    expect(parsePath("II.3.a")).toEqual({ kind: "code", code: "II.3.a", numeric: false });
    expect(parsePath("B.I.2")).toMatchObject({ kind: "code", code: "B.I.2" });
    expect(parsePath("1.10")).toMatchObject({ kind: "code", code: "1.10" });
    expect(parsePath("a.1").kind).toBe("invalid");
  });
});

describe("random Roman-area sheets", () => {
  it("criteria restarting under each area are read with exact sums and no finding", () => {
    const area = fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.nat(3000)), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 8 }), fc.boolean(), (areas, phan) => {
        const grid: unknown[][] = [["STT", "Nội dung", "Điểm tối đa", "Điểm tự chấm"]];
        let max = 0;
        let ach = 0;
        const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
        areas.forEach((crits, a) => {
          const am = crits.reduce((s, [m]) => s + m, 0);
          const aa = crits.reduce((s, [m, x]) => s + Math.min(m, x), 0);
          grid.push([phan ? `Phần ${roman[a]}` : roman[a], `Lĩnh vực ${a + 1}`, am / 1000, aa / 1000]);
          crits.forEach(([m, x], i) => grid.push([String(i + 1), `Tiêu chí ${i + 1}`, m / 1000, Math.min(m, x) / 1000]));
          max += am;
          ach += aa;
        });
        grid.push([null, "Tổng cộng", max / 1000, ach / 1000]);
        const { report } = analyzeSheet(grid);
        expect(report.diagnostics).toEqual([]);
        expect(Math.round(report.totals.max * 1000)).toBe(max);
        expect(Math.round(report.totals.achieved * 1000)).toBe(ach);
        expect(report.areas.map((x) => x.code)).toEqual(roman.slice(0, areas.length));
      }),
      { numRuns: 150 },
    );
  });
});
