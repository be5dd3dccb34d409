import { describe, expect, it } from "vitest";
import { a1, addressOfBlock, areas, blockOfAddress, columnIndex, columnLetter } from "../../shared/address.js";

describe("A1 addresses", () => {
  it("names columns and cells both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
    expect(a1(47, 3)).toBe("D48");
  });

  it("reads and writes A1 blocks, whole columns included", () => {
    expect(blockOfAddress("'Kế hoạch'!$A$7:$L$40")).toEqual({ row: 6, col: 0, rows: 34, cols: 12 });
    expect(blockOfAddress("G:G")).toEqual({ row: 0, col: 6, rows: 1_048_576, cols: 1 });
    expect(blockOfAddress("A1:B2,D4")).toBeNull();
    expect(addressOfBlock({ row: 0, col: 6, rows: 1_048_576, cols: 1 })).toBe("G:G");
    expect(addressOfBlock({ row: 6, col: 0, rows: 34, cols: 12 })).toBe("A7:L40");
    expect(addressOfBlock({ row: 2, col: 1, rows: 1, cols: 1 })).toBe("B3");
  });

  it("splits a list of areas at commas outside quoted sheet names", () => {
    expect(areas("'Kế hoạch, 2026'!A1:B2,Bảng!D4,'it''s'!C3")).toEqual(["'Kế hoạch, 2026'!A1:B2", "Bảng!D4", "'it''s'!C3"]);
    expect(areas("")).toEqual([""]);
  });
});
