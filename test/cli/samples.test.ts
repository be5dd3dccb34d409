// The committed samples are what samples/make-samples.ts writes, and `npm start`'s two steps succeed on them.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/index.js";
import { cchc, tmp } from "./helpers.js";
import { CRITERIA_SHEET, csvText, messyGrid } from "./workbooks.js";

const XLSX = "samples/bang-tieu-chi-2021.xlsx";
const CSV = "samples/bang-tieu-chi-2021.csv";

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

describe("samples", () => {
  it("the xlsx holds the messy seed 001 grid (regenerate with samples/make-samples.ts)", async () => {
    const r = await cchc("check", XLSX, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual(analyzeSheet(messyGrid(), { sheet: CRITERIA_SHEET }).report);
  });

  it("the csv is the same sheet saved as CSV UTF-8 with ';'", async () => {
    expect(await readFile(CSV, "utf8")).toBe(csvText());
  });

  it("score then plan, as `npm start` runs them, both succeed", async () => {
    const scored = t.path("bang-tieu-chi-2021.cham-diem.xlsx");
    const score = await cchc("score", XLSX, "-o", scored);
    expect([score.code, score.err]).toEqual([0, ""]);
    const plan = await cchc("plan", scored, "-o", t.path("bang-tieu-chi-2021.ke-hoach.xlsx"), "--json");
    expect([plan.code, plan.err]).toEqual([0, ""]);
    expect(JSON.parse(plan.out).plan).toHaveLength(28);
  });
});
