import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { consolidate } from "../../shared/consolidate.js";
import { comparisonTable, unitsTable } from "../../shared/units-tables.js";
import { unitRecord, type UnitRecord } from "../../shared/units.js";
import { runUnits } from "../../shared/units-command.js";
import { unitGrid, type UnitSpec } from "../fixtures/units.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

function unit(spec: UnitSpec, file = "", sheet = "Sheet1", perSheet = false): UnitRecord {
  const grid = unitGrid(spec);
  return unitRecord(analyzeSheet(grid, { sheet }), grid, { file, sheet, perSheet });
}

/** The acceptance example: 91,25 / 88,50 / 88,50 / 70,00, the last one without criterion 2.5. */
export const ACCEPTANCE: UnitSpec[] = [
  { title: ["SỞ Y TẾ TỈNH QUẢNG NAM", "ĐƠN VỊ: TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", "BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024"], lost: { "2.2": 6.5, "2.1": 5 } },
  { title: ["Đơn vị: Bệnh viện Đa khoa tỉnh", "Năm 2024"], lost: { "1.1": 5, "2.3": 3.75 } },
  { title: ["Tên đơn vị Trung tâm Kiểm soát bệnh tật", "Năm 2024"], lost: { "2.1": 10, "2.4": 1.5 } },
  { title: ["ĐƠN VỊ:", "Năm 2024"], lost: { "1.1": 10, "1.2": 8.5, "2.1": 10 }, drop: ["2.5"] },
];

