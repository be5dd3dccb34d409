import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { ReportSchema } from "../../shared/report-schema.js";
import { orderRounds, roundWord } from "../../shared/rounds.js";
import { roleOf } from "../../shared/header.js";
import { scoreEdits } from "../../shared/writeback.js";
import { scoredNotice } from "../../shared/notices.js";

const codes = (grid: unknown[][], settings = {}) => analyzeSheet(grid, { settings }).report.diagnostics.map((d) => d.code);

describe("the rounds a header names", () => {
  it("reads self-score, round 1, round 2 and a plain achieved column from the words staff type", () => {
    expect(roundWord("Điểm tự chấm")).toBe("self");
    expect(roundWord("Điểm tự đánh giá")).toBe("self");
    expect(roundWord("Điểm TĐG")).toBe("self");
    expect(roundWord("Điểm thẩm định")).toBe("round1");
    expect(roundWord("Điểm thẩm định lần 1")).toBe("round1");
    expect(roundWord("Điểm thẩm định lần 2")).toBe("round2");
    expect(roundWord("Điểm sau giải trình")).toBe("round2");
    expect(roundWord("Điểm Hội đồng thẩm định")).toBe("round2");
    expect(roundWord("Điểm đạt được")).toBe("plain");
  });
  it("gives the explanation and the council's note their own roles, never a points column", () => {
    for (const h of ["Giải trình", "Ý kiến giải trình của đơn vị", "Nội dung giải trình"]) expect([h, roleOf(h)]).toEqual([h, "explanation"]);
    for (const h of ["Ý kiến thẩm định", "Lý do trừ điểm", "Nhận xét", "Ý kiến của Hội đồng", "Ý kiến Hội đồng thẩm định"]) {
      expect([h, roleOf(h)]).toEqual([h, "appraisalNote"]);
    }
    for (const h of ["Điểm thẩm định lần 2", "Điểm sau giải trình", "Điểm Hội đồng thẩm định", "Điểm TĐG", "Điểm tự đánh giá"]) {
      expect([h, roleOf(h)]).toEqual([h, "achieved"]);
    }
  });
  it("orders the columns latest first; a lone council column is the appraisal's first round", () => {
    const h = ["", "", "", "Điểm tự chấm", "Điểm thẩm định lần 1", "Điểm thẩm định lần 2"];
    expect(orderRounds([3, 4, 5], h).map((r) => [r.col, r.kind])).toEqual([[5, "round2"], [4, "round1"], [3, "self"]]);
    const council = ["", "", "", "Điểm tự đánh giá", "Điểm Hội đồng thẩm định"];
    expect(orderRounds([3, 4], council).map((r) => r.kind)).toEqual(["round1", "self"]);
    // beside a self-score, a plain "Điểm đạt" is last year's result and takes no part
    const lastYear = ["", "", "", "Điểm đạt năm 2023", "Điểm tự chấm"];
    expect(orderRounds([3, 4], lastYear).map((r) => r.col)).toEqual([4]);
  });
});

const HEAD = ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định lần 1", "Ý kiến thẩm định", "Giải trình", "Điểm thẩm định lần 2", "Tài liệu kiểm chứng"];

describe("acceptance: self 0,5 → round 1 0 → explanation → round 2 0,5", () => {
  const grid = [
    HEAD,
    ["1", "Công tác chỉ đạo, điều hành CCHC", 0.5, 0.5, 0, "thiếu quyết định ban hành kế hoạch", "Đã bổ sung Quyết định 12/QĐ-SYT", 0.5, "KH 117/KH-SYT"],
  ];
  it("gives the final 0,5 from round 2, with no lowering finding", () => {
    const { report } = analyzeSheet(grid);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.criteria[0]).toMatchObject({ code: "1", self: 0.5, appraised: 0.5, achieved: 0.5, source: "H" });
    expect(report.columns.achieved).toBe("H");
    expect(report.totals).toMatchObject({ achieved: 0.5, self: 0.5, score: 0.5, index: 100, grade: "A", bonus: null, penalty: null });
    expect(report.diagnostics).toEqual([]);
  });
  it("before round 2 (blank), the round-1 figure counts and the council's note is there: no lowering finding", () => {
    const before = grid.map((r, i) => (i === 1 ? [...r.slice(0, 7), null, r[8]] : r));
    const { report } = analyzeSheet(before);
    expect(report.criteria[0]).toMatchObject({ achieved: 0, appraised: 0, source: "E" });
    expect(report.totals).toMatchObject({ score: 0, index: 0, grade: "D" });
    expect(report.diagnostics).toEqual([]);
  });
  it("asks for the council's reason and the unit's explanation while round 2 is still to come", () => {
    const pending = grid.map((r, i) => (i === 1 ? [r[0], r[1], r[2], r[3], r[4], "", "", null, r[8]] : r));
    const d = analyzeSheet(pending).report.diagnostics;
    expect(d.map((x) => [x.code, x.cell])).toEqual([
      ["APPRAISAL_LOWERED_NO_NOTE", "F2"],
      ["EXPLANATION_PENDING", "G2"],
    ]);
    expect(d[0]?.message).toBe("Thẩm định hạ điểm từ 0,5 (tự chấm) xuống 0 nhưng chưa ghi lý do (ý kiến thẩm định).");
    expect(analyzeSheet(pending, { settings: { lang: "en" } }).report.diagnostics[1]?.message).toBe(
      "Appraisal round 1 lowered the score from 0.5 to 0; the unit has not explained and there is no round 2 yet.",
    );
  });
});

