import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { ReportSchema } from "../../shared/report-schema.js";
import type { DiagnosticCode } from "../../shared/types.js";
import { scoreEdits } from "../../shared/writeback.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";

const HEAD = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt", "Mục tiêu", "Tăng/giảm"];
const codesOf = (grid: unknown[][], extra = {}) => analyzeSheet(grid, { settings: extra }).report.diagnostics.map((d) => d.code);
const findings = (grid: unknown[][]) => analyzeSheet(grid).report.diagnostics;

describe("seed 001, the real criteria of a Department of Health", () => {
  for (const [layout, grid] of [
    ["as staff have it (title rows, two-row header, text figures)", seed001Messy()],
    ["tidy one-row header with numbers", seed001Clean()],
  ] as const) {
    it(`scores exactly: ${layout}`, () => {
      const { report } = analyzeSheet(grid, { sheet: "Phụ lục" });
      expect(ReportSchema.safeParse(report).success).toBe(true);
      expect(report.totals).toMatchObject({ max: 70.5, achieved: 51.077, target: 67.4, delta: 16.323, lost: 19.423, index: 72.45, grade: "C" });
      expect(report.counts).toMatchObject({ criteria: 108, leaves: 80, weak: 28 });
      const mismatches = report.diagnostics.filter((d) => d.code.endsWith("MISMATCH"));
      expect(mismatches.map((d) => [d.code, d.criterion, d.role, d.found, d.expected])).toEqual([
        ["ROLLUP_MISMATCH", "3", "achieved", 12.72, 12.217],
        ["DELTA_MISMATCH", "3", "delta", 1.28, 1.783],
        ["TOTAL_MISMATCH", "", "achieved", 51.58, 51.077],
        ["TOTAL_MISMATCH", "", "delta", 15.82, 16.323],
      ]);
      expect(report.diagnostics.filter((d) => d.severity === "error")).toHaveLength(3);
    });
  }

  it("points at the cell where the error is, in Vietnamese", () => {
    const d = findings(seed001Messy()).find((x) => x.code === "ROLLUP_MISMATCH");
    expect(d).toMatchObject({ cell: "D48", row: 48, criterion: "3" });
    expect(d?.message).toBe("Điểm đạt ghi 12,72 nhưng tổng các tiêu chí con là 12,217.");
  });

  it("reads 1.1 stored as a number after 1.9 as 1.10 and says so", () => {
    const { report } = analyzeSheet(seed001Messy());
    const d = report.diagnostics.find((x) => x.code === "CODE_NUMERIC_AMBIGUOUS");
    expect(d).toMatchObject({ criterion: "1.10", found: "1.1", cell: "A30" });
    expect(report.criteria.filter((c) => c.code === "1.1")).toHaveLength(1);
    expect(report.criteria.find((c) => c.code === "1.10")?.parent).toBe("1");
  });

  it("builds the tree with inherited owners and per-area figures", () => {
    const { report } = analyzeSheet(seed001Messy());
    const c = (code: string) => report.criteria.find((x) => x.code === code);
    expect(c("1.1.1")).toMatchObject({ level: 3, leaf: true, parent: "1.1", owner: "Văn phòng Sở", lost: 0.5 });
    expect(c("1.5")).toMatchObject({ leaf: false, owner: "" });
    expect(c("1.5.2")?.owner).toBe("Tổ chức Cán bộ");
    expect(c("6.2.2")?.parent).toBe("6.2");
    expect(report.areas.map((a) => [a.code, a.achieved])).toEqual([
      ["1", 6.18], ["2", 8.5], ["3", 12.217], ["4", 5.79], ["5", 5], ["6", 4], ["7", 9.39],
    ]);
    const office = report.owners.find((o) => o.owner === "Văn phòng Sở");
    expect(office?.criteria).toBeGreaterThan(30);
    const owned = report.owners.reduce((s, o) => s + Math.round(o.max * 1000), 0);
    expect(owned).toBe(70500);
  });

  it("speaks English when asked", () => {
    const d = analyzeSheet(seed001Messy(), { settings: { lang: "en" } }).report.diagnostics.find((x) => x.code === "TOTAL_MISMATCH");
    expect(d?.message).toBe("Total row, Achieved: written 51.58, computed 51.077.");
  });

  it("places addresses where the grid sits in the sheet", () => {
    const d = analyzeSheet(seed001Clean(), { origin: { row: 9, col: 2 } }).report.diagnostics.find((x) => x.code === "ROLLUP_MISMATCH");
    expect(d?.cell).toBe("F47");
  });
});