describe("consolidate: the acceptance example", () => {
  const records = ACCEPTANCE.map((s, i) => unit(s, `don-vi-${i + 1}.xlsx`));
  const c = consolidate(records, { unreadable: [{ file: "hong.xlsx", sheet: "", reason: "không phải là sổ tính .xlsx" }] });

  it("ranks 91,25 / 88,50 / 88,50 / 70,00 as 1, 2, 2, 4 with classes A, B, B, C", () => {
    expect(c.units.map((u) => u.index)).toEqual([91.25, 88.5, 88.5, 70]);
    expect(c.units.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
    expect(c.units.map((u) => u.grade)).toEqual(["A", "B", "B", "C"]);
  });

  it("ranks densely on request: 1, 2, 2, 3", () => {
    expect(consolidate(records, { rank: "dense" }).units.map((u) => u.rank)).toEqual([1, 2, 2, 3]);
  });

  it("names units from their title rows, else the file", () => {
    expect(c.units.map((u) => u.unit)).toEqual(["Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật", "TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", "don-vi-4"]);
    expect(c.units[0]?.nameFrom).toBe("title");
    expect(c.units[0]?.nameCell).toBe("A1");
    expect(c.units[3]?.nameFrom).toBe("file");
    expect(c.year).toBe(2024);
  });

  it("finds the unit lacking criterion 2.5, naming it and the code", () => {
    const missing = c.diagnostics.filter((d) => d.code === "UNIT_CRITERION_MISSING");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ unit: "don-vi-4", file: "don-vi-4.xlsx", criterion: "2.5", expected: 5, severity: "warning", reference: "majority" });
    expect(missing[0]?.message).toContain("2.5");
    expect(missing[0]?.message).toContain("don-vi-4");
  });

  it("lists the unreadable input with its reason and still consolidates the four others", () => {
    expect(c.units).toHaveLength(4);
    const bad = c.diagnostics.find((d) => d.code === "UNIT_UNREADABLE");
    expect(bad).toMatchObject({ severity: "error", file: "hong.xlsx", unit: "hong" });
    expect(bad?.message).toContain("không phải là sổ tính .xlsx");
  });

  it("averages every column exactly and keeps per-area figures", () => {
    expect(c.average?.achieved).toBe(83.688); // (91,25 + 88,5 + 88,5 + 66,5) / 4 = 83,6875
    expect(c.average?.index).toBe(84.56); // (91,25 + 88,5 + 88,5 + 70) / 4 = 84,5625
    expect(c.areas.map((a) => [a.code, a.max])).toEqual([["1", 40], ["2", 60]]);
    expect(c.units[0]?.byArea.map((a) => a?.index)).toEqual([87.5, 93.75]);
    expect(c.units[3]?.byArea[1]).toMatchObject({ max: 55, achieved: 45 });
  });

  it("compares each criterion across units: the weakest unit(s) and how many lose points", () => {
    const row = (code: string) => c.comparison.find((r) => r.code === code);
    expect(row("2.1")?.achieved).toEqual([20, 10, 15, 10]);
    expect(row("2.1")?.weakest).toEqual([1, 3]);
    expect(row("2.1")?.losing).toBe(3);
    expect(row("2.5")?.achieved).toEqual([5, 5, 5, null]);
    expect(row("2.5")?.losing).toBe(0);
    expect(row("2.5")?.weakest).toEqual([]);
    const table = comparisonTable(c, "vi");
    expect(table.grid[table.headerRow]).toEqual(["Mã (STT)", "Tiêu chí", "Điểm tối đa", ...c.units.map((u) => u.unit), "Đơn vị thấp nhất", "Số đơn vị bị mất điểm"]);
    const r21 = table.grid.findIndex((r) => r[0] === "2.1");
    expect(table.grid[r21]?.slice(-2)).toEqual(["Trung tâm Kiểm soát bệnh tật; don-vi-4", 3]);
    expect(table.weakest.filter((w) => w.row === r21).map((w) => w.col)).toEqual([4, 6]);
  });

  it("lays out the consolidated sheet: maxima row, units in rank order, the average row, the findings", () => {
    const t = unitsTable(c, "vi", new Date(Date.UTC(2025, 0, 15)));
    expect(t.grid[1]).toEqual(["Năm 2024"]);
    expect(String(t.grid[2]?.[0])).toContain("Ngày lập: 15/01/2025");
    expect(t.grid[t.headerRow]?.slice(0, 10)).toEqual(["STT", "Đơn vị", "Tự chấm", "Điểm cuối cùng (thẩm định)", "Thưởng", "Trừ", "Tổng điểm", "Chỉ số (%)", "Xếp hạng", "Xếp loại"]);
    expect(t.grid[t.headerRow]?.slice(10)).toEqual([
      "1. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH — Điểm", "1. %", "2. CẢI CÁCH THỦ TỤC HÀNH CHÍNH — Điểm", "2. %",
    ]);
    expect(t.grid[t.maxRow]).toEqual(["", "Điểm tối đa", 100, 100, null, null, 100, 100, null, null, 40, 100, 60, 100]);
    expect(t.grid[t.firstUnitRow]).toEqual([1, "Bệnh viện Đa khoa tỉnh", null, 91.25, null, null, 91.25, 91.25, 1, "A", 35, 87.5, 56.25, 93.75]);
    expect(t.grid[t.averageRow]?.slice(0, 10)).toEqual(["", "Trung bình", null, 83.688, null, null, 83.688, 84.56, null, "B"]);
    expect(t.units.map((u) => u.band)).toEqual([0, 1, 1, 2]);
    expect(t.grid[t.findingsHeaderRow]).toEqual(["Mức độ", "Đơn vị", "Nội dung"]);
    expect(t.grid[t.findingsHeaderRow + 1]).toEqual(["Lỗi", "hong", "Không tổng hợp được “hong”: không phải là sổ tính .xlsx (hong.xlsx)"]);
    expect(t.indexChart).toMatchObject({ col: 1, rows: 5, cols: 5 });
    expect(t.grid[(t.indexChart?.row ?? 0) + 1]).toEqual(["", "Bệnh viện Đa khoa tỉnh", 91.25, 90, 80, 70]);
  });
});

