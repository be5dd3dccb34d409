// cchc on self-score / appraisal sheets: the final figure per criterion, bonus and penalty, the comparison sheet.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportSchema, type Report } from "../../shared/index.js";
import { cchc, open, readSheet, save, sheet, tmp } from "./helpers.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

const SHEET = "Tự đánh giá 2024";

/** A workbook as a unit sends it: a title above the header, parents with =SUM formulas and their results. */
function workbook(rows: unknown[][], sums: Record<string, string> = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024";
  rows.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      ws.getCell(r + 3, c + 1).value = v as ExcelJS.CellValue;
    }),
  );
  for (const [cell, formula] of Object.entries(sums)) {
    const c = ws.getCell(cell);
    c.value = { formula, result: c.value as number };
  }
  return wb;
}

async function json(file: string, ...args: string[]): Promise<{ code: number; report: Report }> {
  const r = await cchc("check", file, "--json", ...args);
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

describe("acceptance: self 8,5 of 10, final 7,5, bonus 0,5, penalty −0,25", () => {
  const rows = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm", "Phòng phụ trách"],
    ["1", "Công tác chỉ đạo, điều hành", 10, 8.5, 7.5, "", "Văn phòng"],
    ["1.1", "Kế hoạch CCHC năm", 4, 4, 3.5, "Ban hành chậm", ""],
    ["1.2", "Báo cáo định kỳ", 3, 2.5, 2, "Thiếu báo cáo quý III", "Thanh tra"],
    ["1.3", "Tuyên truyền CCHC", 3, 2, 2, "", ""],
    ["", "Điểm thưởng", null, 0.5, 0.5],
    ["", "Điểm trừ", null, -0.25, -0.25],
    ["", "Tổng cộng", 10, 8.5, 7.5],
  ];
  let file: string;
  beforeAll(async () => {
    file = await save(workbook(rows, { C4: "SUM(C5:C7)", D4: "SUM(D5:D7)", E4: "SUM(E5:E7)" }), t.path("vi-du-3.xlsx"));
  });

  it("check --json: totals.self, bonus, penalty, score, index and grade from the score; per criterion self/appraised/achieved/source", async () => {
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.totals).toMatchObject({ self: 8.5, achieved: 7.5, bonus: 0.5, penalty: 0.25, score: 7.75, index: 77.5, grade: "C" });
    expect(report.criteria.find((c) => c.code === "1.2")).toMatchObject({ self: 2.5, appraised: 2, achieved: 2, source: "E" });
    expect(report.rounds.map((r) => [r.column, r.kind, r.criteria])).toEqual([
      ["E", "round1", 3],
      ["D", "self", 0],
    ]);
    expect(report.diagnostics).toEqual([]);
  });

  it("check prints the self-score and the final score side by side", async () => {
    const r = await cchc("check", file);
    expect(r.out).toContain("Tự chấm 8,5 (chỉ số 85%) · sau thẩm định 7,5 · thưởng 0,5 · trừ 0,25 · tổng điểm 7,75 · chỉ số 77,5% · xếp loại C");
    expect(r.out).toContain("cột E (thẩm định lần 1) 3 tiêu chí");
  });

  it("score writes the comparison sheet: the criteria the appraisal lowered, per area, the totals", async () => {
    const out = t.path("vi-du-3.cham-diem.xlsx");
    const r = await cchc("score", file, "-o", out);
    expect(r.err).toBe("");
    const wb = await open(out);
    const grid = readSheet(sheet(wb, "Tự chấm - Thẩm định")).values;
    const text = (row: unknown[] | undefined) => (row ?? []).map((v) => (v === null || v === undefined ? "" : String(v)));
    const header = grid.findIndex((row) => row[1] === "Tiêu chí");
    expect(text(grid[header])).toEqual(["Mã (STT)", "Tiêu chí", "Điểm tự chấm", "Thẩm định lần 1", "Giải trình", "Thẩm định lần 2", "Điểm cuối cùng", "Chênh lệch", "Ý kiến thẩm định", "Phòng phụ trách"]);
    // 1.1 and 1.2 differ, 1.3 does not; the code links to the criterion's row
    expect(grid.slice(header + 1, header + 3).map((row) => [row[0], row[2], row[3], row[6], row[7], row[8], row[9]])).toEqual([
      ["1.1", 4, 3.5, 3.5, -0.5, "Ban hành chậm", "Văn phòng"],
      ["1.2", 2.5, 2, 2, -0.5, "Thiếu báo cáo quý III", "Thanh tra"],
    ]);
    expect(sheet(wb, "Tự chấm - Thẩm định").getCell(header + 2, 1).formula).toContain(`'${SHEET}'!A5`);
    const score = grid.find((row) => row[1] === "Tổng điểm");
    expect(score?.slice(2, 4)).toEqual([8.5, 7.75]);
    const grade = grid.find((row) => row[1] === "Xếp loại");
    expect(grade?.slice(2, 4)).toEqual(["B", "C"]);
    // Tổng hợp: self index and final index side by side
    const summary = readSheet(sheet(wb, "Tổng hợp")).values;
    expect(summary.find((row) => row[0] === "Chỉ số (%)")?.slice(1, 3)).toEqual([85, 77.5]);
    // printed like the other sheets: A4 landscape, one page wide
    const ws = sheet(wb, "Tự chấm - Thẩm định");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  });
});

