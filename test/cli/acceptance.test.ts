// Done means (issue 2): on the real figures of seed 001, every file shape staff send gives the same report and plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeSheet, ReportSchema, type Report } from "../../shared/index.js";
import { cchc, save, saveText, tmp } from "./helpers.js";
import { cleanWorkbook, CRITERIA_SHEET, csvText, libreOfficeWorkbook, messyGrid, messyWorkbook } from "./workbooks.js";

let t: Awaited<ReturnType<typeof tmp>>;
const files: Record<string, string> = {};

beforeAll(async () => {
  t = await tmp();
  files.messy = await save(messyWorkbook(), t.path("ok.seed001-messy.xlsx"));
  files.clean = await save(cleanWorkbook(), t.path("ok.seed001-clean.xlsx"));
  files.libreoffice = await save(libreOfficeWorkbook(), t.path("ok.seed001-libreoffice.xlsx"));
  files.csv = await saveText(csvText(), t.path("ok.seed001-semicolon.csv"));
});
afterAll(() => t.done());

const shapes = ["messy", "clean", "libreoffice", "csv"] as const;

describe.each(shapes)("seed 001, %s", (shape) => {
  it("check --json gives the seed's totals, counts and exactly the three mismatches", async () => {
    const r = await cchc("check", files[shape] as string, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.sheet).toBe(shape === "csv" ? "ok.seed001-semicolon" : CRITERIA_SHEET);
    expect(report.totals).toMatchObject({ max: 70.5, achieved: 51.077, target: 67.4, delta: 16.323, index: 72.45 });
    expect(report.counts).toMatchObject({ criteria: 108, leaves: 80, weak: 28 });
    expect(report.criteria.map((c) => c.code)).toContain("1.10");

    const area3 = report.criteria.find((c) => c.code === "3");
    const mismatches = report.diagnostics.filter((d) => d.code.endsWith("_MISMATCH"));
    const total = mismatches.filter((d) => d.code === "TOTAL_MISMATCH");
    expect(mismatches.map((d) => [d.code, d.row, d.criterion]).filter(([c]) => c !== "TOTAL_MISMATCH")).toEqual([
      ["ROLLUP_MISMATCH", area3?.row, "3"],
      ["DELTA_MISMATCH", area3?.row, "3"],
    ]);
    expect(mismatches.find((d) => d.code === "ROLLUP_MISMATCH")).toMatchObject({ role: "achieved", found: 12.72, expected: 12.217 });
    expect(total.map((d) => d.cell)).toEqual([`${report.columns.achieved}${total[0]?.row}`, `${report.columns.delta}${total[0]?.row}`]);
    expect(report.diagnostics.filter((d) => d.severity === "error").map((d) => d.code).sort()).toEqual(["ROLLUP_MISMATCH", "TOTAL_MISMATCH", "TOTAL_MISMATCH"]);
  });

  it("plan --json lists exactly the 28 weak leaves", async () => {
    const r = await cchc("plan", files[shape] as string, "-o", t.path(`${shape}.plan.xlsx`), "--json");
    expect(r.err).toBe("");
    const out = JSON.parse(r.out) as Report & { plan: { code: string; lost: number; priority: number; status: string }[] };
    expect(out.plan).toHaveLength(28);
    expect(out.plan.every((p) => p.lost > 0)).toBe(true);
    expect(out.plan.map((p) => p.priority).sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(out.plan.map((p) => p.code)).toContain("1.10");
  });
});

describe("differential", () => {
  it("check --json on the xlsx equals the core on the grid the test built", async () => {
    const r = await cchc("check", files.messy as string, "--json");
    const core = analyzeSheet(messyGrid(), { sheet: CRITERIA_SHEET }).report;
    expect(JSON.parse(r.out)).toEqual(core);
  });

  it("check --json on the clean xlsx equals the core, in English too", async () => {
    const r = await cchc("check", files.clean as string, "--json", "--lang", "en");
    const { seed001Clean } = await import("../fixtures/seed001.js");
    expect(JSON.parse(r.out)).toEqual(analyzeSheet(seed001Clean(), { sheet: CRITERIA_SHEET, settings: { lang: "en" } }).report);
  });
});
