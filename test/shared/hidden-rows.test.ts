// Hidden criterion rows are counted and reported at their row; hosts hand the core a plain list of rows.
import { describe, expect, it } from "vitest";
import { analyzeSheet, rowsOutside } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";

describe("HIDDEN_ROW", () => {
  const grid = seed001Clean();
  const at = (code: string) => grid.findIndex((r) => r[0] === code);

  it("each hidden criterion is reported at its code cell, in vi and en, and still counted", () => {
    const hidden = [at("1.3.2"), at("2.1")];
    const plain = analyzeSheet(grid).report;
    const vi = analyzeSheet(grid, { hiddenRows: hidden }).report;
    const found = vi.diagnostics.filter((d) => d.code === "HIDDEN_ROW");
    expect(found.map((d) => [d.cell, d.criterion, d.severity])).toEqual([
      [`A${hidden[0]! + 1}`, "1.3.2", "warning"],
      [`A${hidden[1]! + 1}`, "2.1", "warning"],
    ]);
    expect(found[0]?.message).toBe(`Dòng ${hidden[0]! + 1} (tiêu chí 1.3.2) đang bị ẩn nhưng vẫn được tính điểm. Bỏ ẩn để kiểm tra lại.`);
    const en = analyzeSheet(grid, { hiddenRows: hidden, settings: { lang: "en" } }).report;
    expect(en.diagnostics.find((d) => d.code === "HIDDEN_ROW")?.message).toContain("is hidden but still counted");
    expect(vi.totals).toEqual(plain.totals);
    expect(vi.counts.criteria).toBe(plain.counts.criteria);
  });

  it("hidden blank or title rows say nothing; rows are sheet rows when the grid starts lower", () => {
    expect(analyzeSheet(grid, { hiddenRows: [0, grid.length + 5] }).report.diagnostics.some((d) => d.code === "HIDDEN_ROW")).toBe(false);
    const r = analyzeSheet(grid, { origin: { row: 4, col: 2 }, hiddenRows: [at("1.1") + 4] }).report;
    expect(r.diagnostics.find((d) => d.code === "HIDDEN_ROW")?.cell).toBe(`C${at("1.1") + 5}`);
  });
});

describe("rowsOutside (Excel's visible cells as one address)", () => {
  it("gives the rows no visible area covers", () => {
    expect(rowsOutside("'Bảng, 2021'!A1:G3,'Bảng, 2021'!A6:G9", 0, 10)).toEqual([3, 4, 9]);
    expect(rowsOutside("Sheet1!B3:C4, Sheet1!B7", 2, 6)).toEqual([4, 5, 7]);
    expect(rowsOutside("", 5, 3)).toEqual([5, 6, 7]);
    // the whole sheet asked: whole rows when rows are hidden, whole columns when only a column is
    expect(rowsOutside("Bảng!$1:$3,Bảng!$6:$1048576", 0, 8)).toEqual([3, 4]);
    expect(rowsOutside("'Bảng 1'!$A:$B,'Bảng 1'!$D:$XFD", 0, 4)).toEqual([]);
  });
});