describe("acceptance: 85,40 of 100, bonus 1,5 with cap 1, penalty typed 0,5", () => {
  it("scores 85,9, class B, one finding for the capped bonus", async () => {
    const file = await save(
      workbook([
        ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
        ["1", "Lĩnh vực 1", 50, 45.4],
        ["1.1", "Tiêu chí 1.1", 30, 25.4],
        ["1.2", "Tiêu chí 1.2", 20, 20],
        ["2", "Lĩnh vực 2", 50, 40],
        ["2.1", "Tiêu chí 2.1", 50, 40],
        ["III", "ĐIỂM THƯỞNG", 1, 1.5],
        ["IV", "ĐIỂM TRỪ", null, "0,5"],
        ["", "Tổng cộng", 100, 85.4],
      ]),
      t.path("vi-du-2.xlsx"),
    );
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.totals).toMatchObject({ achieved: 85.4, bonus: 1, penalty: 0.5, score: 85.9, index: 85.9, grade: "B" });
    expect(report.diagnostics.map((d) => [d.code, d.cell])).toEqual([["BONUS_OVER_CAP", "D9"]]);
  });
});

describe("acceptance: self 0,5 → round 1 0 → explanation → round 2 0,5", () => {
  it("gives 0,5 from round 2 and no lowering finding; the comparison lists the criterion", async () => {
    const file = await save(
      workbook([
        ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định lần 1", "Ý kiến thẩm định", "Ý kiến giải trình của đơn vị", "Điểm thẩm định lần 2", "Tài liệu kiểm chứng"],
        ["1", "Kế hoạch CCHC", 0.5, 0.5, 0, "thiếu quyết định ban hành kế hoạch", "Đã có Quyết định 35/QĐ-SYT", 0.5, "KH 117/KH-SYT"],
      ]),
      t.path("vi-du-1.xlsx"),
    );
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.criteria[0]).toMatchObject({ self: 0.5, appraised: 0.5, achieved: 0.5, source: "H" });
    expect(report.diagnostics).toEqual([]);
    const out = t.path("vi-du-1.out.xlsx");
    await cchc("score", file, "-o", out);
    const grid = readSheet(sheet(await open(out), "Tự chấm - Thẩm định")).values;
    const row = grid.find((r) => r[0] === "1");
    expect(row).toEqual(["1", "Kế hoạch CCHC", 0.5, 0, "Đã có Quyết định 35/QĐ-SYT", 0.5, 0.5, 0, "thiếu quyết định ban hành kế hoạch", null]);
  });
});

