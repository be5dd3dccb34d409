// cchc score: parents, total and change filled; everything else exactly as it was; findings linked; never over the input.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScore, SHEET_NAMES, type CellEdit, type Report } from "../../shared/index.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";
import { cchc, open, precedents, readSheet, save, saveText, sheet, tmp } from "./helpers.js";
import { cleanWorkbook, CRITERIA_SHEET, csvText, libreOfficeWorkbook, messyWorkbook } from "./workbooks.js";
import { romanBlankAreas } from "../fixtures/layouts.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

/** What the core asks to write for this file's criteria sheet. */
async function editsFor(file: string, flags: string[] = []): Promise<CellEdit[]> {
  const grid = readSheet(sheet(await open(file), CRITERIA_SHEET));
  return runScore({ name: CRITERIA_SHEET, ...grid }, { convertTextFigures: !flags.includes("--keep-text") }).edits;
}

/** Every cell (value and formula) of the criteria sheet outside `skip` is the same in both files. */
async function expectUntouched(input: string, output: string, skip: ReadonlySet<string>): Promise<void> {
  const a = readSheet(sheet(await open(input), CRITERIA_SHEET));
  const b = readSheet(sheet(await open(output), CRITERIA_SHEET));
  const rows = Math.max(a.values.length, b.values.length);
  const diffs: string[] = [];
  for (let r = 0; r < rows; r++) {
    const width = Math.max(a.values[r]?.length ?? 0, b.values[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
      if (skip.has(cell)) continue;
      const same = a.values[r]?.[c] === b.values[r]?.[c] && (a.formulas?.[r]?.[c] ?? "") === (b.formulas?.[r]?.[c] ?? "");
      if (!same) diffs.push(`${cell}: ${String(a.values[r]?.[c])} → ${String(b.values[r]?.[c])}`);
    }
  }
  expect(diffs).toEqual([]);
}

describe("score on a tidy sheet (numbers)", () => {
  let input: string;
  let output: string;
  let edits: CellEdit[];
  beforeAll(async () => {
    input = await save(cleanWorkbook(), t.path("clean.xlsx"));
    output = t.path("out/clean.cham-diem.xlsx");
    edits = await editsFor(input);
  });

  it("writes a copy; exit 0 as scoring fixed the three errors it found, listed as corrected", async () => {
    const r = await cchc("score", input, "-o", output);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("0 lỗi");
    expect(r.out).toMatch(/Đã sửa\s+ROLLUP_MISMATCH\s+D38\s+3\s+12,72 → 12,217/);
    expect(r.out).toContain("Sau khi tính điểm: không còn lỗi.");
    expect(r.out).toContain(output);
    expect(existsSync(output)).toBe(true);
  });

  it("parents, the total row and the change column hold SUM formulas carrying their results", async () => {
    const ws = sheet(await open(output), CRITERIA_SHEET);
    expect(edits.length).toBeGreaterThan(100);
    for (const e of edits) {
      const cell = ws.getCell(e.cell);
      expect(cell.formula, e.cell).toBe(e.formula?.slice(1));
      expect(cell.result, e.cell).toBe(e.value);
    }
    // area 3 (row 38): the hand-typed 12,72 becomes the sum of its sub-criteria
    expect(ws.getCell("D38").formula).toMatch(/^SUM\(/);
    expect(ws.getCell("D38").result).toBe(12.217);
    expect(ws.getCell("D110").result).toBe(51.077);
    expect(ws.getCell("F110").result).toBe(16.323);
  });

  it("leaves every other cell exactly as it was", async () => {
    await expectUntouched(input, output, new Set(edits.map((e) => e.cell)));
  });

  it("adds “Kiểm tra” whose rows link to the cells, and “Tổng hợp” per area and per owner", async () => {
    const wb = await open(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual([CRITERIA_SHEET, SHEET_NAMES.findings, SHEET_NAMES.summary]);
    const links: [string, unknown][] = [];
    sheet(wb, SHEET_NAMES.findings).eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) links.push([cell.formula, cell.result]);
      }),
    );
    const link = (cell: string): [string, string] => [`HYPERLINK("#'${CRITERIA_SHEET}'!${cell}","${cell}")`, cell];
    // the three findings scoring corrected, each linked to its cell (the Kiểm tra sheet lists them as corrected)
    expect(links.sort()).toEqual([link("D110"), link("D38"), link("F110"), link("F38")]);
    const summary = readSheet(sheet(wb, SHEET_NAMES.summary)).values.flat();
    expect(summary).toContain("CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG");
    expect(summary).toContain("Văn phòng Sở");
    expect(summary).toContain(72.45);
  });

  it("the scored copy checks clean and scoring it again replaces its sheets instead of adding more", async () => {
    const check = await cchc("check", output, "--json");
    expect(check.code).toBe(0);
    const report = JSON.parse(check.out) as Report;
    expect(report.diagnostics.filter((d) => d.code.endsWith("_MISMATCH"))).toEqual([]);
    expect(report.totals).toMatchObject({ max: 70.5, achieved: 51.077, target: 67.4, delta: 16.323, index: 72.45 });
    const again = t.path("out/clean.again.xlsx");
    expect((await cchc("score", output, "-o", again)).code).toBe(0);
    const wb = await open(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual([CRITERIA_SHEET, SHEET_NAMES.findings, SHEET_NAMES.summary]);
    expect(readSheet(sheet(wb, SHEET_NAMES.findings)).values.flat()).toContain("Không phát hiện lỗi.");
  });

  it("--values writes figures, no formulas", async () => {
    const out = t.path("out/clean.values.xlsx");
    expect((await cchc("score", input, "-o", out, "--values")).code).toBe(0);
    const ws = sheet(await open(out), CRITERIA_SHEET);
    expect(ws.getCell("D38").value).toBe(12.217);
    expect(ws.getCell("D110").value).toBe(51.077);
    expect(readSheet(ws).formulas).toBeUndefined();
  });
});

