// Which sheet cchc reads: the one with the most criteria rows, the others named; --sheet whatever the case,
// Unicode normalisation and outer spaces; hidden criterion rows reported; no index from a misread table.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed001Clean } from "../fixtures/seed001.js";
import { cchc, save, tmp } from "./helpers.js";
import { CRITERIA_SHEET, cleanWorkbook } from "./workbooks.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

const HEADER = ["STT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự chấm"];

/** An instructions sheet as provinces send it: a real header and one example row. */
function guide(rows = 1): unknown[][] {
  const example = [["1.1", "Ví dụ: Kế hoạch CCHC", 1.5, 1], ["1.1.1", "Ví dụ: Ban hành kế hoạch", 0.5, 0.5]].slice(0, rows);
  return [["HƯỚNG DẪN TỰ CHẤM ĐIỂM"], ["Ghi điểm vào cột D; không sửa cột C."], HEADER, ...example, [], ["Liên hệ: Văn phòng Sở, số máy lẻ 102"]];
}

/** Another province's real sheet: one area and 13 criteria (14 rows with codes), figures right. */
function fourteen(): unknown[][] {
  const rows: unknown[][] = [["BẢNG TỰ CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024"], [], HEADER];
  const leaves = Array.from({ length: 13 }, (_, i) => [`1.${i + 1}`, `Tiêu chí 1.${i + 1}`, i === 12 ? 1 : 0.5, i % 2 ? 0 : 0.5]);
  const max = leaves.reduce((s, r) => s + (r[2] as number), 0);
  const ach = leaves.reduce((s, r) => s + (r[3] as number), 0);
  rows.push(["1", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", max, ach], ...leaves, ["", "Tổng cộng", max, ach]);
  return rows;
}

function book(sheets: [string, unknown[][]][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of sheets) {
    const ws = wb.addWorksheet(name);
    grid.forEach((line, r) => line.forEach((v, c) => v !== "" && v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  return wb;
}

describe("which sheet", () => {
  it.each([
    ["instructions first", [["Hướng dẫn", guide()], ["Bảng chấm điểm", fourteen()]]],
    ["instructions with two example rows, first", [["Hướng dẫn", guide(2)], ["Bảng chấm điểm", fourteen()]]],
    ["instructions after, last year's copy before", [["Năm 2023", fourteen().slice(0, 10)], ["Bảng chấm điểm", fourteen()], ["Hướng dẫn", guide()]]],
  ] as [string, [string, unknown[][]][]][])("%s: the 14-criterion sheet is read and the others are named", async (label, sheets) => {
    const file = await save(book(sheets), t.path(`choice-${label.replace(/\W+/g, "_")}.xlsx`));
    const r = await cchc("check", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Trang tính: “Bảng chấm điểm”");
    expect(r.out).toContain("14 tiêu chí");
    expect(r.out).toMatch(/Trang khác cũng có bảng tiêu chí: .*“Hướng dẫn” \(\d tiêu chí\).*\(chọn bằng --sheet TÊN\)/);
    const json = JSON.parse((await cchc("check", file, "--json")).out);
    expect(json.sheet).toBe("Bảng chấm điểm");
    expect(json.otherSheets.map((o: { sheet: string }) => o.sheet)).toContain("Hướng dẫn");
  });

  it.each([["HƯỚNG DẪN"], [" hướng dẫn "], ["Hướng dẫn".normalize("NFD")]])("--sheet “%s” reads the instructions sheet anyway", async (name) => {
    const file = await save(book([["Hướng dẫn", guide()], ["Bảng chấm điểm", fourteen()]]), t.path("choice-named.xlsx"));
    const r = await cchc("check", file, "--sheet", name, "--json");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).sheet).toBe("Hướng dẫn");
  });
});

describe("hidden criterion rows", () => {
  it("are counted and reported at their row (check, score, JSON), in vi and en", async () => {
    const wb = cleanWorkbook();
    const ws = wb.getWorksheet(CRITERIA_SHEET)!;
    const grid = seed001Clean();
    const rows = ["1.3.2", "2.2.1"].map((code) => grid.findIndex((r) => r[0] === code) + 1);
    for (const r of rows) ws.getRow(r).hidden = true;
    const file = await save(wb, t.path("hidden.xlsx"));
    const plain = JSON.parse((await cchc("check", await save(cleanWorkbook(), t.path("shown.xlsx")), "--json")).out);
    const r = await cchc("check", file, "--json");
    const report = JSON.parse(r.out);
    const hidden = report.diagnostics.filter((d: { code: string }) => d.code === "HIDDEN_ROW");
    expect(hidden.map((d: { row: number; criterion: string }) => [d.row, d.criterion])).toEqual([
      [rows[0], "1.3.2"],
      [rows[1], "2.2.1"],
    ]);
    expect(report.totals).toEqual(plain.totals);
    const text = await cchc("check", file);
    expect(text.out).toMatch(new RegExp(`Cảnh báo\\s+HIDDEN_ROW\\s+A${rows[0]}\\s+1\\.3\\.2\\s+Dòng ${rows[0]} \\(tiêu chí 1\\.3\\.2\\) đang bị ẩn`));
    const en = await cchc("check", file, "--lang", "en");
    expect(en.out).toContain(`Row ${rows[0]} (criterion 1.3.2) is hidden but still counted`);
    const scored = await cchc("score", file, "-o", t.path("hidden.out.xlsx"));
    expect(scored.out).toContain("HIDDEN_ROW");
  });
});

describe("no index or class from figures that cannot be trusted", () => {
  it("the achieved column missing: the headline says why instead of “0% · D”", async () => {
    const grid = seed001Clean().map((row) => row.filter((_, c) => c !== 3));
    const r = await cchc("check", await save(cleanWorkbook(grid), t.path("no-achieved.xlsx")));
    expect(r.code).toBe(1);
    expect(r.out).toContain("Tổng: chưa tính được chỉ số và xếp loại — bảng thiếu cột bắt buộc");
    expect(r.out).not.toMatch(/chỉ số \d|xếp loại [A-D]\b/);
  });

  it("achieved above the maximum (percentages typed as points): no “8386,53% · A”", async () => {
    const grid = seed001Clean().map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 3 && typeof v === "number" ? v * 100 : v))));
    const r = await cchc("check", await save(cleanWorkbook(grid), t.path("above-max.xlsx")));
    expect(r.out).toContain("tổng điểm đạt lớn hơn tổng điểm tối đa");
    expect(r.out).not.toMatch(/chỉ số \d|xếp loại [A-D]\b/);
    const en = await cchc("check", t.path("above-max.xlsx"), "--lang", "en");
    expect(en.out).toContain("Total: no index or class — the achieved total exceeds the max total");
  });
});
