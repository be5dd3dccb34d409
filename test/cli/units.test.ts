// `cchc units`: the acceptance example end to end, the sheets written, and the exit codes.
import { writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeSheet, consolidate, unitRecord } from "../../shared/index.js";
import { DON_VI, donViGrid } from "../fixtures/don-vi.js";
import { unitGrid, type UnitSpec } from "../fixtures/units.js";
import { cchc, open, save, saveText, sheet, tmp } from "./helpers.js";
import { csvText } from "./workbooks.js";
import { gridWorkbook } from "./units-workbooks.js";
import { unitsJson } from "../../cli/units.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

const ACCEPTANCE: (UnitSpec & { file: string })[] = [
  { file: "1-ttyt-dai-loc.xlsx", title: ["ĐƠN VỊ: TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", "NĂM 2024"], lost: { "2.2": 6.5, "2.1": 5 } },
  { file: "2-bv-da-khoa.xlsx", title: ["Đơn vị: Bệnh viện Đa khoa tỉnh", "Năm 2024"], lost: { "1.1": 5, "2.3": 3.75 } },
  { file: "3-cdc.xlsx", title: ["Tên đơn vị Trung tâm Kiểm soát bệnh tật", "Năm 2024"], lost: { "2.1": 10, "2.4": 1.5 } },
  { file: "4-ttyt-que-son.xlsx", title: ["Đơn vị: Trung tâm Y tế huyện Quế Sơn", "Năm 2024"], lost: { "1.1": 10, "1.2": 8.5, "2.1": 10 }, drop: ["2.5"] },
];

let t: Awaited<ReturnType<typeof tmp>>;
let dir: string;
beforeAll(async () => {
  t = await tmp();
  dir = t.path("don-vi");
  await import("node:fs/promises").then((fs) => fs.mkdir(dir));
  for (const u of ACCEPTANCE) await save(gridWorkbook([{ name: "Bảng điểm", grid: unitGrid(u) }]), `${dir}/${u.file}`);
  // a file staff renamed from a Word export: not a workbook at all
  await writeFile(`${dir}/5-hong.xlsx`, "<html>Báo cáo</html>");
});
afterAll(() => t.done());

describe("cchc units: the acceptance example", () => {
  it("ranks 1, 2, 2, 4 with classes A, B, B, C, names the unit lacking 2.5, lists the unreadable file, exits 1", async () => {
    const r = await cchc("units", dir, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.units.map((u: { unit: string; index: number; rank: number; grade: string }) => [u.unit, u.index, u.rank, u.grade])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", 91.25, 1, "A"],
      ["Trung tâm Kiểm soát bệnh tật", 88.5, 2, "B"],
      ["TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", 88.5, 2, "B"],
      ["Trung tâm Y tế huyện Quế Sơn", 70, 4, "C"],
    ]);
    expect(Object.keys(json.units[0])).toEqual(["unit", "file", "sheet", "max", "self", "achieved", "bonus", "penalty", "score", "index", "rank", "grade", "areas"]);
    expect(json.units[0].areas[0]).toEqual({ code: "1", name: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", max: 40, achieved: 35, index: 87.5 });
    const missing = json.diagnostics.find((d: { code: string }) => d.code === "UNIT_CRITERION_MISSING");
    expect(missing).toMatchObject({ unit: "Trung tâm Y tế huyện Quế Sơn", criterion: "2.5", sheet: "Bảng điểm" });
    expect(missing.file).toMatch(/4-ttyt-que-son\.xlsx$/);
    const bad = json.diagnostics.find((d: { code: string }) => d.code === "UNIT_UNREADABLE");
    expect(bad.file).toMatch(/5-hong\.xlsx$/);
    expect(bad.message).toContain("không phải là sổ tính .xlsx");
    expect(r.err).toBe("");
  });

  it("ranks no unit nobody has scored yet: it is named with its reason, the others consolidated, exit 1", async () => {
    const scored = ACCEPTANCE.slice(0, 2);
    const title = ["Đơn vị: Trung tâm Y tế huyện Duy Xuyên", "Năm 2024"];
    // the year's template, sent back before anyone scored it
    const blank = withAchievedBlank(unitGrid({ title }));
    const file = t.path("5-ttyt-duy-xuyen.xlsx");
    await save(gridWorkbook([{ name: "Bảng điểm", grid: blank }]), file);
    const r = await cchc("units", ...scored.map((u) => `${dir}/${u.file}`), file, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.units.map((u: { unit: string; rank: number }) => [u.unit, u.rank])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", 1],
      ["TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", 2],
    ]);
    const unscored = json.diagnostics.filter((d: { code: string }) => d.code === "UNIT_UNREADABLE");
    expect(unscored).toHaveLength(1);
    expect(unscored[0].file).toBe(file);
    expect(unscored[0].message).toContain("bảng chưa được chấm — cột Điểm đạt còn trống ở mọi tiêu chí thành phần.");
  });

  it("ranks densely with --rank dense: 1, 2, 2, 3", async () => {
    const r = await cchc("units", ...ACCEPTANCE.map((u) => `${dir}/${u.file}`), "--rank", "dense", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).units.map((u: { rank: number }) => u.rank)).toEqual([1, 2, 2, 3]);
  });

  it("prints a ranked table and the findings for a person", async () => {
    const r = await cchc("units", dir, "--lang", "en");
    expect(r.code).toBe(1);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("4 units consolidated · year 2024 · ranking: ties share a place (as in 1, 2, 2, 4)");
    expect(lines.find((l) => l.includes("Quế Sơn"))).toMatch(/^4\s+Trung tâm Y tế huyện Quế Sơn\s+66\.5\s+70\.00\s+C$/);
    expect(r.out).toContain("UNIT_CRITERION_MISSING");
    expect(r.out).toMatch(/Error\s+UNIT_UNREADABLE/);
  });
});