describe("the validation catalogue", () => {
  const cases: [DiagnosticCode, unknown[][]][] = [
    ["HEADER_NOT_FOUND", [["Báo cáo"], ["nội dung"]]],
    ["COLUMN_MISSING", [["STT", "Tiêu chí", "Điểm đạt"], ["1", "A", 1]]],
    ["CODE_INVALID", [HEAD, ["1", "A", 1, 1], ["x.y", "B", 1, 1]]],
    ["CODE_MISSING", [HEAD, ["1", "A", 1, 1], ["", "B", 1, 1]]],
    ["CODE_DATE", [HEAD, [new Date(2021, 0, 1), "A", 1, 1]]],
    ["CODE_DUPLICATE", [HEAD, ["1", "A", 2, 2], ["1.1", "B", 1, 1], ["1.1", "C", 1, 1]]],
    ["PARENT_MISSING", [HEAD, ["1", "A", 1, 1], ["1.3.2", "B", 1, 1]]],
    ["CODE_ORDER", [HEAD, ["2", "A", 1, 1], ["1", "B", 1, 1]]],
    ["VALUE_NOT_NUMBER", [HEAD, ["1", "A", "một", 1]]],
    ["VALUE_NEGATIVE", [HEAD, ["1", "A", 1, -1]]],
    ["CELL_ERROR", [HEAD, ["1", "A", 1, "#REF!"]]],
    ["MAX_MISSING", [HEAD, ["1", "A", null, 1]]],
    ["SCORE_MISSING", [HEAD, ["1", "A", 1, null]]],
    ["SCORE_EXCEEDS_MAX", [HEAD, ["1", "A", 1, 2]]],
    ["TARGET_EXCEEDS_MAX", [HEAD, ["1", "A", 1, 0.5, 2]]],
    ["TARGET_BELOW_ACHIEVED", [HEAD, ["1", "A", 1, 0.5, 0.25]]],
    ["ROLLUP_MISMATCH", [HEAD, ["1", "A", 3, 1], ["1.1", "B", 1, 1], ["1.2", "C", 1, 0]]],
    ["TOTAL_MISMATCH", [HEAD, ["1", "A", 1, 1], ["", "Tổng cộng", 2, 1]]],
    ["DELTA_MISMATCH", [HEAD, ["1", "A", 1, 0.5, 1, 0.25]]],
    ["EVIDENCE_MISSING", [[...HEAD, "Tài liệu kiểm chứng"], ["1", "A", 1, 1, 1, 0, ""]]],
    ["PRECISION", [HEAD, ["1", "A", 1, "0,1234"]]],
  ];
  for (const [code, grid] of cases) {
    it(`reports ${code}`, () => {
      const hits = findings(grid).filter((d) => d.code === code);
      expect(hits.length).toBeGreaterThan(0);
      for (const d of hits) expect(d.message.length).toBeGreaterThan(10);
    });
  }

  it("reports nothing on a sound sheet", () => {
    expect(codesOf([HEAD, ["1", "A", 2, 1.5, 2, 0.5], ["1.1", "B", 1, 1, 1, 0], ["1.2", "C", 1, 0.5, 1, 0.5], ["", "Tổng cộng", 2, 1.5, 2, 0.5]])).toEqual([]);
  });

  it("does not cascade: a wrong parent is reported once, not on its ancestors", () => {
    const grid = [HEAD, ["1", "A", 3, 2.5], ["1.1", "B", 2, 2.5], ["1.1.1", "C", 1, 1], ["1.1.2", "D", 1, 0.5], ["1.2", "E", 1, 0]];
    const d = findings(grid).filter((x) => x.code === "ROLLUP_MISMATCH");
    expect(d.map((x) => x.criterion)).toEqual(["1.1"]);
  });

  it("skips repeated headers, column numbering rows and blank spacer rows", () => {
    const grid = [HEAD, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], ["1", "A", 1, 1], [], HEAD, ["2", "B", 1, 0]];
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics).toEqual([]);
    expect(report.criteria.map((c) => c.code)).toEqual(["1", "2"]);
  });

  it("treats a parent whose cell is a formula as written when it has a value", () => {
    const values = [HEAD, ["1", "A", 2, 1.5], ["1.1", "B", 1, 1], ["1.2", "C", 1, 0.5]];
    const formulas = [[], ["", "", "=SUM(C3:C4)", "=SUM(D3:D4)"]];
    expect(analyzeSheet(values, { formulas }).report.diagnostics).toEqual([]);
  });

  it("uses the column the caller names for achieved", () => {
    const grid = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"], ["1", "A", 1, 1, 0.5]];
    expect(analyzeSheet(grid).report.totals.achieved).toBe(0.5);
    expect(analyzeSheet(grid, { settings: { columns: { achieved: "D" } } }).report.totals.achieved).toBe(1);
  });
});

