// Exit 0 no errors, 1 errors found, 2 unusable input — with one clear line on stderr, never a stack trace.
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed001Clean } from "../fixtures/seed001.js";
import { cchc, save, saveText, tmp } from "./helpers.js";
import { cleanWorkbook, messyWorkbook } from "./workbooks.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

/** seed 001 with area 3 and the total row corrected: no errors left. */
function correctedGrid(): unknown[][] {
  const grid = seed001Clean();
  for (const row of grid) {
    if (row[0] === "3") {
      row[3] = 12.217;
      row[5] = 1.783;
    }
    if (row[1] === "Tổng cộng") {
      row[3] = 51.077;
      row[5] = 16.323;
    }
  }
  return grid;
}

const oneLine = (err: string) => {
  expect(err).toMatch(/^cchc: [^\n]+\n$/);
  expect(err).not.toMatch(/\bat .+:\d+/);
};

describe("exit codes", () => {
  it("0 when the sheet has no errors", async () => {
    const file = await save(cleanWorkbook(correctedGrid()), t.path("ok.corrected.xlsx"));
    const r = await cchc("check", file);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("0 lỗi");
  });

  it("1 when it has errors, with the findings as a readable Vietnamese table", async () => {
    const file = await save(messyWorkbook(), t.path("error.seed001.xlsx"));
    const r = await cchc("check", file);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Trang tính: “Bảng tiêu chí 2021” (dòng tiêu đề 5)");
    expect(r.out).toMatch(/Lỗi\s+ROLLUP_MISMATCH\s+D48\s+3\s+Điểm đạt ghi 12,72 nhưng tổng các tiêu chí con là 12,217\./);
    expect(r.out).toContain("Tổng: tối đa 70,5 · đạt 51,077 · mục tiêu 67,4 · tăng/giảm 16,323 · chỉ số 72,45% · xếp loại C");
    const en = await cchc("check", file, "--lang", "en");
    expect(en.out).toMatch(/Error\s+ROLLUP_MISMATCH\s+D48\s+3\s+Achieved is written as 12.72 but its sub-criteria add up to 12.217\./);
  });

  it("1 for a duplicate code", async () => {
    const grid = seed001Clean();
    const dup = grid.findIndex((r) => r[0] === "2.1.2");
    (grid[dup] as unknown[])[0] = "2.1.1";
    const file = await save(cleanWorkbook(grid), t.path("error.duplicate-code.xlsx"));
    const r = await cchc("check", file, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).diagnostics.map((d: { code: string }) => d.code)).toContain("CODE_DUPLICATE");
  });

  it("2 for a missing file", async () => {
    const r = await cchc("check", t.path("khong-co.xlsx"));
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("không tìm thấy tệp");
    expect(r.out).toBe("");
    const en = await cchc("check", t.path("khong-co.xlsx"), "--lang", "en");
    expect(en.err).toBe(`cchc: file “${t.path("khong-co.xlsx")}” not found.\n`);
  });

  it("2 for a file that is not a workbook, or a broken one, or an old .xls", async () => {
    const text = await saveText("not a spreadsheet at all", t.path("error.not-a-workbook.xlsx"));
    const broken = t.path("error.broken.xlsx");
    await writeFile(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    const xls = t.path("error.old.xls");
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    for (const [file, words] of [
      [text, "không phải là sổ tính"],
      [broken, "không phải là sổ tính"],
      [xls, ".xls cũ"],
    ] as const) {
      const r = await cchc("check", file);
      expect(r.code, file).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain(words);
    }
  });

  it("2 when no sheet has a criteria header, or --sheet names a sheet that is not there", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chép").getCell("A1").value = "Danh sách cán bộ";
    const file = await save(wb, t.path("error.no-criteria-sheet.xlsx"));
    const r = await cchc("check", file);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("không tìm thấy bảng tiêu chí");
    const named = await cchc("check", await save(messyWorkbook(), t.path("messy.xlsx")), "--sheet", "Sheet9");
    expect(named.code).toBe(2);
    expect(named.err).toBe(`cchc: “${t.path("messy.xlsx")}” không có trang tính “Sheet9”.\n`);
    const intro = await cchc("check", t.path("messy.xlsx"), "--sheet", "Hướng dẫn");
    expect(intro.code).toBe(2);
    oneLine(intro.err);
  });

  it("2 for a CSV that is not UTF-8", async () => {
    const file = t.path("error.latin1.csv");
    await writeFile(file, Buffer.from("STT;Ti\xeau ch\xed;\xd0i\xeam t\xf4i \xf0a\r\n", "latin1"));
    const r = await cchc("check", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("CSV UTF-8");
  });

  it("2 for --column pointing beyond the last column of the sheet, instead of reading nothing there", async () => {
    const file = await save(cleanWorkbook(), t.path("cols.xlsx"));
    const r = await cchc("check", file, "--column", "achieved=ZZZ");
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("achieved=ZZZ");
    expect(r.out).toBe("");
    const en = await cchc("score", file, "--column=achieved=I", "--lang", "en", "-o", t.path("cols.out.xlsx"));
    expect(en.code).toBe(2);
    expect(en.err).toBe(`cchc: --column achieved=I: column I is outside the table; sheet “Bảng tiêu chí 2021” of “${file}” only has data up to column H.\n`);
    // the last column of the table is still a column
    expect((await cchc("check", file, "--column", "note=H")).code).toBe(1);
    const csv = await saveText("STT;Tiêu chí;Điểm tối đa;Điểm đạt\n1;A;1;1\n", t.path("cols.csv"));
    expect((await cchc("check", csv, "--column", "achieved=E")).code).toBe(2);
    expect((await cchc("check", csv, "--column", "achieved=D")).code).toBe(0);
  });

  it("2 for a bad command line, with the way to the help", async () => {
    for (const args of [["frobnicate", "x.xlsx"], ["check", "--bogus", "x.xlsx"], ["check"], ["check", "x.xlsx", "--sheet"], ["check", "x", "--column", "achieved"], ["check", "x", "--lang", "fr"]]) {
      const r = await cchc(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(/^cchc: .+\nGõ “cchc --help”/);
    }
    expect((await cchc()).code).toBe(2);
  });

  it("batch: every file is processed, the worst exit wins, --json gives one array", async () => {
    const ok = await save(cleanWorkbook(correctedGrid()), t.path("b1.xlsx"));
    const bad = await save(cleanWorkbook(), t.path("b2.xlsx"));
    const r = await cchc("check", ok, bad, "--json");
    expect(r.code).toBe(1);
    const all = JSON.parse(r.out) as { file: string; counts: { errors: number } }[];
    expect(all.map((x) => [x.file, x.counts.errors])).toEqual([
      [ok, 0],
      [bad, 3],
    ]);
    const withMissing = await cchc("check", ok, t.path("nope.xlsx"), bad);
    expect(withMissing.code).toBe(2);
    expect(withMissing.out.match(/^Tệp: /gm)).toHaveLength(2);
    oneLine(withMissing.err);
  });

  it("batch score writes into the -o folder; progress goes to stderr only on a terminal", async () => {
    const a = await save(cleanWorkbook(), t.path("c1.xlsx"));
    const b = await save(cleanWorkbook(), t.path("c2.xlsx"));
    const r = await cchc("score", a, b, "-o", t.path("ra"));
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain(t.path("ra/c1.cham-diem.xlsx"));
    expect(r.out).toContain(t.path("ra/c2.cham-diem.xlsx"));
    const { main } = await import("../../cli/main.js");
    let err = "";
    await main(["check", a, b], { out: () => {}, err: (s) => void (err += s), tty: true });
    expect(err).toContain("[2/2]");
  });
});

describe("help", () => {
  it("is Vietnamese by default and English with --lang en", async () => {
    const vi = await cchc("--help");
    expect(vi.code).toBe(0);
    expect(vi.out).toContain("Cách dùng:");
    expect(vi.out).toContain("cchc check TỆP");
    const en = await cchc("--help", "--lang", "en");
    expect(en.out).toContain("Usage:");
    expect((await cchc("score", "-h")).out).toContain("Cách dùng:");
  });
});
