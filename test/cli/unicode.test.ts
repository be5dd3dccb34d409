// Workbooks typed in TCVN3 / VNI: read as Unicode everywhere, converted for good with --to-unicode.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Report } from "../../shared/index.js";
import { ENCODINGS, LEGACY_VARIANTS, typedIn } from "../fixtures/legacy.js";
import { cchc, open, readSheet, save, sheet, tmp } from "./helpers.js";
import { CAPITALS_TITLE_ROW, legacyWorkbook } from "./legacy-workbooks.js";
import { CRITERIA_SHEET, csvText, messyGrid, messyWorkbook } from "./workbooks.js";
import { seed001Legacy } from "../fixtures/legacy.js";
import { saveText } from "./helpers.js";

let t: Awaited<ReturnType<typeof tmp>>;
let unicodeFile: string;
let unicodeReport: Report;
beforeAll(async () => {
  t = await tmp();
  unicodeFile = await save(messyWorkbook(), t.path("unicode.xlsx"));
  unicodeReport = JSON.parse((await cchc("check", unicodeFile, "--json")).out) as Report;
});
afterAll(() => t.done());

/** Text cells, not figures typed as text ("15,5"), which score rewrites as numbers. */
const words = (v: unknown): v is string => typeof v === "string" && /[^\d,.\s-]/.test(v);
const MOJIBAKE = /[§ª«¬®¸µ¶·¹»¼½¾\u00ad]|ieâ|oø|aø|Ñ/;

describe.each(ENCODINGS)("%s workbooks", (encoding) => {
  describe.each(LEGACY_VARIANTS)("text in the legacy encoding: %s", (variant) => {
    let input: string;
    beforeAll(async () => {
      input = await save(legacyWorkbook(encoding, variant), t.path(`${encoding}-${variant}.xlsx`));
    });

    it("check: the same figures and findings as the Unicode sheet, names in Unicode, the encoding said once", async () => {
      const r = await cchc("check", input, "--json");
      expect(r.code).toBe(1);
      const report = JSON.parse(r.out) as Report;
      expect(report.totals).toEqual(unicodeReport.totals);
      expect(report.diagnostics.filter((d) => d.code !== "LEGACY_ENCODING")).toEqual(unicodeReport.diagnostics);
      expect(report.diagnostics.filter((d) => d.code === "LEGACY_ENCODING").map((d) => d.found)).toEqual([encoding]);
      expect(report.owners.map((o) => o.owner)).toEqual(unicodeReport.owners.map((o) => o.owner));
      expect(JSON.stringify(report.criteria)).not.toMatch(MOJIBAKE);
    });

    it("score without --to-unicode: Unicode in Kiểm tra and Tổng hợp, the criteria text left as typed", async () => {
      const out = t.path(`out/${encoding}-${variant}.plain.xlsx`);
      const r = await cchc("score", input, "-o", out);
      expect(r.err).toBe("");
      expect(r.out).toContain("bảng mã cũ");
      const wb = await open(out);
      for (const name of ["Kiểm tra", "Tổng hợp"]) expect(JSON.stringify(readSheet(sheet(wb, name)).values)).not.toMatch(MOJIBAKE);
      expect(JSON.stringify(readSheet(sheet(wb, "Tổng hợp")).values)).toContain("Văn phòng Sở");
      const before = readSheet(sheet(await open(input), CRITERIA_SHEET)).values;
      const after = readSheet(sheet(wb, CRITERIA_SHEET)).values;
      before.forEach((line, r) => line.forEach((v, c) => words(v) && expect(after[r]?.[c], `${r}:${c}`).toBe(v)));
    });

    it("score --to-unicode: every legacy cell in Unicode and Times New Roman, figures as for the Unicode sheet, input untouched", async () => {
      const bytes = await readFile(input);
      const out = t.path(`out/${encoding}-${variant}.unicode.xlsx`);
      const r = await cchc("score", input, "--to-unicode", "-o", out);
      expect(r.err).toBe("");
      expect(r.out).toMatch(new RegExp(`Đã chuyển \\d+ ô chữ ${encoding} sang Unicode`));
      expect(await readFile(input)).toEqual(bytes);
      const wb = await open(out);
      const ws = sheet(wb, CRITERIA_SHEET);
      const plain = messyGrid();
      const converted = readSheet(ws).values;
      const source = readSheet(sheet(await open(input), CRITERIA_SHEET)).values;
      plain.forEach((line, r) =>
        line.forEach((v, c) => {
          if (!words(v)) return;
          const wasLegacy = source[r]?.[c] !== v;
          // the .VnTimeH title was typed small; its font drew capitals, and capitals it stays
          const expected = wasLegacy ? (r === CAPITALS_TITLE_ROW && encoding === "TCVN3" ? v : typedIn(encoding, v)) : v;
          expect(converted[r]?.[c], `${r}:${c}`).toBe(expected);
          if (wasLegacy) expect(ws.getCell(r + 1, c + 1).font?.name).toBe("Times New Roman");
        }),
      );
      const check = JSON.parse((await cchc("check", out, "--json")).out) as Report;
      expect(check.diagnostics.some((d) => d.code === "LEGACY_ENCODING")).toBe(false);
      expect(check.totals).toEqual(JSON.parse((await cchc("check", await save(messyWorkbook(), t.path(`u-${encoding}-${variant}.xlsx`)), "--json")).out).totals);
    });

    it("plan --to-unicode: the plan in Unicode", async () => {
      const out = t.path(`out/${encoding}-${variant}.plan.xlsx`);
      const r = await cchc("plan", input, "--to-unicode", "-o", out);
      expect(r.code).toBe(1);
      const plan = JSON.stringify(readSheet(sheet(await open(out), "Kế hoạch khắc phục")).values);
      expect(plan).not.toMatch(MOJIBAKE);
      expect(plan).toContain("Văn phòng Sở");
    });
  });
});

describe("a CSV saved from a TCVN3 workbook (the same characters, in UTF-8)", () => {
  it("checks like the Unicode CSV, names in Unicode", async () => {
    const legacy = await saveText(csvText(seed001Legacy("TCVN3", "whole")), t.path("tcvn3.csv"));
    const plain = await saveText(csvText(), t.path("plain.csv"));
    const a = JSON.parse((await cchc("check", legacy, "--json")).out) as Report;
    const b = JSON.parse((await cchc("check", plain, "--json")).out) as Report;
    expect(a.totals).toEqual(b.totals);
    expect(a.owners.map((o) => o.owner)).toEqual(b.owners.map((o) => o.owner));
    expect(a.diagnostics.filter((d) => d.code === "LEGACY_ENCODING").map((d) => d.found)).toEqual(["TCVN3"]);
  });
});

describe("--to-unicode elsewhere", () => {
  it("check refuses it (it writes nothing), exit 2 in one line", async () => {
    const r = await cchc("check", unicodeFile, "--to-unicode");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--to-unicode chỉ dùng với score hoặc plan");
  });

  it("a Unicode sheet: says nothing was converted and writes the same cells as without it", async () => {
    const a = t.path("out/u.with.xlsx");
    const b = t.path("out/u.without.xlsx");
    const r = await cchc("score", unicodeFile, "--to-unicode", "-o", a);
    await cchc("score", unicodeFile, "-o", b);
    expect(r.out).toContain("không chuyển ô nào");
    expect(readSheet(sheet(await open(a), CRITERIA_SHEET))).toEqual(readSheet(sheet(await open(b), CRITERIA_SHEET)));
  });
});