describe("the total row", () => {
  it("is the row labelled as such that carries figures, not a name line starting with “Công tác”", () => {
    const grid = [HEAD, ["1", "Công tác chỉ đạo", 1, 1], ["", "Công tác này gồm nhiều việc"], ["", "TỔNG SỐ ĐIỂM:", 1, 0.5]];
    const a = analyzeSheet(grid);
    expect(a.total?.row).toBe(3);
    expect(a.report.diagnostics.map((d) => [d.code, d.cell])).toEqual([["TOTAL_MISMATCH", "D4"]]);
  });
});

describe("owners", () => {
  it("are one department whatever the case or spacing staff typed", () => {
    const grid = [[...HEAD, "Phòng phụ trách"], ["1", "A", 2, 1, 2, 1, ""], ["1.1", "B", 1, 1, 1, 0, "Văn phòng Sở"], ["1.2", "C", 1, 0, 1, 1, "văn phòng  sở"]];
    const { owners } = analyzeSheet(grid).report;
    expect(owners).toHaveLength(1);
    expect(owners[0]).toMatchObject({ owner: "Văn phòng Sở", criteria: 2, weak: 1, max: 2, achieved: 1 });
  });
});

describe("layouts found in real sheets", () => {
  it("takes the codes from “Mã tiêu chí” when a running STT column stands left of it", () => {
    const grid = [["STT.", "Mã tiêu chí", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], [1, "1", "A", 10, 8], [2, "1.1", "a", 6, 5], [3, "1.2", "b", 4, 3]];
    const { report } = analyzeSheet(grid);
    expect(report.columns.code).toBe("B");
    expect(report.totals).toMatchObject({ max: 10, achieved: 8 });
    expect(report.criteria.map((c) => c.code)).toEqual(["1", "1.1", "1.2"]);
  });

  it("recognises “STT.” with its dot", () => {
    expect(analyzeSheet([["STT.", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], ["1", "A", 1, 1]]).report.columns.code).toBe("A");
  });

  it("skips a row numbering the columns, in numbers or letters", () => {
    for (const numbering of [[1, 2, 3, 4, 5, 6], ["1", "2", "3", "4", "5", "6"], ["A", "B", "1", "2", "3", "4"]]) {
      const { report } = analyzeSheet([HEAD, numbering, ["1", "A", 1, 1, 1, 0], ["2", "B", 1, 0.5, 1, 0.5]]);
      expect(report.diagnostics).toEqual([]);
      expect(report.criteria.map((c) => c.code)).toEqual(["1", "2"]);
    }
  });

  it("skips both rows of a two-row header repeated at a page break", () => {
    const grid = seed001Messy();
    const at = grid.findIndex((r) => r[0] === "4");
    grid.splice(at, 0, grid[4] as unknown[], grid[5] as unknown[]);
    const { report } = analyzeSheet(grid);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toEqual(["ROLLUP_MISMATCH", "TOTAL_MISMATCH", "TOTAL_MISMATCH"]);
    expect(report.totals.achieved).toBe(51.077);
  });

  it("knows the total row by its label, with more words or none of its figures typed yet", () => {
    expect(analyzeSheet([HEAD, ["1", "A", 1, 1], ["", "Tổng điểm tự chấm", 99, 1]]).report.diagnostics.map((d) => d.code)).toEqual(["TOTAL_MISMATCH"]);
    const blank = analyzeSheet([HEAD, ["1", "A", 2, 1.5], ["1.1", "B", 1, 1], ["1.2", "C", 1, 0.5], ["", "TỔNG CỘNG"]]);
    expect(blank.total?.row).toBe(4);
    expect(blank.report.diagnostics).toEqual([]);
  });
});

