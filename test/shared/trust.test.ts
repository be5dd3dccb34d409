// Totals from a misread table are never shown as results: no index, no class, and the reason instead.
import { describe, expect, it } from "vitest";
import { analyzeSheet, distrust, scoredNotice, summaryTable } from "../../shared/index.js";
import { seed001Clean } from "../fixtures/seed001.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

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
    for (const row of t.grid.slice(t.areaHeaderRow + 1, t.totalRow + 1)) expect([row[6], row[7], row[8]]).toEqual([null, null, ""]);
    const fine = summaryTable(analyzeSheet(seed001Clean()).report, "vi");
    expect(fine.grid[2]).toEqual([]);
    expect(fine.grid[fine.totalRow]?.slice(7)).toEqual([72.45, "C"]);
  });
});

describe("a sheet nobody has scored yet (the year's blank template)", () => {
  // seed 001 with its achieved column emptied below the header: the maxima and targets typed, no score
  const template = () => withAchievedBlank(seed001Clean());

  it("gets one finding for the achieved column, naming how many sub-criteria and where, not one per sub-criterion", () => {
    const { report } = analyzeSheet(template());
    const leaves = report.criteria.filter((c) => c.leaf);
    expect(report.diagnostics.filter((d) => d.code === "SCORE_MISSING")).toEqual([]);
    const found = report.diagnostics.filter((d) => d.code === "SHEET_NOT_SCORED");
    expect(found).toHaveLength(1);
    const first = leaves.reduce((a, b) => (b.row < a.row ? b : a));
    const last = leaves.reduce((a, b) => (b.row > a.row ? b : a));
    expect(found[0]).toMatchObject({ severity: "warning", cell: `D${first.row}`, expected: leaves.length, detail: `D${first.row}:D${last.row}` });
    expect(found[0]?.message).toBe(`Bảng chưa được chấm: cột Điểm đạt còn trống ở cả ${leaves.length} tiêu chí thành phần (D${first.row}:D${last.row}); chưa có chỉ số. Nhập điểm rồi tính điểm lại.`);
    expect(analyzeSheet(template(), { settings: { lang: "en" } }).report.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/^The sheet has not been scored: the Achieved column is blank for all \d+ sub-criteria/));
  });

  it("shows no index or class as a result: “0% (D)” would read as a verdict", () => {
    const report = analyzeSheet(template()).report;
    expect(distrust(report)).toBe("notScored");
    const vi = scoredNotice(report, 3, "vi");
    expect(vi).toContain("Chưa tính được chỉ số: bảng chưa được chấm");
    expect(vi).not.toMatch(/chỉ số \d|\([A-D]\)/);
    const t = summaryTable(report, "vi");
    expect(t.grid[2]?.[0]).toContain("bảng chưa được chấm");
    for (const row of t.grid.slice(t.areaHeaderRow + 1, t.totalRow + 1)) expect([row[7], row[8]]).toEqual([null, ""]);
  });

  it("one figure typed anywhere makes it a sheet being scored: each blank sub-criterion is named again", () => {
    const grid = template();
    const leafRow = grid.findIndex((row) => row[0] === "1.1.1");
    (grid[leafRow] as unknown[])[3] = 0.5;
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics.filter((d) => d.code === "SHEET_NOT_SCORED")).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === "SCORE_MISSING").length).toBe(report.counts.leaves - 1);
    expect(distrust(report)).toBeNull();
  });

  it("an unreadable achieved column (#N/A everywhere) is not an unscored one: each cell is an error", () => {
    const grid = template().map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 3 && /^\d+(\.\d+)*$/.test(String(row[0])) ? "#N/A" : v))));
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics.some((d) => d.code === "SHEET_NOT_SCORED")).toBe(false);
    expect(report.diagnostics.filter((d) => d.code === "CELL_ERROR").length).toBeGreaterThan(10);
  });

  it("a sheet of one sub-criterion keeps its own finding", () => {
    const { report } = analyzeSheet([
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "A", 2, null],
    ]);
    expect(report.diagnostics.map((d) => [d.code, d.cell])).toEqual([["SCORE_MISSING", "D2"]]);
  });

  it("a self-score typed while the appraisal column is blank is a scored sheet", () => {
    const { report } = analyzeSheet([
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"],
      ["1.1", "A", 1, 1, null],
      ["1.2", "B", 2, 1.5, null],
    ]);
    expect(distrust(report)).toBeNull();
    expect(report.totals.achieved).toBe(2.5);
  });
});