describe("acceptance: self 8,5 of 10, final 7,5, bonus 0,5, penalty −0,25", () => {
  const grid = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm"],
    ["1", "Công tác chỉ đạo", 10, 8.5, 7.5, ""],
    ["1.1", "Kế hoạch CCHC", 4, 4, 3.5, "Ban hành chậm"],
    ["1.2", "Báo cáo định kỳ", 3, 2.5, 2, "Thiếu báo cáo quý III"],
    ["1.3", "Tuyên truyền", 3, 2, 2, ""],
    ["", "Điểm thưởng", null, 0.5, 0.5],
    ["", "Điểm trừ", null, -0.25, -0.25],
    ["", "Tổng cộng", 10, 8.5, 7.5],
  ];
  it("scores 7,75, index 77,5, class C, self index 85 beside it", () => {
    const { report } = analyzeSheet(grid);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.totals).toMatchObject({
      max: 10,
      self: 8.5,
      achieved: 7.5,
      bonus: 0.5,
      penalty: 0.25,
      score: 7.75,
      index: 77.5,
      grade: "C",
      selfIndex: 85,
      selfGrade: "B",
    });
    // a penalty typed negative is not an error, and bonus/penalty rows are not criteria
    expect(report.diagnostics).toEqual([]);
    expect(report.counts.criteria).toBe(4);
    expect(report.adjustments.map((a) => [a.kind, a.row, a.counted])).toEqual([
      ["bonus", 6, 0.5],
      ["penalty", 7, 0.25],
    ]);
    expect(report.areas[0]).toMatchObject({ self: 8.5, achieved: 7.5 });
    expect(report.criteria.find((c) => c.code === "1.2")).toMatchObject({ self: 2.5, appraised: 2, achieved: 2, source: "E" });
  });
  it("says the score and the self-score when Tính điểm is done", () => {
    const { report } = analyzeSheet(grid);
    expect(scoredNotice(report, 0, "vi")).toContain("Đã tính điểm: 7,5/10 điểm + thưởng 0,5 − trừ 0,25 = 7,75, chỉ số 77,5 (C); tự chấm 8,5, chỉ số 85.");
    expect(scoredNotice(report, 0, "en")).toContain("Scored: 7.5/10 points + bonus 0.5 − penalty 0.25 = 7.75, index 77.5 (C); self-score 8.5, index 85.");
  });
  it("reads the same penalty typed as 0,25 text", () => {
    const typed = grid.map((r, i) => (i === 6 ? ["", "Điểm trừ", null, "0,25", "0,25"] : r));
    expect(analyzeSheet(typed).report.totals).toMatchObject({ penalty: 0.25, score: 7.75, index: 77.5 });
  });
});