describe("an unreadable cell", () => {
  const grid = () => [
    HEAD,
    ["1", "A", 2, 1.5, 2, 0.5],
    ["1.1", "B", 1, 1, 1, 0],
    ["1.2", "C", 1, 0.5, 1, 0.5],
    ["2", "D", 2, 4.5, 2, -2.5],
    ["2.1", "E", 1, "#N/A", 1, 0],
    ["2.2", "F", 1, 0.5, 1, 0.5],
    ["", "Tổng cộng", 4, 6, 4, -2],
  ];

  it("is reported once, where it is, without a cascade of mismatches above it", () => {
    const { report } = analyzeSheet(grid());
    // one error where it is; the sums that depend on it are listed as left alone, not as mismatches
    expect(report.diagnostics.map((d) => [d.code, d.cell, d.detail ?? ""])).toEqual([
      ["WRITE_HELD", "D5", "D5, F5"],
      ["CELL_ERROR", "D6", ""],
      ["WRITE_HELD", "D8", "D8, F8"],
    ]);
    expect(report.counts.errors).toBe(1);
  });

  it("leaves the figures that depend on it as staff typed them", () => {
    const edits = scoreEdits(analyzeSheet(grid()), "formulas");
    const cells = edits.map((e) => e.cell);
    expect(cells).not.toContain("D5"); // area 2 achieved: its sum is not known
    expect(cells).not.toContain("D8"); // the total achieved neither
    expect(cells).not.toContain("F6"); // nor the leaf's own change
    expect(cells).toContain("C5"); // max is known everywhere
  });
});

describe("a wrong change figure", () => {
  it("is reported where it originates, not on every ancestor that inherits it", () => {
    const grid = [
      HEAD,
      ["1", "A", 10, 9, 10, 1],
      ["1.1", "B", 6, 5, 6, 1],
      ["1.1.1", "b1", 3, 2, 3, 1],
      ["1.1.2", "b2", 3, 2, 3, 1],
      ["1.2", "C", 4, 4, 4, 0],
    ];
    const found = analyzeSheet(grid).report.diagnostics.map((d) => [d.code, d.criterion]);
    expect(found).toEqual([
      ["ROLLUP_MISMATCH", "1.1"],
      ["DELTA_MISMATCH", "1.1"],
    ]);
  });
});