describe("cchc units -o: the two sheets", () => {
  it("writes Tổng hợp đơn vị (ranked, classes coloured, average row, A4 landscape) and So sánh tiêu chí", async () => {
    const out = t.path("tong-hop.xlsx");
    const r = await cchc("units", dir, "-o", out);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Đã ghi ${out}`);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp đơn vị", "So sánh tiêu chí"]);
    const ws = sheet(wb, "Tổng hợp đơn vị");
    expect(ws.getCell("A1").value).toBe("TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC ĐƠN VỊ");
    expect(ws.getCell("B5").value).toBe("Đơn vị");
    expect(ws.getCell("B6").value).toBe("Điểm tối đa");
    expect([7, 8, 9, 10].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 8).value, ws.getCell(r, 9).value, ws.getCell(r, 10).value])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", 91.25, 1, "A"],
      ["Trung tâm Kiểm soát bệnh tật", 88.5, 2, "B"],
      ["TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", 88.5, 2, "B"],
      ["Trung tâm Y tế huyện Quế Sơn", 70, 4, "C"],
    ]);
    expect(ws.getCell("B11").value).toBe("Trung bình");
    expect(ws.getCell("H7").numFmt).toBe("0.00");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf[0]?.ref).toBe("A7:N10");
    expect(cf[0]?.rules.map((x) => x.formulae[0])).toEqual(['$J7="A"', '$J7="B"', '$J7="C"', '$J7="D"']);

    const cmp = sheet(wb, "So sánh tiêu chí");
    expect(cmp.getRow(4).values).toEqual([undefined, "Mã (STT)", "Tiêu chí", "Điểm tối đa", "Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật", "TRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC", "Trung tâm Y tế huyện Quế Sơn", "Đơn vị thấp nhất", "Số đơn vị bị mất điểm"]);
    const row21 = cmp.getRow(9);
    expect(row21.getCell(1).value).toBe("2.1");
    expect([4, 5, 6, 7].map((c) => row21.getCell(c).value)).toEqual([20, 10, 15, 10]);
    expect([4, 5, 6, 7].map((c) => (row21.getCell(c).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null)).toEqual([null, "FFFFC7CE", null, "FFFFC7CE"]);
    expect(row21.getCell(8).value).toBe("Trung tâm Kiểm soát bệnh tật; Trung tâm Y tế huyện Quế Sơn");
    expect(row21.getCell(9).value).toBe(3);
    expect(cmp.getRow(13).getCell(7).value).toBeNull(); // Quế Sơn has no 2.5
  });

  it("one workbook with a sheet per unit: units named by their sheets, linked from both sheets, written into a copy", async () => {
    const file = t.path("so-y-te.xlsx");
    const sheets = [
      { name: "TTYT Duy Xuyên", grid: unitGrid({ title: ["KẾT QUẢ CHẤM ĐIỂM NĂM 2024"], lost: { "1.1": 2 } }) },
      { name: "TTYT Núi Thành", grid: unitGrid({ title: ["KẾT QUẢ CHẤM ĐIỂM NĂM 2024"], lost: { "2.2": 4 } }) },
      { name: "Ghi chú", grid: [["Các đơn vị gửi bảng trước 15/12"]] },
      // staff's own summary under our sheet's name: kept, ours goes beside it
      { name: "Tổng hợp đơn vị", grid: [["Bảng tổng hợp tự làm năm trước"]] },
    ];
    await save(gridWorkbook(sheets), file);
    const out = t.path("so-y-te.tong-hop.xlsx");
    const r = await cchc("units", file, "-o", out, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).units.map((u: { unit: string; rank: number }) => [u.unit, u.rank])).toEqual([["TTYT Duy Xuyên", 1], ["TTYT Núi Thành", 2]]);
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["TTYT Duy Xuyên", "TTYT Núi Thành", "Ghi chú", "Tổng hợp đơn vị", "Tổng hợp đơn vị (2)", "So sánh tiêu chí"]);
    expect(sheet(wb, "Tổng hợp đơn vị").getCell("A1").value).toBe("Bảng tổng hợp tự làm năm trước");
    expect(sheet(wb, "Tổng hợp đơn vị (2)").getCell("B7").value).toEqual({ formula: `HYPERLINK("#'TTYT Duy Xuyên'!A1","TTYT Duy Xuyên")`, result: "TTYT Duy Xuyên" });
    expect(sheet(wb, "So sánh tiêu chí").getCell("E4").value).toMatchObject({ formula: `HYPERLINK("#'TTYT Núi Thành'!A1","TTYT Núi Thành")` });
    // running again over the result consolidates the same two units: our own sheets are never read as units
    const again = await cchc("units", out, "--json");
    expect(JSON.parse(again.out).units).toHaveLength(2);
  });

  it("a consolidation written into the units' folder is passed over next time, not read as a unit", async () => {
    const out = `${dir}/tong-hop-2024.xlsx`;
    expect((await cchc("units", ...ACCEPTANCE.map((u) => `${dir}/${u.file}`), "-o", out)).code).toBe(0);
    const r = await cchc("units", dir, "--json", "-o", t.path("tong-hop-2025.xlsx"));
    const json = JSON.parse(r.out);
    expect(json.units).toHaveLength(4);
    expect(json.diagnostics.map((d: { code: string; file: string }) => [d.code, d.file.split("/").pop()])).toEqual([
      ["UNIT_UNREADABLE", "5-hong.xlsx"],
      ["UNIT_CRITERION_MISSING", "4-ttyt-que-son.xlsx"],
    ]);
    await import("node:fs/promises").then((fs) => fs.rm(out));
  });

  it("--template: trees are measured against the template's criteria", async () => {
    const template = t.path("mau.xlsx");
    await save(gridWorkbook([{ name: "Mẫu", grid: unitGrid({ title: ["BẢNG TIÊU CHÍ MẪU"], drop: ["2.5"] }) }]), template);
    const r = await cchc("units", `${dir}/2-bv-da-khoa.xlsx`, `${dir}/4-ttyt-que-son.xlsx`, "--template", template, "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out).diagnostics;
    expect(d.map((x: { code: string; unit: string; criterion: string }) => [x.code, x.unit, x.criterion])).toEqual([["UNIT_CRITERION_EXTRA", "Bệnh viện Đa khoa tỉnh", "2.5"]]);
    expect(d[0].message).toContain("not in the template");
  });
});

describe("cchc units: inputs", () => {
  it("a CSV saved from Excel is a unit like any workbook, named by its title", async () => {
    const csv = t.path("ttyt-nui-thanh.csv");
    await saveText(csvText(unitGrid({ title: ["Đơn vị: TTYT Núi Thành", "Năm 2024"], lost: { "2.2": 2.5 }, asText: true })), csv);
    const r = await cchc("units", `${dir}/2-bv-da-khoa.xlsx`, csv, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).units.map((u: { unit: string; index: number; rank: number }) => [u.unit, u.index, u.rank])).toEqual([
      ["TTYT Núi Thành", 97.5, 1],
      ["Bệnh viện Đa khoa tỉnh", 91.25, 2],
    ]);
  });
});

describe("cchc units: exit codes", () => {
  it("2 when no unit can be read, saying why for each input", async () => {
    const r = await cchc("units", `${dir}/5-hong.xlsx`, t.path("khong-co.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("5-hong.xlsx");
    expect(r.err).toContain("không tìm thấy tệp");
    expect(r.err).toContain("không đọc được đơn vị nào");
  });

  it("2 on a bad --rank, a non-.xlsx output, or an unreadable template", async () => {
    expect((await cchc("units", dir, "--rank", "olympic")).code).toBe(2);
    const out = await cchc("units", dir, "-o", t.path("x.csv"));
    expect([out.code, out.err]).toEqual([2, expect.stringContaining("phải có đuôi .xlsx")]);
    const tpl = await cchc("units", dir, "--template", t.path("none.xlsx"));
    expect([tpl.code, tpl.err]).toEqual([2, expect.stringContaining("không dùng được bảng mẫu")]);
  });
});

describe("samples/don-vi", () => {
  it("holds the four sample units samples/make-samples.ts writes, consolidated without errors", async () => {
    const r = await cchc("units", "samples/don-vi", "--json");
    expect(r.code).toBe(0);
    const expected = consolidate(
      [...DON_VI].sort((a, b) => a.file.localeCompare(b.file, "vi")).map((u) => {
        const grid = donViGrid(u);
        return unitRecord(analyzeSheet(grid, { sheet: u.sheet }), grid, { file: `samples/don-vi/${u.file}`, sheet: u.sheet, perSheet: false });
      }),
    );
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(unitsJson(expected))));
    expect(expected.diagnostics.map((d) => [d.code, d.criterion])).toEqual([["UNIT_CRITERION_MISSING", "1.10"]]);
  });
});