describe("consolidate: checks across units", () => {
  const base = { title: ["Năm 2024"] };

  it("measures trees against the --template when given: extra criteria and different maxima by code", () => {
    const template = unit({ ...base, drop: ["2.5"] });
    const wider = unit({ title: ["Đơn vị: TTYT Thăng Bình"] });
    const other = unit({ title: ["Đơn vị: TTYT Duy Xuyên"], tree: [["1", "A", 0], ["1.1", "x", 25], ["1.2", "y", 20], ["2", "B", 0], ["2.1", "z", 20], ["2.2", "w", 15], ["2.3", "v", 10], ["2.4", "u", 10]] });
    const c = consolidate([wider, other], { template, lang: "en" });
    expect(c.reference).toMatchObject({ kind: "template" });
    const codes = c.diagnostics.map((d) => [d.code, d.unit, d.criterion, d.cell]);
    expect(codes).toEqual([
      ["UNIT_CRITERION_EXTRA", "TTYT Thăng Bình", "2.5", "A12"],
      ["UNIT_MAX_DIFFERS", "TTYT Duy Xuyên", "1.1", "C5"],
    ]);
    expect(c.diagnostics[1]?.message).toBe("Unit “TTYT Duy Xuyên”, criterion 1.1: max 25, 20 in the template.");
    // a criterion only some units have still gets its comparison row, marked
    expect(c.comparison.at(-1)).toMatchObject({ code: "2.5", extra: true, achieved: [null, 5] });
  });

  it("names a missing area once, not each of its criteria", () => {
    const c = consolidate([unit(base, "a.xlsx"), unit(base, "b.xlsx"), unit({ ...base, drop: ["2"] }, "c.xlsx")]);
    expect(c.diagnostics.map((d) => [d.code, d.criterion])).toEqual([["UNIT_CRITERION_MISSING", "2"]]);
  });

  it("finds areas whose maxima do not add up to the declared total (99,55 against 100)", () => {
    const tree = SMALLER.map(([c, n, m]) => [c, n, c === "2.5" ? 4.55 : m] as [string, string, number]);
    const c = consolidate([unit({ title: ["Đơn vị: BV Mắt"], tree, declaredTotal: 100 })]);
    const d = c.diagnostics.find((x) => x.code === "UNIT_AREAS_TOTAL");
    expect(d).toMatchObject({ severity: "error", found: 99.55, expected: 100, cell: "C13" });
    expect(d?.message).toBe("Đơn vị “BV Mắt”: điểm tối đa các lĩnh vực cộng lại được 99,55, dòng Tổng cộng ghi 100.");
  });

  it("keeps both inputs naming the same unit, with a finding", () => {
    const a = unit({ title: ["Đơn vị: Bệnh viện Y học cổ truyền"] }, "a.xlsx");
    const b = unit({ title: ["ĐƠN VỊ: BỆNH VIỆN Y HỌC CỔ TRUYỀN"] }, "b.xlsx");
    const c = consolidate([a, b]);
    expect(c.units).toHaveLength(2);
    expect(c.diagnostics).toMatchObject([{ code: "UNIT_NAME_DUPLICATE", file: "b.xlsx", detail: "a.xlsx › Sheet1", severity: "warning" }]);
  });

  it("says when a unit's own sheet has errors (its figures are taken as written)", () => {
    const grid = unitGrid({ title: ["Đơn vị: TTYT Núi Thành"] });
    (grid[5] as unknown[])[3] = 25; // 1.1 achieved above its max of 20
    const r = unitRecord(analyzeSheet(grid), grid, { file: "x.xlsx", sheet: "S", perSheet: false });
    const c = consolidate([r]);
    expect(c.diagnostics.map((d) => d.code)).toContain("UNIT_SHEET_ERRORS");
  });

  it("names units by sheet when a workbook holds one sheet per unit, and reads self/bonus/penalty when the report has them", () => {
    const grid = unitGrid({ title: ["Năm 2024"] });
    const analysis = analyzeSheet(grid, { sheet: "TTYT Tiên Phước" });
    Object.assign(analysis.report.totals, { self: 98, bonus: 1.5, penalty: 0.25, score: 101.25 });
    const r = unitRecord(analysis, grid, { file: "so-y-te.xlsx", sheet: "TTYT Tiên Phước", perSheet: true });
    expect(r).toMatchObject({ unit: "TTYT Tiên Phước", nameFrom: "sheet", self: 98, bonus: 1.5, penalty: 0.25, score: 101.25, achieved: 100 });
  });

  it("leaves a unit without an index unranked, last", () => {
    const empty = unit({ title: ["Đơn vị: Trạm Y tế"], tree: [["1", "A", 0], ["1.1", "x", 0]] });
    const c = consolidate([empty, unit(base)]);
    expect(c.units.map((u) => [u.rank, u.grade])).toEqual([[1, "A"], [null, ""]]);
  });
});

const SMALLER: [string, string, number][] = [
  ["1", "A", 0], ["1.1", "a", 20], ["1.2", "b", 20], ["2", "B", 0], ["2.1", "c", 20], ["2.2", "d", 15], ["2.3", "e", 10], ["2.4", "f", 10], ["2.5", "g", 5],
];

