// A user's own "Tổng hợp", "TỔNG HỢP", NFD "Kiểm tra", " Kế hoạch khắc phục " survive score, score --in-place
// and plan; ours take the next free name, are found again by their mark, and never multiply.
import { copyFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OWN_MARK_NAME } from "../../shared/index.js";
import { cchc, open, readSheet, save, sheet, tmp } from "./helpers.js";
import { userCheckLog, userPlan, userSummary, withUserSheets, type UserSheet } from "./user-sheets.js";
import { CRITERIA_SHEET } from "./workbooks.js";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

const names = async (file: string) => (await open(file)).worksheets.map((w) => w.name);
const content = async (file: string, name: string) => readSheet(sheet(await open(file), name));
const marks = async (file: string) =>
  Object.fromEntries((await open(file)).definedNames.model.filter((d) => d.name.startsWith("cchc_own_")).map((d) => [d.name, d.ranges[0]]));

const VARIANTS: { label: string; sheets: UserSheet[]; ours: { summary: string; findings: string } }[] = [
  { label: "“Tổng hợp”", sheets: [userSummary("Tổng hợp")], ours: { summary: "Tổng hợp (2)", findings: "Kiểm tra" } },
  { label: "“TỔNG HỢP” (capitals: exceljs used to crash)", sheets: [userSummary("TỔNG HỢP")], ours: { summary: "Tổng hợp (2)", findings: "Kiểm tra" } },
  { label: "NFD “Kiểm tra”", sheets: [userCheckLog()], ours: { summary: "Tổng hợp", findings: "Kiểm tra (2)" } },
  {
    label: "all of them, “Tổng hợp (2)” taken too",
    sheets: [userSummary("tổng hợp"), userSummary("Tổng hợp (2)"), userCheckLog(" KIỂM TRA"), userPlan()],
    ours: { summary: "Tổng hợp (3)", findings: "Kiểm tra (2)" },
  },
];