describe("score on the messy sheet (figures typed as text)", () => {
  it("by default turns text figures into the same numbers, so every parent holds a live SUM", async () => {
    const input = await save(messyWorkbook(), t.path("messy-convert.xlsx"));
    const output = t.path("messy-convert.cham-diem.xlsx");
    const before = readSheet(sheet(await open(input), CRITERIA_SHEET)).values;
    const r = await cchc("score", input, "-o", output);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã chuyển \d+ ô điểm lưu dạng văn bản thành số/);
    const ws = sheet(await open(output), CRITERIA_SHEET);
    const { values: after, formulas } = readSheet(ws);
    let converted = 0;
    before.forEach((line, row) =>
      line.forEach((v, col) => {
        // a leaf's typed figure (parents now hold formulas)
        if (typeof v !== "string" || !/^\d+(,\d{1,3})?$/.test(v) || col < 2 || formulas?.[row]?.[col]) return;
        const now = after[row]?.[col];
        if (typeof now !== "number") return;
        converted++;
        expect(now, `${row + 1}:${col + 1}`).toBe(Number(v.replace(",", ".")));
      }),
    );
    expect(converted).toBeGreaterThan(50);
    expect(ws.getCell("D48").formula).toMatch(/^SUM\(/);
    expect(ws.getCell("D48").result).toBe(12.217);
    const check = await cchc("check", output, "--json");
    expect((JSON.parse(check.out) as Report).diagnostics.map((d) => d.code)).not.toContain("NUMBER_AS_TEXT");
  });

  it("never writes a formula that reads a text figure (Excel would sum it as 0); leaves and header stay as typed", async () => {
    const input = await save(messyWorkbook(), t.path("messy.xlsx"));
    const output = t.path("messy.cham-diem.xlsx");
    const edits = await editsFor(input, ["--keep-text"]);
    const r = await cchc("score", input, "-o", output, "--keep-text");
    expect(r.code).toBe(0);
    const wb = await open(output);
    const ws = sheet(wb, CRITERIA_SHEET);
    const { values, formulas } = readSheet(ws);
    let asFormula = 0;
    for (const e of edits) {
      const cell = ws.getCell(e.cell);
      if (cell.formula) {
        asFormula++;
        expect(cell.result, e.cell).toBe(e.value);
        for (const p of precedents(cell.formula)) expect(typeof values[p.row]?.[p.col], `${e.cell} reads ${p.row + 1}`).not.toBe("string");
      } else expect(cell.value, e.cell).toBe(e.value);
    }
    expect(asFormula).toBeGreaterThan(0); // parents over whole numbers only keep their SUM
    expect(ws.getCell("D48").value).toBe(12.217); // area 3: its sub-criteria include "7,717" (text)
    expect(formulas).toBeDefined();
    await expectUntouched(input, output, new Set(edits.map((e) => e.cell)));
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    expect(merges).toEqual(expect.arrayContaining(["A5:A6", "E5:F5", "A1:H1"]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hướng dẫn", CRITERIA_SHEET, SHEET_NAMES.findings, SHEET_NAMES.summary]);
    const check = await cchc("check", output, "--json");
    expect((JSON.parse(check.out) as Report).diagnostics.filter((d) => d.code.endsWith("_MISMATCH"))).toEqual([]);
  });
});

describe("score on other shapes", () => {
  it("a LibreOffice save: parents get SUM formulas with results; same formulas are kept for Excel to recompute", async () => {
    const input = await save(libreOfficeWorkbook(), t.path("lo.xlsx"));
    const output = t.path("lo.cham-diem.xlsx");
    expect((await cchc("score", input, "-o", output)).code).toBe(0);
    const ws = sheet(await open(output), CRITERIA_SHEET);
    expect(ws.getCell("D2").formula).toMatch(/^SUM\(/);
    expect(ws.getCell("D2").result).toBe(6.18);
    expect(ws.getCell("D38").result).toBe(12.217);
    expect(ws.getCell("F3").formula).toBe("E3-D3");
  });

  it("a unit that typed its scores on the criteria, not the sub-criteria: every typed figure is still there after scoring", async () => {
    // seed 001 with the sub-criteria's achieved and change cells emptied: what is left typed sits on parents and the total
    const clean = seed001Clean();
    const parents = new Set(clean.map((r) => String(r[0])).filter((code, _, all) => code !== "" && all.some((c) => c.startsWith(`${code}.`))));
    const grid = clean.map((row, r) => (r === 0 || parents.has(String(row[0])) || row[0] === "" ? row : row.map((v, c) => (c === 3 || c === 5 ? null : v))));
    const input = await save(cleanWorkbook(grid), t.path("theo-tieu-chi.xlsx"));
    const output = t.path("theo-tieu-chi.cham-diem.xlsx");
    const r = await cchc("score", input, "-o", output);
    expect(r.out).toContain("SCORE_WITHOUT_PARTS");
    // only the max and target columns were summed: D and F exactly as typed
    await expectUntouched(input, output, new Set((await editsFor(input)).map((e) => e.cell)));
    expect((await editsFor(input)).every((e) => e.cell.startsWith("C") || e.cell.startsWith("E"))).toBe(true);
    const ws = sheet(await open(output), CRITERIA_SHEET);
    expect(ws.getCell("D38").value).toBe(12.72);
  });

  it("areas whose title is merged across the figure columns keep their title; the total is still right", async () => {
    const layout = romanBlankAreas("merged-titles");
    const wb = cleanWorkbook(layout.grid);
    const ws = sheet(wb, CRITERIA_SHEET);
    for (const [r1, c1, r2, c2] of layout.merges ?? []) ws.mergeCells(r1 + 1, c1 + 1, r2 + 1, c2 + 1);
    const input = await save(wb, t.path("gop-o.xlsx"));
    const output = t.path("gop-o.cham-diem.xlsx");
    expect((await cchc("score", input, "-o", output)).code).toBe(0);
    const out = sheet(await open(output), CRITERIA_SHEET);
    // exceljs writes any cell of a merged area into its first: a sum there would have replaced the title
    expect([out.getCell("B3").value, out.getCell("B13").value]).toEqual(["CẢI CÁCH TỔ CHỨC BỘ MÁY", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"]);
    expect([out.getCell("C17").value, out.getCell("D17").value, out.getCell("E17").value]).toEqual([5.5, 4.75, 4.25]);
  });

  it("a CSV gives an .xlsx copy; --in-place on a CSV is refused", async () => {
    const input = await saveText(csvText(), t.path("bang.csv"));
    const r = await cchc("score", input);
    expect(r.code).toBe(0);
    const wb = await open(t.path("bang.cham-diem.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["bang", SHEET_NAMES.findings, SHEET_NAMES.summary]);
    expect(sheet(wb, "bang").getCell("D48").result).toBe(12.217);
    const refused = await cchc("score", input, "--in-place");
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^cchc: .*bang\.csv.*\n$/);
  });
});

describe("a CSV has no types: its figures become numbers", () => {
  let input: string;
  beforeAll(async () => {
    // seed 001 as staff export it (";", decimal commas), with a word in a points cell and a year in the notes
    const grid = seed001Messy();
    const row = (code: string) => grid.find((r) => r[0] === code) as unknown[];
    row("7.2.1")[3] = "chưa chấm";
    row("7.2.1")[7] = "2020";
    input = await saveText(csvText(grid), t.path("figures.csv"));
  });

  it("check reports no NUMBER_AS_TEXT: a CSV cannot store a number as text", async () => {
    const report = JSON.parse((await cchc("check", input, "--json")).out) as Report;
    expect(report.diagnostics.map((d) => d.code)).not.toContain("NUMBER_AS_TEXT");
    expect(report.diagnostics.find((d) => d.code === "VALUE_NOT_NUMBER")).toMatchObject({ criterion: "7.2.1", found: "chưa chấm" });
    expect(report.totals).toMatchObject({ max: 70.5, target: 67.4 });
  });

  it("score writes figures as numbers Excel can SUM, parents as =SUM, and everything else as the text it was", async () => {
    const output = t.path("figures.cham-diem.xlsx");
    const r = await cchc("score", input, "-o", output);
    expect(r.err).toBe("");
    const ws = sheet(await open(output), "figures");
    const { values } = readSheet(ws);
    const rowOf = (code: string) => values.findIndex((line) => line[0] === code) + 1;
    // leaves: "0,5" and "1" as typed in the CSV are the numbers 0.5 and 1
    expect(ws.getCell(`C${rowOf("1.1.1")}`).value).toBe(0.5);
    expect(ws.getCell(`D${rowOf("1.1.2")}`).value).toBe(1);
    expect(ws.getCell(`E${rowOf("7.2.3")}`).value).toBe(0.5);
    expect(ws.getCell(`F${rowOf("7.2.3")}`).formula).toBe(`E${rowOf("7.2.3")}-D${rowOf("7.2.3")}`);
    // parents and the total row: SUM formulas, since every figure under them is a number now
    expect(ws.getCell(`D${rowOf("1")}`).formula).toMatch(/^SUM\(/);
    expect(ws.getCell(`C${rowOf("3")}`).formula).toMatch(/^SUM\(/);
    expect(ws.getCell(`C${rowOf("3")}`).result).toBe(15);
    const total = values.findIndex((line) => line[1] === "Tổng cộng") + 1;
    expect(ws.getCell(`C${total}`).formula).toMatch(/^SUM\(/);
    expect(ws.getCell(`C${total}`).result).toBe(70.5);
    // codes, names, notes, a word in a points cell, the header and the title stay text
    expect(values.map((line) => line[0])).toContain("1.10");
    expect(ws.getCell(`A${rowOf("1")}`).value).toBe("1");
    expect(ws.getCell(`D${rowOf("7.2.1")}`).value).toBe("chưa chấm");
    expect(ws.getCell(`H${rowOf("7.2.1")}`).value).toBe("2020");
    expect(ws.getCell("C5").value).toBe("Điểm tối\nđa");
    expect(readSheet(sheet(await open(output), SHEET_NAMES.findings)).values.flat()).not.toContain("NUMBER_AS_TEXT");
  });

  it("plan writes the criteria sheet with numbers too", async () => {
    const output = t.path("figures.ke-hoach.xlsx");
    expect((await cchc("plan", input, "-o", output)).err).toBe("");
    const ws = sheet(await open(output), "figures");
    const codes = readSheet(ws).values.map((line) => line[0]);
    expect(ws.getCell(`C${codes.indexOf("1.1.1") + 1}`).value).toBe(0.5);
    expect(ws.getCell(`D${codes.indexOf("3") + 1}`).value).toBe(12.72);
  });
});

describe("exit code of score", () => {
  it("is 1 when errors remain that scoring cannot fix (a duplicate code)", async () => {
    const grid = seed001Clean();
    (grid[grid.findIndex((r) => r[0] === "2.1.2")] as unknown[])[0] = "2.1.1";
    const r = await cchc("score", await save(cleanWorkbook(grid), t.path("dup.xlsx")), "-o", t.path("dup.out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("Sau khi tính điểm: còn 1 lỗi cần sửa tay");
  });
});

describe("never over the input unless --in-place", () => {
  it("refuses -o FILE, leaves it byte for byte, and overwrites only with --in-place", async () => {
    const input = await save(cleanWorkbook(), t.path("self.xlsx"));
    const before = await readFile(input);
    const refused = await cchc("score", input, "-o", input);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`cchc: không ghi đè lên tệp gốc “${input}”; chọn tệp khác với -o hoặc thêm --in-place.\n`);
    expect((await readFile(input)).equals(before)).toBe(true);

    const inPlace = await cchc("score", input, "--in-place");
    expect(inPlace.code).toBe(0);
    const wb = await open(input);
    expect(wb.worksheets.map((w) => w.name)).toContain(SHEET_NAMES.findings);
    expect(sheet(wb, CRITERIA_SHEET).getCell("D38").result).toBe(12.217);
    // no temporary file left behind
    const { readdir } = await import("node:fs/promises");
    expect((await readdir(t.dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("parts exceljs cannot keep", () => {
  it("warns when writing a copy of a workbook with charts, and refuses --in-place", async () => {
    // jszip comes with exceljs; it lets the test add the chart part a real workbook would have
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(await cleanWorkbook().xlsx.writeBuffer());
    zip.file("xl/charts/chart1.xml", '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    const input = t.path("chart.xlsx");
    await (await import("node:fs/promises")).writeFile(input, await zip.generateAsync({ type: "nodebuffer" }));
    const before = await readFile(input);

    const copy = await cchc("score", input, "-o", t.path("chart.out.xlsx"));
    expect(copy.code).toBe(0);
    expect(copy.err).toBe(`cchc: cảnh báo: “${input}” có biểu đồ; bản sao được ghi sẽ không còn những phần này.\n`);
    const refused = await cchc("score", input, "--in-place", "--lang", "en");
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`cchc: “${input}” has charts that cchc cannot keep when writing; use -o to write another file.\n`);
    expect((await readFile(input)).equals(before)).toBe(true);
  });
});