describe("runUnits: the hosts' command over every sheet of a workbook", () => {
  const sheets = [
    { name: "Hướng dẫn", values: [["Các đơn vị gửi bảng trước 15/12"]] },
    { name: "BVĐK", values: unitGrid({ title: ["ĐƠN VỊ: BỆNH VIỆN ĐA KHOA TỈNH"], lost: { "1.1": 5 } }) },
    { name: "TTYT", values: unitGrid({ title: ["Năm 2024"], lost: { "2.1": 10 } }) },
    // a table whose max column was deleted: a unit that cannot be read, with the reason
    { name: "CDC", values: [["Đơn vị: CDC"], [], ["STT", "Tiêu chí", "Điểm đạt"], ["1", "A", 10], ["1.1", "a", 10]] },
    { name: "Tổng hợp đơn vị", own: "units" as const, values: unitGrid({ title: ["ĐƠN VỊ: không phải đơn vị"] }) },
  ];

  it("takes criteria sheets as units, never ours; a sheet without the max column is unreadable with its reason", () => {
    const r = runUnits(sheets, { lang: "vi" }, {}, { at: "2025-01-15T00:00:00.000Z" });
    expect(r?.consolidation.units.map((u) => [u.unit, u.sheet, u.rank])).toEqual([["BỆNH VIỆN ĐA KHOA TỈNH", "BVĐK", 1], ["TTYT", "TTYT", 2]]);
    const bad = r?.consolidation.diagnostics.find((d) => d.code === "UNIT_UNREADABLE");
    expect(bad).toMatchObject({ sheet: "CDC", file: "" });
    expect(bad?.message).toContain("Điểm tối đa");
    // undo removes the two sheets this run creates
    expect(r?.snapshot).toMatchObject({ action: "units", sheet: "BVĐK", sheets: [{ name: "Tổng hợp đơn vị", kind: "units", existed: false }, { name: "So sánh tiêu chí", kind: "comparison", existed: false }] });
    expect(r?.units.grid[2]?.[0]).toContain("Ngày lập: 15/01/2025");
  });

  it("ranks no sheet nobody has scored yet: it is listed with its reason, in English too", () => {
    const title = ["ĐƠN VỊ: TRUNG TÂM Y TẾ HUYỆN THĂNG BÌNH"];
    const template = withAchievedBlank(unitGrid({ title }));
    const r = runUnits([...sheets.slice(1, 3), { name: "TTYT Thăng Bình", values: template }], { lang: "en" });
    expect(r?.consolidation.units.map((u) => u.sheet)).toEqual(["BVĐK", "TTYT"]);
    const unscored = r?.consolidation.diagnostics.filter((d) => d.code === "UNIT_UNREADABLE");
    expect(unscored).toHaveLength(1);
    expect(unscored?.[0]).toMatchObject({ sheet: "TTYT Thăng Bình", severity: "error" });
    expect(unscored?.[0]?.message).toContain("the sheet has not been scored — the Achieved column is blank for every sub-criterion.");
  });

  it("ranks no unit whose totals are no result: scores typed on the areas only, or an achieved column above the maximum", () => {
    // area 1's score typed on the area row, its criteria left blank; area 2 scored in full
    const byArea = unitGrid({ title: ["ĐƠN VỊ: TTYT NÚI THÀNH"] }).map((row) => (/^1\./.test(String(row[0])) ? row.map((v, c) => (c === 3 ? null : v)) : row));
    // percentages typed where points belong: every figure a hundred times too big
    const percents = unitGrid({ title: ["ĐƠN VỊ: TTYT TIÊN PHƯỚC"] }).map((row, r) => (r > 3 && typeof row[3] === "number" ? row.map((v, c) => (c === 3 ? (v as number) * 100 : v)) : row));
    const r = runUnits([...sheets.slice(1, 3), { name: "Núi Thành", values: byArea }, { name: "Tiên Phước", values: percents }], { lang: "vi" });
    expect(r?.consolidation.units.map((u) => u.sheet)).toEqual(["BVĐK", "TTYT"]);
    const reasons = Object.fromEntries((r?.consolidation.diagnostics ?? []).filter((d) => d.code === "UNIT_UNREADABLE").map((d) => [d.sheet, d.message]));
    expect(reasons["Núi Thành"]).toContain("có điểm chỉ ghi ở tiêu chí cha");
    expect(reasons["Tiên Phước"]).toContain("tổng điểm đạt lớn hơn tổng điểm tối đa");
  });

  it("answers null when no sheet holds a criteria table, and uses the thresholds of the settings", () => {
    expect(runUnits([sheets[0] as (typeof sheets)[number]])).toBeNull();
    const r = runUnits(sheets.slice(1, 3), { thresholds: [{ min: 92, label: "Tốt" }, { min: 0, label: "Khá" }] });
    expect(r?.consolidation.units.map((u) => u.grade)).toEqual(["Tốt", "Khá"]);
  });
});
