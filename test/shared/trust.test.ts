// Totals from a misread table are never shown as results: no index, no class, and the reason instead.
import { describe, expect, it } from "vitest";
import { analyzeSheet, distrust, scoredNotice, summaryTable } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";

const percentages = () => seed001Clean().map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 3 && typeof v === "number" ? v * 100 : v))));
const noAchieved = () => seed001Clean().map((row) => row.filter((_, c) => c !== 3));

describe("distrust", () => {
  it("names why: a missing column, achieved above max, no header; seed 001 as typed is trusted", () => {
    expect(distrust(analyzeSheet(noAchieved()).report)).toBe("column");
    expect(distrust(analyzeSheet(percentages()).report)).toBe("aboveMax");
    expect(distrust(analyzeSheet([["Danh sách cán bộ"]]).report)).toBe("header");
    expect(distrust(analyzeSheet(seed001Clean()).report)).toBeNull();
  });

  it("the notice after Tính điểm gives the reason, not “0% (D)” or “8386,53% (A)”", () => {
    for (const [grid, words] of [
      [noAchieved(), "bảng thiếu cột bắt buộc"],
      [percentages(), "tổng điểm đạt lớn hơn tổng điểm tối đa"],
    ] as const) {
      const report = analyzeSheet(grid).report;
      const vi = scoredNotice(report, 3, "vi");
      expect(vi).toContain(`Chưa tính được chỉ số: ${words}`);
      expect(vi).not.toMatch(/chỉ số \d|\([A-D]\)/);
      expect(scoredNotice(report, 3, "en")).toMatch(/^No index: /);
    }
    expect(scoredNotice(analyzeSheet(seed001Clean()).report, 3, "vi")).toMatch(/chỉ số 72,45 \(C\)/);
  });

  it("the printed Tổng hợp gives no index or class either, and says why above the table", () => {
    const t = summaryTable(analyzeSheet(percentages()).report, "vi");
    expect(t.grid[2]?.[0]).toContain("Chưa tính được chỉ số và xếp loại: tổng điểm đạt lớn hơn tổng điểm tối đa");
    for (const row of t.grid.slice(t.areaHeaderRow + 1, t.totalRow + 1)) expect([row[7], row[8]]).toEqual([null, ""]);
    const fine = summaryTable(analyzeSheet(seed001Clean()).report, "vi");
    expect(fine.grid[2]).toEqual([]);
    expect(fine.grid[fine.totalRow]?.slice(7)).toEqual([72.45, "C"]);
  });
});
