import { describe, expect, it } from "vitest";
import { mergedBlocks } from "../../shared/merged-areas.js";

describe("merged areas as Excel lists them", () => {
  it("reads each area of the address, sheet names with commas and $ signs included", () => {
    expect(mergedBlocks("'Bảng, 2024'!$B$2:$E$2,'Bảng, 2024'!B5:E5,Bảng!D7:D8")).toEqual([
      { row: 1, col: 1, rows: 1, cols: 4 },
      { row: 4, col: 1, rows: 1, cols: 4 },
      { row: 6, col: 3, rows: 2, cols: 1 },
    ]);
  });

  it("passes over a single cell and anything that is no block; nothing listed, nothing read", () => {
    expect(mergedBlocks("Bảng!C3,#REF!,Bảng!A1:B1")).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
    expect(mergedBlocks("")).toEqual([]);
  });
});