describe("cells Excel changed behind the user's back", () => {
  it("names a date in a points column the way the user reads it, and what was probably typed", () => {
    const d = analyzeSheet([HEAD, ["1", "A", 1, new Date(Date.UTC(2021, 4, 1))]]).report.diagnostics[0];
    expect(d).toMatchObject({ code: "VALUE_DATE", cell: "D2", found: "01/05/2021", detail: "1,5" });
    expect(d?.message).toBe(
      "Cột Điểm đạt: ô chứa ngày 01/05/2021, không phải điểm — có lẽ đã gõ 1,5 vào ô định dạng ngày. Định dạng ô là Số (Number) rồi gõ lại điểm.",
    );
    const en = analyzeSheet([HEAD, ["1", "A", 1, new Date(Date.UTC(2021, 4, 1))]], { settings: { lang: "en" } }).report.diagnostics[0];
    expect(en?.message).toBe(
      "Achieved: the cell holds the date 01/05/2021, not points — probably 1,5 typed into a date-formatted cell. Format the cell as Number and type the points again.",
    );
  });
  it("reads a date Sheets hands over at midnight in Việt Nam (17:00 the day before in UTC) as that day", () => {
    const d = analyzeSheet([HEAD, ["1", "A", 1, new Date(Date.UTC(2024, 3, 30, 17))]]).report.diagnostics[0];
    expect(d).toMatchObject({ code: "VALUE_DATE", found: "01/05/2024", detail: "1,5" });
  });
  it("reads an Office.js serial under a date format as the date it shows, and never sums it", () => {
    const grid = [HEAD, ["1", "A", 3, null], ["1.1", "a", 1, 45413], ["1.2", "b", 2, 1]];
    const formats = [[], ["General", "General", "General", "General"], ["General", "General", "General", "dd/mm/yyyy"], ["General", "General", "General", "General"]];
    const { report } = analyzeSheet(grid, { numberFormats: formats });
    expect(report.diagnostics.find((x) => x.code === "VALUE_DATE")).toMatchObject({ cell: "D3", found: "01/05/2024", detail: "1,5" });
    expect(report.totals.achieved).toBe(1);
  });
  it("keeps a figure beyond any score out of every sum, with a finding at its cell", () => {
    for (const huge of [9e12, -9e12, 1e23, "9000000000000", 10000.001]) {
      const grid = [HEAD, ["1", "A", 3, 1], ["1.1", "a", 1, huge], ["1.2", "b", 2, 1]];
      const { report } = analyzeSheet(grid);
      const d = report.diagnostics.find((x) => x.code === "VALUE_IMPLAUSIBLE");
      expect(d).toMatchObject({ cell: "D3", severity: "error", criterion: "1.1" });
      expect(d?.message).toMatch(/vượt xa mọi mức điểm \(trên 10000 điểm\)/);
      expect(report.totals.achieved).toBe(1);
      expect(report.diagnostics.some((x) => x.code === "ROLLUP_MISMATCH")).toBe(false);
    }
    // 10 000 points itself is a figure
    expect(analyzeSheet([HEAD, ["1", "A", 10000, 10000]]).report.diagnostics).toEqual([]);
  });
  it("lets a section label head the criteria without an error; Roman areas with figures are areas", () => {
    const { report } = analyzeSheet([HEAD, ["I", "PHẦN TỰ CHẤM"], ["1", "A", 1, 1], ["II", "PHẦN KHÁC", 1, 1]]);
    expect(report.diagnostics).toEqual([]);
    expect(report.criteria.map((c) => [c.code, c.label, c.parent])).toEqual([["I", "I", null], ["I.1", "1", "I"], ["II", "II", null]]);
    expect(report.totals).toMatchObject({ max: 2, achieved: 2 });
  });
  it("leaves a lone section label over decimal codes out of the tree (the codes stay as typed)", () => {
    const { report } = analyzeSheet([HEAD, ["I", "PHẦN TỰ CHẤM"], ["1", "A", 2, 1], ["1.1", "B", 2, 1]]);
    expect(report.diagnostics).toEqual([]);
    expect(report.criteria.map((c) => c.code)).toEqual(["1", "1.1"]);
  });
  it("shows a 4-decimal figure with the reader's decimal comma", () => {
    const d = analyzeSheet([HEAD, ["1", "A", 1, 0.1234]]).report.diagnostics.find((x) => x.code === "PRECISION");
    expect(d?.message).toBe("Cột Điểm đạt: 0,1234 có quá 3 chữ số thập phân; đã làm tròn thành 0,123.");
  });
});

describe("columns the user chose", () => {
  const grid = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"], ["1", "A", 1, 1, 0.5]];
  it("are applied and reported as the user's choice", () => {
    const { report } = analyzeSheet(grid, { settings: { columns: { achieved: "D" } } });
    expect(report.overrides).toEqual({ achieved: "D" });
    expect(report.totals.achieved).toBe(1);
  });
  it("are set aside, with a warning, when empty or outside the table (a column inserted since)", () => {
    for (const letter of ["Z", "G"]) {
      const { report } = analyzeSheet(grid, { settings: { columns: { achieved: letter } } });
      expect(report.overrides).toEqual({});
      expect(report.columns.achieved).toBe("E");
      expect(report.diagnostics.map((d) => [d.code, d.message])).toEqual([
        ["COLUMN_OVERRIDE_IGNORED", `Đã chọn cột ${letter} cho “Điểm đạt” nhưng cột đó không có số điểm, đã dùng cho cột khác hoặc nằm ngoài bảng; dùng cột E như dòng tiêu đề cho thấy.`],
      ]);
    }
    const left = analyzeSheet(grid, { origin: { row: 4, col: 2 }, settings: { columns: { achieved: "A" } } }).report;
    expect(left.columns.achieved).toBe("G");
    expect(left.diagnostics[0]?.code).toBe("COLUMN_OVERRIDE_IGNORED");
  });
});
