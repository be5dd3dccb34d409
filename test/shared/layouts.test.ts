// Layout families of real templates (test/fixtures/layouts.ts): read right, no false finding, nothing summed twice.
import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { ReportSchema } from "../../shared/report-schema.js";
import { scoreEdits } from "../../shared/writeback.js";
import { mergedOf, romanAreas, romanBlankAreas, romanOverDecimals, sections, signatureBlock, subItems, tallHeader, type Layout } from "../fixtures/layouts.js";

const families: Layout[] = [
  romanAreas("plain"),
  romanAreas("phan"),
  romanAreas("dotted"),
  romanAreas("in-name"),
  romanOverDecimals(),
  romanBlankAreas(),
  romanBlankAreas("merged-titles"),
  sections("blank-sections"),
  sections("summed-sections"),
  subItems(),
  tallHeader("three"),
  tallHeader("four"),
];

describe.each(families.map((f) => [f.name, f] as const))("%s", (_, layout) => {
  it("is read with its figures, its tree and no finding", () => {
    const { report } = analyzeSheet(layout.grid);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    // figures typed as text are worth a warning (Excel's SUM skips them), nothing else is
    expect(report.diagnostics.filter((d) => d.code !== "NUMBER_AS_TEXT").map((d) => `${d.code} ${d.cell} ${d.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ max: layout.expected.max, achieved: layout.expected.achieved });
    expect(report.counts).toMatchObject({ criteria: layout.expected.criteria, leaves: layout.expected.leaves, errors: 0 });
    if (layout.expected.paths) expect(report.criteria.map((c) => c.code)).toEqual(layout.expected.paths);
  });

  it("scoring rewrites parents and the total with the figures they already have, never inside a merged area", () => {
    const merged = mergedOf(layout);
    const analysis = analyzeSheet(layout.grid, { merged });
    const inside = (r: number, c: number) => merged.some((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols && (r !== m.row || c !== m.col));
    for (const mode of ["values", "formulas"] as const) expect(scoreEdits(analysis, mode).filter((e) => inside(e.row, e.col))).toEqual([]);
    for (const e of scoreEdits(analysis, "values")) {
      // values mode rewrites only what differs (or a figure typed as text): the figure stays the same;
      // a section typed without figures gets its sums
      const typed = layout.grid[e.row]?.[e.col];
      if (typed !== null && typed !== undefined) expect(Number(String(typed).replace(",", "."))).toBe(e.value);
    }
  });
});

describe("numbering families", () => {
  it("keeps the code as written for display and gives a path per row", () => {
    const { report } = analyzeSheet(romanAreas("dotted").grid);
    const c = report.criteria.find((x) => x.code === "II.2");
    expect(c).toMatchObject({ label: "2", parent: "II", level: 2, name: "Theo dõi thi hành pháp luật" });
    expect(report.areas.map((a) => [a.code, a.max, a.achieved])).toEqual([
      ["I", 4, 3],
      ["II", 3, 2.5],
      ["III", 4, 3],
    ]);
  });
  it("takes a Roman area's title from its code cell when the name cell is empty (“PHẦN II. …”)", () => {
    const { report } = analyzeSheet(romanAreas("phan").grid);
    expect(report.areas.map((a) => a.name)).toEqual(["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "CẢI CÁCH THỂ CHẾ", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"]);
  });
  it("finds a wrong area figure under restarting criteria, once, where it is", () => {
    const grid = romanAreas("plain").grid.map((r) => [...r]);
    (grid[10] as unknown[])[3] = 2; // II typed 2 where its criteria add up to 2,5
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics.map((d) => [d.code, d.cell, d.criterion])).toEqual([["ROLLUP_MISMATCH", "D11", "II"]]);
  });
  it("a), b) parts are children of the criterion above; rubric levels are not", () => {
    const { report } = analyzeSheet(subItems().grid);
    expect(report.criteria.filter((c) => c.parent === "1.1").map((c) => [c.code, c.label])).toEqual([
      ["1.1.a", "a)"],
      ["1.1.b", "b)"],
    ]);
    expect(report.criteria.find((c) => c.code === "1.3")).toMatchObject({ leaf: true, max: 1, achieved: 0.5 });
  });
  it("seed 001's decimal trap stays: a numeric 1.1 after 1.9 is 1.10, under a Roman area too", () => {
    const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], ["I", "Lĩnh vực", 10, 10]];
    for (let i = 1; i <= 9; i++) grid.push([`1.${i}`, `Tiêu chí ${i}`, 1, 1]);
    grid.splice(2, 0, ["1", "Tiêu chí lớn", 10, 10]);
    grid.push([1.1, "Tiêu chí 10", 1, 1], ["II", "Lĩnh vực 2", 1, 1], ["1", "Tiêu chí", 1, 1]);
    const { report } = analyzeSheet(grid);
    expect(report.criteria.map((c) => c.code)).toContain("I.1.10");
    expect(report.diagnostics.map((d) => [d.code, d.criterion])).toEqual([["CODE_NUMERIC_AMBIGUOUS", "I.1.10"]]);
  });
});

describe("rows that are not criteria", () => {
  it("the signature block raises nothing, even where it falls in the points columns", () => {
    const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Ghi chú"], ["1", "A", 1, 1, null], ["2", "B", 2, 1, null], ...signatureBlock(5)];
    (grid[grid.length - 4] as unknown[])[2] = "Nguyễn Văn An"; // a name typed under the max column
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics).toEqual([]);
    expect(report.totals).toMatchObject({ max: 3, achieved: 2 });
  });
  it("a rubric line, a note typed across the code column and a bullet are not findings", () => {
    const grid: unknown[][] = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "Báo cáo định kỳ", 1, 1],
      ["-", "Đầy đủ, đúng hạn: 1 điểm", 1, null],
      ["+", "Chậm: 0,5 điểm", "0,5 điểm", null],
      ["Ghi chú: chấm theo hướng dẫn của Sở Nội vụ", null, null, null],
    ];
    expect(analyzeSheet(grid).report.diagnostics).toEqual([]);
  });
  it("a row with an achieved figure and no code is still reported, and bonus rows are left to their own rules", () => {
    const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], ["1", "A", 1, 1], [null, "Mục lạc", 1, 1]];
    expect(analyzeSheet(grid).report.diagnostics.map((d) => d.code)).toContain("CODE_MISSING");
  });
});

describe("formulas", () => {
  const head = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"];
  it("a formula whose saved result is 0 is 0", () => {
    const values = [head, ["1", "A", 2, 1], ["1.1", "B", 1, 0], ["1.2", "C", 1, 1]];
    const formulas = [[], [], ["", "", "", "=0*C3"], []];
    const { report } = analyzeSheet(values, { formulas });
    expect(report.diagnostics).toEqual([]);
  });
  it("a formula with no saved result is not calculated, never read as 0, and its sums are left alone", () => {
    const values = [head, ["1", "A", 2, 1], ["1.1", "B", 1, null], ["1.2", "C", 1, 1]];
    const formulas = [[], [], ["", "", "", "=C3*0"], []];
    const analysis = analyzeSheet(values, { formulas });
    expect(analysis.report.diagnostics.map((d) => [d.code, d.cell])).toEqual([
      ["WRITE_HELD", "D2"],
      ["FORMULA_NOT_CALCULATED", "D3"],
    ]);
    expect(analysis.report.diagnostics[1]?.message).toContain("chưa có kết quả");
    expect(scoreEdits(analysis, "formulas").map((e) => e.cell)).not.toContain("D2");
  });
});

describe("letters inside Roman areas", () => {
  it("A, B under I and again under II are I.A, II.A: the family met first is the outer one", () => {
    const grid: unknown[][] = [
      ["STT", "Nội dung", "Điểm tối đa", "Điểm đạt"],
      ["I", "Lĩnh vực thứ nhất", 3, 2],
      ["A", "Nhóm tiêu chí bắt buộc", 2, 1.5],
      ["1", "Tiêu chí", 2, 1.5],
      ["B", "Nhóm tiêu chí khuyến khích", 1, 0.5],
      ["1", "Tiêu chí", 1, 0.5],
      ["II", "Lĩnh vực thứ hai", 1, 1],
      ["A", "Nhóm tiêu chí bắt buộc", 1, 1],
      ["1", "Tiêu chí", 1, 1],
      [null, "Tổng cộng", 4, 3],
    ];
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics).toEqual([]);
    expect(report.criteria.map((c) => c.code)).toEqual(["I", "I.A", "I.A.1", "I.B", "I.B.1", "II", "II.A", "II.A.1"]);
  });
});

describe("the end of the table", () => {
  const lines = [
    "Hà Nội, ngày … tháng … năm …",
    "Yên Bái, ngày 15 tháng 01 năm 2025",
    "ngày    tháng    năm 2024",
    "NGƯỜI LẬP BIỂU",
    "Người lập",
    "THỦ TRƯỞNG ĐƠN VỊ",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "GIÁM ĐỐC",
    "Nơi nhận:",
    "(Ký, ghi rõ họ tên)",
  ];
  it.each(lines)("“%s” ends it, wherever it stands; the names and figures below are not read", (line) => {
    for (const col of [0, 1, 3]) {
      const end: unknown[] = [null, null, null, null];
      end[col] = line;
      const grid: unknown[][] = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], ["1", "A", 1, 1], end, [null, null, "Nguyễn Văn An", "Trần Thị Bình"], ["3", "ghi chú", "x", 5]];
      expect(analyzeSheet(grid).report.diagnostics).toEqual([]);
    }
  });
  it("a criterion whose name speaks of the director is still a criterion", () => {
    const { report } = analyzeSheet([["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], ["1", "Giám đốc chủ trì giao ban CCHC", 1, 1], ["2", "B", 1, 0.5]]);
    expect(report.counts.criteria).toBe(2);
  });
});

describe("areas typed in the name column", () => {
  it("“I. CẢI CÁCH THỂ CHẾ” with a blank code cell is area I; “A. Tốt: 1 điểm” stays a rubric line", () => {
    const grid: unknown[][] = [
      ["STT", "Nội dung", "Điểm tối đa", "Điểm đạt"],
      [null, "I. CẢI CÁCH THỂ CHẾ", 2, 1.5],
      ["1", "Rà soát văn bản", 1, 1],
      [null, "A. Tốt: 1 điểm", 1, null],
      [null, "B. Chưa tốt: 0 điểm", 0, null],
      ["2", "Theo dõi thi hành pháp luật", 1, 0.5],
      [null, "II. CẢI CÁCH TTHC", 1, 1],
      ["1", "Công khai TTHC", 1, 1],
    ];
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics).toEqual([]);
    expect(report.criteria.map((c) => [c.code, c.label])).toEqual([["I", "I"], ["I.1", "1"], ["I.2", "2"], ["II", "II"], ["II.1", "1"]]);
  });
});

describe("sub-totals under each area", () => {
  it("“Cộng lĩnh vực I”, “Cộng phần II” are not criteria; a criterion “Công tác…” without a code still is reported", () => {
    const grid: unknown[][] = [
      ["STT", "Nội dung", "Điểm tối đa", "Điểm đạt"],
      ["I", "CẢI CÁCH THỂ CHẾ", 2, 1.5],
      ["1", "Rà soát văn bản", 1, 1],
      ["2", "Theo dõi thi hành pháp luật", 1, 0.5],
      [null, "Cộng lĩnh vực I", 2, 1.5],
      ["II", "CẢI CÁCH TTHC", 1, 1],
      ["1", "Công khai TTHC", 1, 1],
      [null, "Cộng phần II", 1, 1],
      [null, "Tổng cộng", 3, 2.5],
    ];
    expect(analyzeSheet(grid).report.diagnostics).toEqual([]);
    const missing = [...grid.slice(0, 7), [null, "Công tác kiểm tra", 1, 1]];
    expect(analyzeSheet(missing).report.diagnostics.map((d) => d.code)).toContain("CODE_MISSING");
  });
});