describe("an empty appraisal column never wins", () => {
  const grid = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"],
    ["1", "Lĩnh vực 1", 3, 2.5, null],
    ["1.1", "Tiêu chí 1.1", 1, 1, null],
    ["1.2", "Tiêu chí 1.2", 2, 1.5, null],
    ["", "Tổng cộng", 3, 2.5, null],
  ];
  it("scores the self-score while the appraisal is still blank", () => {
    const { report } = analyzeSheet(grid);
    expect(report.columns.achieved).toBe("D");
    expect(report.totals).toMatchObject({ achieved: 2.5, index: 83.33, grade: "B" });
    expect(report.counts.weak).toBe(1);
    expect(report.rounds).toEqual([
      { column: "E", kind: "round1", header: "Điểm thẩm định", filled: false, criteria: 0 },
      { column: "D", kind: "self", header: "Điểm tự chấm", filled: true, criteria: 2 },
    ]);
    expect(report.diagnostics).toEqual([]);
  });
  it("also when =SUM formulas over the blanks (0) or a template's zeros fill it", () => {
    const zeros = grid.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), 0]));
    expect(analyzeSheet(zeros).report.columns.achieved).toBe("D");
  });
  it("writes no sums into the empty appraisal column", () => {
    const analysis = analyzeSheet(grid);
    expect(scoreEdits(analysis).filter((e) => e.col === 4)).toEqual([]);
  });
  it("a forced column still counts alone (--column achieved=E), once it holds figures", () => {
    const partly = grid.map((r, i) => (i === 2 ? [...r.slice(0, 4), 0.5] : r));
    const { report } = analyzeSheet(partly, { settings: { columns: { achieved: "E" } } });
    expect(report.columns.achieved).toBe("E");
    expect(report.overrides).toEqual({ achieved: "E" });
    expect(report.totals.achieved).toBe(0.5);
    expect(report.rounds.map((r) => r.column)).toEqual(["E"]);
    expect(report.diagnostics.filter((d) => d.code === "SCORE_MISSING").map((d) => d.cell)).toEqual(["E4"]);
    // without the choice, 1.2 keeps its self-score
    expect(analyzeSheet(partly).report.totals.achieved).toBe(2);
  });
});

describe("each criterion's final figure is the latest round that has one", () => {
  const grid = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm TĐG", "Điểm thẩm định lần 1", "Ý kiến giải trình của đơn vị", "Điểm sau giải trình", "Nhận xét"],
    ["1", "Lĩnh vực", 6, null, null, "", null, ""],
    ["1.1", "A", 2, 2, 1, "Đã bổ sung", 2, "Chấp nhận giải trình"],
    ["1.2", "B", 2, 2, 1.5, "", null, "Thiếu minh chứng"],
    ["1.3", "C", 2, 1, null, "", null, ""],
  ];
  it("takes round 2, round 1 or the self-score per criterion and counts where each came from", () => {
    const { report } = analyzeSheet(grid);
    expect(report.criteria.filter((c) => c.leaf).map((c) => [c.code, c.achieved, c.source])).toEqual([
      ["1.1", 2, "G"],
      ["1.2", 1.5, "E"],
      ["1.3", 1, "D"],
    ]);
    expect(report.rounds.map((r) => [r.column, r.kind, r.criteria])).toEqual([
      ["G", "round2", 1],
      ["E", "round1", 1],
      ["D", "self", 1],
    ]);
    expect(report.totals).toMatchObject({ self: 5, achieved: 4.5, score: 4.5, index: 75 });
    // 1.2 lowered in round 1 with the council's note but no explanation, round 2 not held for it
    // 1.2 lowered in round 1 with the council's note but no explanation, and round 2 not held for it
    // (no evidence column: nothing to say about evidence)
    expect(report.diagnostics.map((d) => [d.code, d.cell])).toEqual([["EXPLANATION_PENDING", "F4"]]);
  });
  it("reports a round above the max and a self-score with neither evidence nor explanation", () => {
    const g = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Giải trình", "Tài liệu kiểm chứng"],
      ["1", "A", 1, 1.5, 1, "", "QĐ 12"],
      ["2", "B", 1, 1, 1, "", ""],
      ["3", "C", 1, 1, 1, "Văn bản đang trình ký", ""],
    ];
    const d = analyzeSheet(g).report.diagnostics;
    expect(d.map((x) => [x.code, x.cell])).toEqual([
      ["ROUND_EXCEEDS_MAX", "D2"],
      ["EXPLANATION_PENDING", "F2"],
      ["SELF_SCORE_UNSUPPORTED", "G3"],
    ]);
    expect(d[0]?.message).toBe("Cột “Điểm tự chấm”: 1,5 vượt điểm tối đa 1.");
  });
  it("reports an unreadable round cell at its address and leaves the criterion unscored there", () => {
    const g = grid.map((r, i) => (i === 3 ? [...r.slice(0, 4), "#N/A", ...r.slice(5)] : r));
    const { report } = analyzeSheet(g);
    expect(report.diagnostics.map((x) => [x.code, x.cell])).toContainEqual(["CELL_ERROR", "E4"]);
    expect(report.criteria.find((c) => c.code === "1.2")).toMatchObject({ achieved: 0, source: null });
  });
  it("keeps one column's figures for sheets with a single achieved column (seed-like)", () => {
    const g = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
      ["1", "A", 2, 1.5],
    ];
    const { report } = analyzeSheet(g);
    expect(report.criteria[0]).toMatchObject({ achieved: 1.5, self: null, appraised: null, source: "D" });
    expect(report.totals).toMatchObject({ self: null, selfIndex: null, score: 1.5, index: 75 });
    expect(codes(g)).toEqual([]);
  });
});