describe.each(VARIANTS)("score beside a user's $label", ({ label, sheets, ours }) => {
  let input: string;
  const file = (n: string) => t.path(`${label.replace(/\W+/g, "_")}-${n}`);
  beforeAll(async () => {
    input = await save(withUserSheets(sheets), file("in.xlsx"));
  });

  it("keeps the user's sheets cell for cell, writes ours under the next free name and says so", async () => {
    const out = file("out.xlsx");
    const r = await cchc("score", input, "-o", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    for (const s of sheets) expect(await content(out, s.name)).toEqual(await content(input, s.name));
    const after = await names(out);
    expect(after).toEqual([CRITERIA_SHEET, ...sheets.map((s) => s.name), ours.findings, ours.summary]);
    if (ours.summary !== "Tổng hợp") expect(r.out).toContain(`kết quả ghi vào trang “${ours.summary}”`);
    if (ours.findings !== "Kiểm tra") expect(r.out).toContain(`kết quả ghi vào trang “${ours.findings}”`);
    expect((await content(out, ours.summary)).values[0]?.[0]).toBe("TỔNG HỢP CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
    expect(await marks(out)).toMatchObject({
      [OWN_MARK_NAME.summary]: `'${ours.summary}'!$A$1`,
      [OWN_MARK_NAME.findings]: `'${ours.findings}'!$A$1`,
    });
  });

  it("score → score → plan → plan: no new sheets, the same figures, the user's sheets intact", async () => {
    const one = file("1.xlsx");
    const two = file("2.xlsx");
    const three = file("3.xlsx");
    const four = file("4.xlsx");
    expect((await cchc("score", input, "-o", one)).code).toBe(0);
    const r2 = await cchc("score", one, "-o", two);
    expect(r2.code).toBe(0);
    expect(await names(two)).toEqual(await names(one));
    // the second run replaces its own sheets: no notice about a taken name any more
    expect(r2.out).not.toContain("kết quả ghi vào trang");
    expect(await content(two, CRITERIA_SHEET)).toEqual(await content(one, CRITERIA_SHEET));
    expect(await content(two, ours.summary)).toEqual(await content(one, ours.summary));
    expect((await cchc("plan", two, "-o", three)).code).toBe(0);
    expect((await cchc("plan", three, "-o", four)).code).toBe(0);
    const planName = sheets.some((s) => s.name.trim() === "Kế hoạch khắc phục") ? "Kế hoạch khắc phục (2)" : "Kế hoạch khắc phục";
    expect(await names(four)).toEqual([...(await names(one)), planName]);
    expect(await content(four, planName)).toEqual(await content(three, planName));
    expect(await content(four, CRITERIA_SHEET)).toEqual(await content(one, CRITERIA_SHEET));
    for (const s of sheets) expect(await content(four, s.name)).toEqual(await content(input, s.name));
  });

  it("--in-place keeps the user's sheets in the original file", async () => {
    const copy = file("inplace.xlsx");
    await copyFile(input, copy);
    const r = await cchc("score", copy, "--in-place");
    expect(r.code).toBe(0);
    for (const s of sheets) expect(await content(copy, s.name)).toEqual(await content(input, s.name));
    expect(await names(copy)).toEqual([CRITERIA_SHEET, ...sheets.map((s) => s.name), ours.findings, ours.summary]);
  });
});

describe("plan beside a user's own “ Kế hoạch khắc phục ”", () => {
  it("keeps it and writes ours as “Kế hoạch khắc phục (2)”", async () => {
    const input = await save(withUserSheets([userPlan()]), t.path("plan-in.xlsx"));
    const out = t.path("plan-out.xlsx");
    const r = await cchc("plan", input, "-o", out);
    // 1: seed 001's rollup errors are still in the unscored sheet
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain("kết quả ghi vào trang “Kế hoạch khắc phục (2)”");
    expect(await content(out, " Kế hoạch khắc phục ")).toEqual(await content(input, " Kế hoạch khắc phục "));
    expect(await names(out)).toEqual([CRITERIA_SHEET, " Kế hoạch khắc phục ", "Kế hoạch khắc phục (2)"]);
  });
});

describe("a user's sheet named like ours is never skipped as ours", () => {
  it("a criteria table kept on a sheet called “Tổng hợp” is scored, and our summary goes beside it", async () => {
    const wb = withUserSheets([]);
    (wb.worksheets[0] as { name: string }).name = "Tổng hợp";
    const input = await save(wb, t.path("criteria-named-tong-hop.xlsx"));
    const out = t.path("criteria-named-tong-hop.out.xlsx");
    const r = await cchc("score", input, "-o", out, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).sheet).toBe("Tổng hợp");
    expect(await names(out)).toEqual(["Tổng hợp", "Kiểm tra", "Tổng hợp (2)"]);
  });
});

describe("the marks survive a save in LibreOffice", () => {
  it("score → LibreOffice saves the .xlsx → score again: our sheets are found, none added, the user's kept", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const input = await save(withUserSheets([userSummary("Tổng hợp")]), t.path("lo-in.xlsx"));
    const scored = t.path("lo-scored.xlsx");
    expect((await cchc("score", input, "-o", scored)).code).toBe(0);
    const outDir = t.path("lo-saved");
    // a profile of its own, so a LibreOffice already running for someone else does not take the job
    await promisify(execFile)(
      "soffice",
      [`-env:UserInstallation=file://${t.path("lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, scored],
      { timeout: 120_000 },
    );
    const saved = `${outDir}/lo-scored.xlsx`;
    expect(await marks(saved)).toMatchObject({ [OWN_MARK_NAME.summary]: "'Tổng hợp (2)'!$A$1", [OWN_MARK_NAME.findings]: "'Kiểm tra'!$A$1" });
    const again = t.path("lo-again.xlsx");
    const r = await cchc("score", saved, "-o", again);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("kết quả ghi vào trang");
    expect(await names(again)).toEqual([CRITERIA_SHEET, "Tổng hợp", "Kiểm tra", "Tổng hợp (2)"]);
    expect((await content(again, "Tổng hợp")).values).toEqual((await content(input, "Tổng hợp")).values);
  }, 150_000);
});
