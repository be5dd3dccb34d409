import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, dayOfSerial, isoDay, parseDeadline, readDay, serialOf, type Deadline } from "../../shared/deadline.js";
import { romanValue, toRoman } from "../../shared/roman.js";

const due = (v: unknown, year?: number): string | Deadline["kind"] => {
  const d = parseDeadline(v, year);
  return d.kind === "due" ? isoDay(d.due) : d.kind;
};

describe("deadlines in the words staff write", () => {
  it.each([
    ["Quý II/2026", "2026-06-30"],
    ["Quý 2 năm 2026", "2026-06-30"],
    ["quý IV/2025", "2025-12-31"],
    ["Q1/2026", "2026-03-31"],
    ["Quý 3 năm 2020", "2020-09-30"],
    ["Tháng 6/2026", "2026-06-30"],
    ["tháng 2 năm 2028", "2028-02-29"],
    ["6/2026", "2026-06-30"],
    ["06/2026", "2026-06-30"],
    ["30/6/2026", "2026-06-30"],
    ["30/06/2026", "2026-06-30"],
    ["30-6-2026", "2026-06-30"],
    ["Trước ngày 30/6/2026", "2026-06-30"],
    ["Chậm nhất ngày 15 tháng 9 năm 2026", "2026-09-15"],
    ["6 tháng đầu năm 2026", "2026-06-30"],
    ["9 tháng đầu năm 2026", "2026-09-30"],
    ["6 tháng cuối năm 2026", "2026-12-31"],
    ["Năm 2026", "2026-12-31"],
    ["Năm 2020-2021", "2021-12-31"],
    ["Tháng 4 đến tháng 7 năm 2020", "2020-07-31"],
    ["Quý I, Quý II năm 2026", "2026-06-30"],
    ["2026-03-31", "2026-03-31"],
  ])("%j is due %s", (text, iso) => {
    expect(due(text)).toBe(iso);
  });

  it.each(["Thường xuyên", "Cả năm", "Hằng quý", "Hàng tháng", "Thường xuyên năm 2026", "Cả năm 2026", "Định kỳ hằng quý"])("%j has no single due date", (text) => {
    expect(due(text)).toBe("ongoing");
  });

  it.each(["Theo Kế hoạch xây dựng văn bản QPPL", "sớm", "31/2/2026", "Quý 5/2026", "Tháng 13/2026", "Quý II"])("%j cannot be read (without the plan's year)", (text) => {
    expect(due(text)).toBe("unreadable");
  });

  it("takes the plan's year for a period written without one", () => {
    expect(due("Quý I, Quý II", 2026)).toBe("2026-06-30");
    expect(due("Tháng 4", 2026)).toBe("2026-04-30");
    expect(due("Quý II/2025", 2026)).toBe("2025-06-30");
  });

  it("reads date cells, Excel serial numbers and a bare year", () => {
    expect(due(new Date(Date.UTC(2026, 5, 30)))).toBe("2026-06-30");
    expect(due(serialOf({ y: 2026, m: 6, d: 30 }))).toBe("2026-06-30");
    expect(serialOf({ y: 2026, m: 6, d: 30 })).toBe(46203);
    expect(due(2026)).toBe("2026-12-31");
    expect(due(null)).toBe("blank");
    expect(due("  ")).toBe("blank");
    expect(due(12.5)).toBe("unreadable");
  });

  const day = fc
    .record({ y: fc.integer({ min: 1995, max: 2090 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .map((x) => ({ ...x, d: Math.min(x.d, daysInMonth(x.y, x.m)) }));
  const pad = (n: number) => String(n).padStart(2, "0");

  it("reads every date in every written form as that date (property)", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("d/m/y", "dd/mm/y", "d-m-y", "trước", "ngày", "iso", "date", "serial"), (x, form) => {
        const text = {
          "d/m/y": `${x.d}/${x.m}/${x.y}`,
          "dd/mm/y": `${pad(x.d)}/${pad(x.m)}/${x.y}`,
          "d-m-y": `${x.d}-${x.m}-${x.y}`,
          trước: `Trước ngày ${x.d}/${x.m}/${x.y}`,
          ngày: `ngày ${x.d} tháng ${x.m} năm ${x.y}`,
          iso: `${x.y}-${pad(x.m)}-${pad(x.d)}`,
          date: new Date(Date.UTC(x.y, x.m - 1, x.d)),
          serial: serialOf(x),
        }[form];
        expect(due(text)).toBe(`${x.y}-${pad(x.m)}-${pad(x.d)}`);
      }),
      { numRuns: 300 },
    );
  });

  it("puts a month or a quarter due on its last day, however it is written (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (y, m, roman) => {
        const last = `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
        expect(due(`Tháng ${m}/${y}`)).toBe(last);
        expect(due(`tháng ${m} năm ${y}`)).toBe(last);
        expect(due(`${m}/${y}`)).toBe(last);
        const q = Math.ceil(m / 3);
        const qLast = `${y}-${pad(q * 3)}-${pad(daysInMonth(y, q * 3))}`;
        expect(due(`Quý ${roman ? toRoman(q) : q}/${y}`)).toBe(qLast);
        expect(due(`Quý ${roman ? toRoman(q) : q} năm ${y}`)).toBe(qLast);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws, and any date it gives is a real calendar day (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(undefined), fc.date({ noInvalidDate: false })), (v) => {
        const d = parseDeadline(v);
        if (d.kind === "due") expect(readDay(isoDay(d.due))).toEqual(d.due);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips serial numbers", () => {
    fc.assert(fc.property(day, (x) => {
      expect(dayOfSerial(serialOf(x))).toEqual(x);
    }));
  });
});

describe("roman numerals", () => {
  it("convert both ways", () => {
    expect(["I", "II", "III", "IV", "IX", "XIV"].map((r) => romanValue(r))).toEqual([1, 2, 3, 4, 9, 14]);
    expect(romanValue("IIII")).toBeNull();
    expect(romanValue("A")).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
      expect(romanValue(toRoman(n))).toBe(n);
    }));
  });
});
