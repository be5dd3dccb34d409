import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodeSequence, compareCodes, isDecimalPath, isSectionLabel, levelOf, parentOf, parseCode, resolveNumericCode } from "../../shared/codes.js";

describe("parseCode", () => {
  it("reads codes as typed, trailing dots and spaces included", () => {
    expect(parseCode("1.1.1")).toMatchObject({ kind: "code", code: "1.1.1", numeric: false });
    expect(parseCode("6.2.2.")).toMatchObject({ kind: "code", code: "6.2.2" });
    expect(parseCode("1.")).toMatchObject({ kind: "code", code: "1" });
    expect(parseCode(" 1.6")).toMatchObject({ kind: "code", code: "1.6" });
    expect(parseCode(3)).toMatchObject({ kind: "code", code: "3", numeric: true });
    expect(parseCode(1.1)).toMatchObject({ kind: "code", code: "1.1", numeric: true });
  });

  it("rejects what is not a code", () => {
    expect(parseCode("a)").kind).toBe("invalid");
    expect(parseCode("1..2").kind).toBe("invalid");
    expect(parseCode(new Date(2021, 0, 1)).kind).toBe("date");
    expect(parseCode(44197)).toEqual({ kind: "date", raw: "1/1/2021" }); // how Office.js hands over a date
    expect(parseCode(null).kind).toBe("blank");
  });

  it("never throws", () => fc.assert(fc.property(fc.anything(), (v) => void parseCode(v))));
});

describe("numeric codes that lost their trailing zero", () => {
  it("reads 1.1 after 1.9 as 1.10, and 1.2 after 1.19 as 1.20", () => {
    expect(resolveNumericCode("1.1", "1.9", new Set(["1.1", "1.9"]))).toBe("1.10");
    expect(resolveNumericCode("1.2", "1.19", new Set(["1.19"]))).toBe("1.20");
  });
  it("leaves 1.1 alone where the order says 1.1", () => {
    expect(resolveNumericCode("1.1", undefined, new Set())).toBeNull();
    expect(resolveNumericCode("2.1", "1.9", new Set(["1.9"]))).toBeNull();
  });
  it("reads a column in order, as a sheet is read", () => {
    const seq = new CodeSequence();
    const read = (code: string, numeric: boolean) => {
      const taken = seq.take({ code, numeric });
      seq.accept(taken.code);
      return taken.code;
    };
    expect(["1", "1.1", "1.9"].map((c) => read(c, false))).toEqual(["1", "1.1", "1.9"]);
    expect(read("1.1", true)).toBe("1.10");
    expect(read("1.2", true)).toBe("1.20");
  });
});

describe("tree helpers", () => {
  it("knows levels, parents and natural order", () => {
    expect(levelOf("1.3.2")).toBe(3);
    expect(parentOf("1.3.2")).toBe("1.3");
    expect(parentOf("1")).toBeNull();
    expect(["1.10", "2", "1.2", "1", "1.1.1"].sort(compareCodes)).toEqual(["1", "1.1.1", "1.2", "1.10", "2"]);
  });
});

describe("decimal paths read by scanning", () => {
  // codes as sheets hold them, and the near misses: empty groups, letters, Roman areas, other digits
  const piece = fc.constantFrom("1", "2", "9", "10", "01", "123", ".", "..", "a", "II", "", " ", "٣", "-", "0");
  const code = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));

  it("isDecimalPath says what /^\\d+(\\.\\d+)*$/ says", () => {
    fc.assert(
      fc.property(code, (c) => {
        expect(isDecimalPath(c)).toBe(/^\d+(?:\.\d+)*$/.test(c));
      }),
    );
    expect(["1", "1.10.2", "10.1"].map(isDecimalPath)).toEqual([true, true, true]);
    expect(["", "1.", ".1", "1..2", "II.3", "1.a", "1 .2"].map(isDecimalPath)).toEqual([false, false, false, false, false, false, false]);
  });

  it("codes compare by their numbers, and paths through Roman areas or letters by the general rule", () => {
    const sign = (x: number) => Math.sign(x);
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(sign(compareCodes(a, b))).toBe(-sign(compareCodes(b, a)) || 0);
        if (a === b) expect(compareCodes(a, b)).toBe(0);
      }),
    );
    expect(["1.10", "1.9", "1.2.1", "II.3", "I.1", "1"].sort(compareCodes)).toEqual(["1", "1.2.1", "1.9", "1.10", "I.1", "II.3"]);
  });
});

describe("codes from a Vietnamese CSV and section labels", () => {
  it("reads “1,1” (a number exported with a decimal comma) as the numeric code it was", () => {
    expect(parseCode("1,1")).toEqual({ kind: "code", code: "1.1", numeric: true });
  });
  it("reads “9,001” as the same criterion as “9.001” (found by the pipeline fuzz: the plan lost a typed cell)", () => {
    expect(parseCode("9,001")).toMatchObject({ code: "9.1" });
    expect(parseCode("9.001")).toMatchObject({ code: "9.1" });
    expect(parseCode("1,10")).toMatchObject({ code: "1.10" });
    expect(parseCode("1,0")).toMatchObject({ code: "1.0" });
    expect(parseCode("1.0")).toMatchObject({ code: "1.0" });
  });
  it("tells section labels from unreadable codes", () => {
    expect(isSectionLabel("II")).toBe(true);
    expect(isSectionLabel("a)")).toBe(true);
    expect(isSectionLabel("x.y")).toBe(false);
  });
});
