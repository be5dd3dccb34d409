import { describe, expect, it } from "vitest";
import { adjustmentKind } from "../../shared/adjustments.js";
import { analyzeSheet } from "../../shared/analyze.js";
import { scoreEdits } from "../../shared/writeback.js";

describe("bonus and penalty rows by their label", () => {
  it("recognises the words staff use, with numbering, in NFD, and not criteria that merely look alike", () => {
    for (const label of ["Điểm thưởng", "IV. Điểm thưởng (tối đa 1 điểm)", "Điểm cộng", "Điểm khuyến khích", "- Điểm thưởng:", "TỔNG ĐIỂM THƯỞNG"]) {
      expect([label, adjustmentKind(label)]).toEqual([label, "bonus"]);
    }
    for (const label of ["Điểm trừ", "Điểm phạt", "V - ĐIỂM TRỪ", "Trừ điểm", "Điểm trừ".normalize("NFD")]) {
      expect([label, adjustmentKind(label)]).toEqual([label, "penalty"]);
    }
    for (const label of ["Thường xuyên kiểm tra công vụ", "Tổng cộng", "Tổng điểm (đã cộng điểm thưởng, trừ điểm phạt)", "Điểm công khai thủ tục", "Công tác chỉ đạo"]) {
      expect([label, adjustmentKind(label)]).toEqual([label, null]);
    }
  });
});

/** Leaves summing to 85,40 of 100. */
function criteria(): unknown[][] {
  return [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
    ["1", "Lĩnh vực 1", 50, 45.4],
    ["1.1", "Tiêu chí 1.1", 30, 25.4],
    ["1.2", "Tiêu chí 1.2", 20, 20],
    ["2", "Lĩnh vực 2", 50, 40],
    ["2.1", "Tiêu chí 2.1", 50, 40],
  ];
}

describe("acceptance: 85,40 of 100, bonus 1,5 capped at 1, penalty typed 0,5", () => {
  const shapes: [string, unknown[][]][] = [
    ["rows just above the total, no code", [...criteria(), ["", "Điểm thưởng", 1, 1.5], ["", "Điểm trừ", null, 0.5], ["", "Tổng cộng", 100, 85.4]]],
    ["rows just below the total", [...criteria(), ["", "Tổng cộng", 100, 85.4], ["", "Điểm thưởng", 1, 1.5], ["", "Điểm phạt", null, "0,5"]]],
    ["as areas with codes and items", [...criteria(), ["3", "Điểm thưởng", 1, null], ["3.1", "Sáng kiến cấp tỉnh", null, 1.5], ["4", "Điểm trừ", null, null], ["4.1", "Vi phạm kỷ luật", null, -0.5], ["", "Tổng cộng", 100, 85.4]]],
    ["as Roman sections", [...criteria(), ["III", "ĐIỂM THƯỞNG", 1, 1.5], ["IV", "ĐIỂM TRỪ", null, 0.5]]],
    ["as a criterion-level row under an area", [...criteria(), ["2.2", "Điểm khuyến khích", 1, 1.5], ["", "Điểm trừ", null, 0.5]]],
  ];
  for (const [shape, grid] of shapes) {
    it(`scores 85,9 · index 85,9 · class B with one finding for the capped bonus: ${shape}`, () => {
      const { report } = analyzeSheet(grid);
      expect(report.totals).toMatchObject({ max: 100, achieved: 85.4, bonus: 1, penalty: 0.5, score: 85.9, index: 85.9, grade: "B" });
      expect(report.diagnostics.map((d) => d.code)).toEqual(["BONUS_OVER_CAP"]);
      expect(report.diagnostics[0]?.message).toBe("Điểm thưởng 1,5 vượt mức tối đa 1; chỉ tính 1.");
    });
  }
  it("accepts a total that already includes the bonus and penalty, and leaves it as typed", () => {
    const grid = [...criteria(), ["", "Điểm thưởng", 1, 1], ["", "Điểm trừ", null, 0.5], ["", "Tổng điểm", 100, 85.9]];
    const analysis = analyzeSheet(grid);
    expect(analysis.report.diagnostics).toEqual([]);
    expect(scoreEdits(analysis).map((e) => e.cell)).not.toContain("D9");
  });
  it("never shows an index above 100 unless configured", () => {
    const grid = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "A", 10, 10],
      ["", "Điểm thưởng", null, 1],
    ];
    expect(analyzeSheet(grid).report.totals).toMatchObject({ score: 11, index: 100, grade: "A" });
    expect(analyzeSheet(grid, { settings: { maxIndex: null } }).report.totals.index).toBe(110);
  });
  it("reports a bonus it cannot read at its cell and counts nothing for it", () => {
    const grid = [...criteria(), ["", "Điểm thưởng", 1, "một điểm"]];
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics.map((d) => [d.code, d.cell, d.severity])).toEqual([["ADJUSTMENT_UNREADABLE", "D7", "error"]]);
    expect(report.totals).toMatchObject({ bonus: 0, score: 85.4 });
  });
});