describe("an empty appraisal column never wins (self-assessment in progress)", () => {
  const rows = [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"],
    ["1", "Lĩnh vực 1", 3, null, null],
    ["1.1", "Tiêu chí 1.1", 1, 1, null],
    ["1.2", "Tiêu chí 1.2", 2, 1.5, null],
    ["", "Tổng cộng", null, null, null],
  ];
  let file: string;
  beforeAll(async () => {
    file = await save(workbook(rows), t.path("tu-cham.xlsx"));
  });
  it("scores the self-score and says the appraisal column is still empty", async () => {
    const { code, report } = await json(file);
    expect(code).toBe(0);
    expect(report.columns.achieved).toBe("D");
    expect(report.totals).toMatchObject({ achieved: 2.5, index: 83.33, grade: "B" });
    const r = await cchc("check", file);
    expect(r.out).toContain("cột E (thẩm định lần 1) còn trống");
  });
  it("score writes sums into the self-score column, none into the appraisal column", async () => {
    const out = t.path("tu-cham.out.xlsx");
    expect((await cchc("score", file, "-o", out)).code).toBe(0);
    const ws = sheet(await open(out), SHEET);
    expect(ws.getCell("D4").formula).toBe("SUM(D5:D6)");
    expect(ws.getCell("E4").value).toBeNull();
    expect(ws.getCell("E7").value).toBeNull();
  });
  it("plan lists only the criterion that lost points", async () => {
    const r = await cchc("plan", file, "-o", t.path("tu-cham.plan.xlsx"), "--json");
    const plan = (JSON.parse(r.out) as { plan: { code: string; achieved: number; lowered: boolean }[] }).plan;
    expect(plan.map((p) => [p.code, p.achieved, p.lowered])).toEqual([["1.2", 1.5, false]]);
  });
  it("--column achieved=E still forces one column once it holds figures", async () => {
    const partly = rows.map((r, i) => (i === 2 ? [...r.slice(0, 4), 0.5] : r));
    const f = await save(workbook(partly), t.path("mot-phan.xlsx"));
    expect((await json(f)).report.totals.achieved).toBe(2);
    const forced = await json(f, "--column", "achieved=E");
    expect(forced.report.columns.achieved).toBe("E");
    expect(forced.report.totals.achieved).toBe(0.5);
  });
});

describe("the plan marks criteria the appraisal lowered", () => {
  it("uses the final figure and says 'bị hạ khi thẩm định'", async () => {
    const file = await save(
      workbook([
        ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Ý kiến thẩm định"],
        ["1", "Tiêu chí một", 2, 2, 1, "Thiếu minh chứng"],
        ["2", "Tiêu chí hai", 2, 1.5, 1.5, ""],
      ]),
      t.path("ha-diem.xlsx"),
    );
    const out = t.path("ha-diem.plan.xlsx");
    const r = await cchc("plan", file, "-o", out, "--json");
    const plan = (JSON.parse(r.out) as { plan: { code: string; achieved: number; self: number; lowered: boolean }[] }).plan;
    expect(plan.map((p) => [p.code, p.self, p.achieved, p.lowered])).toEqual([
      ["1", 2, 1, true],
      ["2", 1.5, 1.5, false],
    ]);
    const grid = readSheet(sheet(await open(out), "Kế hoạch khắc phục")).values;
    const statusCol = (grid.find((row) => row.includes("Tình trạng theo điểm")) ?? []).indexOf("Tình trạng theo điểm");
    const statuses = grid.map((row) => row[statusCol]).filter((v) => typeof v === "string" && v.startsWith("Cần"));
    expect(statuses).toEqual(["Cần khắc phục · bị hạ khi thẩm định", "Cần khắc phục"]);
  });
});

describe("the comparison sheet is ours by its mark", () => {
  it("never replaces a user's sheet of the same name, and a second score replaces only ours", async () => {
    const wb = workbook([
      ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"],
      ["1", "Tiêu chí một", 2, 2, 1],
      ["2", "Tiêu chí hai", 2, 1.5, 1.5],
    ]);
    const mine = wb.addWorksheet("TỰ CHẤM - THẨM ĐỊNH");
    mine.getCell("A1").value = "Ghi chép riêng của phòng";
    const file = await save(wb, t.path("trung-ten.xlsx"));
    const once = t.path("trung-ten.1.xlsx");
    const r = await cchc("score", file, "-o", once);
    expect(r.code).toBe(0);
    const first = await open(once);
    expect(sheet(first, "TỰ CHẤM - THẨM ĐỊNH").getCell("A1").value).toBe("Ghi chép riêng của phòng");
    const ours = "Tự chấm - Thẩm định (2)";
    expect(readSheet(sheet(first, ours)).values.some((row) => row[0] === "1")).toBe(true);
    const twice = t.path("trung-ten.2.xlsx");
    await cchc("score", once, "-o", twice);
    const second = await open(twice);
    expect(second.worksheets.map((w) => w.name).filter((n) => /thẩm định/i.test(n)).sort()).toEqual(["TỰ CHẤM - THẨM ĐỊNH", ours].sort());
    expect(sheet(second, "TỰ CHẤM - THẨM ĐỊNH").getCell("A1").value).toBe("Ghi chép riêng của phòng");
  });
});