describe("parents in every round's column add up", () => {
  it("reports a self-score parent that disagrees with its sub-criteria, at its own cell, once", () => {
    const grid = [
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"],
      ["1", "Lĩnh vực", 4, 4, 3],
      ["1.1", "Tiêu chí", 4, 3.5, 3],
      ["1.1.1", "a", 2, 2, 1.5],
      ["1.1.2", "b", 2, 1.5, 1.5],
    ];
    const d = analyzeSheet(grid).report.diagnostics;
    expect(d.map((x) => [x.code, x.cell, x.found, x.expected])).toEqual([["ROLLUP_MISMATCH", "D2", 4, 3.5]]);
    // a sub-criterion typed wrong is reported there, not again on every ancestor that follows it
    const wrongBelow = grid.map((r, i) => (i === 2 ? ["1.1", "Tiêu chí", 4, 3, 3] : i === 1 ? ["1", "Lĩnh vực", 4, 3, 3] : r));
    expect(analyzeSheet(wrongBelow).report.diagnostics.map((x) => [x.code, x.cell])).toEqual([["ROLLUP_MISMATCH", "D3"]]);
  });
});

describe("rounds under a group title over several header rows", () => {
  const head = [
    ["STT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm đánh giá", null, "Ghi chú"],
    [null, null, null, "Năm 2024", null, null],
    [null, null, null, "Tự chấm", "Thẩm định", null],
  ];
  const body = (appraisal: (number | null)[]) => [
    ["I", "PHẦN I. CÔNG TÁC CHỈ ĐẠO", 3, null, null, ""],
    ["1", "Kế hoạch CCHC", 1, 1, appraisal[0], ""],
    ["2", "Báo cáo", 2, 1.5, appraisal[1], ""],
  ];
  it("reads self-score and appraisal from the group, and the appraisal once it has figures", () => {
    const { report } = analyzeSheet([...head, ...body([1, 1])]);
    expect(report.rounds.map((r) => [r.column, r.kind, r.filled])).toEqual([
      ["E", "round1", true],
      ["D", "self", true],
    ]);
    expect(report.totals).toMatchObject({ self: 2.5, achieved: 2, score: 2 });
  });
  it("keeps the self-score while the appraisal under the group is blank", () => {
    const { report } = analyzeSheet([...head, ...body([null, null])]);
    expect(report.columns.achieved).toBe("D");
    expect(report.totals).toMatchObject({ achieved: 2.5, index: 83.33 });
    expect(report.diagnostics).toEqual([]);
  });
});

describe("a round 2 held for some criteria only", () => {
  const grid = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định lần 1", "Ý kiến giải trình của đơn vị", "Điểm thẩm định lần 2"],
    ["1", "Lĩnh vực", 6, 5.5, 4, "", 5],
    ["1.1", "A", 2, 2, 1, "Đã bổ sung quyết định", 2],
    ["1.2", "B", 2, 2, 1.5, "Đang trình ký", null],
    ["1.3", "C", 2, 1.5, 1.5, "", null],
    ["", "Tổng cộng", 6, 5.5, 4, "", 5],
  ];
  it("takes the parent's and the total's final sums as right, and writes no partial sum over them", () => {
    const analysis = analyzeSheet(grid);
    expect(analysis.report.totals).toMatchObject({ self: 5.5, achieved: 5, score: 5 });
    expect(analysis.report.diagnostics).toEqual([]);
    expect(scoreEdits(analysis).filter((e) => e.col === 6)).toEqual([]);
  });
  it("still reports a parent that is neither the column's sum nor the final sum", () => {
    const wrong = grid.map((r, i) => (i === 1 ? [...r.slice(0, 6), 7] : r));
    expect(analyzeSheet(wrong).report.diagnostics.map((d) => [d.code, d.cell])).toEqual([["ROLLUP_MISMATCH", "G2"]]);
  });
});
