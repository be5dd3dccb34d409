import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { encodeLegacy } from "../../shared/legacy-encoding.js";
import { notices } from "../../shared/notices.js";
import { undoEdits } from "../../shared/snapshot.js";
import { runToUnicode } from "../../shared/to-unicode.js";
import type { CellEdit, Grid } from "../../shared/types.js";
import { ENCODINGS, LEGACY_VARIANTS, seed001Legacy } from "../fixtures/legacy.js";

/** The grid after writing edits (sheet coordinates = grid coordinates here). */
function apply(grid: Grid, edits: readonly CellEdit[], origin = { row: 0, col: 0 }): unknown[][] {
  const out = grid.map((r) => [...r]);
  for (const e of edits) (out[e.row - origin.row] ??= [])[e.col - origin.col] = e.value ?? "";
  return out;
}

describe("Chuyển sang Unicode", () => {
  for (const encoding of ENCODINGS) {
    for (const variant of LEGACY_VARIANTS) {
      it(`${encoding}, ${variant}: rewrites every legacy cell, the sheet then reads as Unicode, undo gives the very cells back`, () => {
        const grid = seed001Legacy(encoding, variant);
        const before = analyzeSheet(grid).report;
        const result = runToUnicode({ name: "Phụ lục", values: grid }, "2026-01-01T00:00:00.000Z");
        const legacyCount = Number(before.diagnostics.find((d) => d.code === "LEGACY_ENCODING")?.expected);
        expect(result.edits).toHaveLength(legacyCount);
        expect(result.counts).toEqual({ [encoding]: legacyCount });
        const written = apply(grid, result.edits);
        expect(written).toEqual(result.values);
        const after = analyzeSheet(written).report;
        expect(after.diagnostics.some((d) => d.code === "LEGACY_ENCODING")).toBe(false);
        expect(after.totals).toEqual(before.totals);
        expect(after.criteria).toEqual(before.criteria);
        // only text cells change; codes and figures are never touched
        for (const e of result.edits) expect(typeof grid[e.row]?.[e.col]).toBe("string");
        expect(result.snapshot).toMatchObject({ action: "unicode", sheet: "Phụ lục", at: "2026-01-01T00:00:00.000Z" });
        expect(apply(written, undoEdits(result.snapshot.cells))).toEqual(grid.map((r) => [...r]));
        expect(result.fontCells.map((c) => c.cell)).toEqual(result.edits.map((e) => e.cell));
        expect(result.font).toBe("Times New Roman");
      });
    }
  }

  it("leaves a formula alone even when its result reads as legacy text", () => {
    const values = [["Tiªu chÝ", "Tiªu chÝ"]];
    const formulas = [["", '="Tiªu chÝ"']];
    const result = runToUnicode({ name: "S", values, formulas });
    expect(result.edits.map((e) => e.cell)).toEqual(["A1"]);
  });

  it("writes at the sheet's addresses when the grid does not start at A1", () => {
    const result = runToUnicode({ name: "S", values: [[encodeLegacy("Điểm tối đa", "VNI")]], origin: { row: 4, col: 2 } });
    expect(result.edits).toEqual([{ row: 4, col: 2, cell: "C5", value: "Điểm tối đa" }]);
    expect(result.snapshot.cells).toEqual([{ row: 4, col: 2, value: "Ñieåm toái ña" }]);
  });

  it("goes by the font where the host can read it: .VnTimeH text in capitals, a short word in .VnTime, never a Unicode font", () => {
    const values = [["§iÓm tèi ®a", "Cã", "Cã", "Phßng"]];
    const fonts = [[".VnTimeH", ".VnTime", "Times New Roman", "VNI-Times"]];
    const result = runToUnicode({ name: "S", values, fonts });
    expect(result.edits.map((e) => [e.cell, e.value])).toEqual([
      ["A1", "ĐIỂM TỐI ĐA"],
      ["B1", "Có"],
      ["D1", "Phòng"],
    ]);
  });

  it("writes nothing on a Unicode sheet, and says so", () => {
    const result = runToUnicode({ name: "Phụ lục", values: [["STT", "Tiêu chí", "Điểm tối đa"], ["1", "Có", 1]] });
    expect(result.edits).toEqual([]);
    expect(notices("vi").toUnicode("Phụ lục", result.counts)).toBe("Trang “Phụ lục” không có chữ gõ bằng bảng mã cũ (TCVN3, VNI). Chưa ghi gì.");
    expect(notices("en").toUnicode("S", { TCVN3: 1 })).toBe("Converted 1 cell in TCVN3 on “S” to Unicode (Times New Roman font). Undo puts them back.");
  });
});
