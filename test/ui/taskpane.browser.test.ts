// The built task pane (dist/addin output) in headless Debian Chromium, with Office.js replaced by a stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshBuild } from "../addin/build-output.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ORIGIN = "https://localhost:3000";
const here = fileURLToPath(new URL(".", import.meta.url));
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".map": "application/json" };

let browser: Browser;
let out: string;
let standIn: string;

beforeAll(async () => {
  out = await freshBuild();
  const bundled = await build({
    entryPoints: [join(here, "office-stand-in.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    alias: { "office-addin-manifest": join(here, "office-addin-manifest-shim.ts") },
    logLevel: "warning",
  });
  standIn = bundled.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function openPane(query = ""): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 1000 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  // nothing leaves the machine: Office.js is the stand-in, the add-in's files come from the build folder
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.href === "https://appsforoffice.microsoft.com/lib/1/hosted/office.js") return route.fulfill({ contentType: "text/javascript", body: standIn });
    if (url.origin === ORIGIN) {
      try {
        const body = readFileSync(join(out, url.pathname));
        return route.fulfill({ contentType: TYPES[extname(url.pathname)] ?? "application/octet-stream", body });
      } catch {
        return route.fulfill({ status: 404, body: "" });
      }
    }
    problems.push(`blocked request: ${url.href}`);
    return route.abort();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${ORIGIN}/taskpane.html${query}`);
  await page.waitForSelector(".par-panel button[data-action=score]");
  return { page, problems };
}

describe("Excel task pane in Chromium", () => {
  it("Tính điểm shows the area-3 mismatch with its cell, the totals and the classification", async () => {
    const { page, problems } = await openPane();
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");

    // corrected by the write: listed under “Đã sửa”, with what it was and why
    const mismatch = page.locator('[data-part=corrections] button.par-corrected[data-code=ROLLUP_MISMATCH][data-cell="D48"]');
    await expect.poll(() => mismatch.count()).toBe(1);
    const text = (await mismatch.textContent()) ?? "";
    expect(text).toContain("D48");
    expect(text).toContain("12,72");
    expect(text).toContain("12,217");
    const kpi = (part: string) => page.locator(`[data-part=totals] [data-part=${part}] .par-kpi-value`).textContent();
    expect(await kpi("index")).toBe("72,45");
    expect(await kpi("achieved")).toBe("51,077");
    expect(await kpi("max")).toBe("70,5");
    expect(await kpi("target")).toBe("67,4");
    expect(await kpi("grade")).toBe("C");
    expect(await page.locator("[data-part=areas] li").count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator("[data-part=columns] dd[data-role=achieved]").textContent()).toBe("D");
    expect(await page.locator("[data-part=notice]").textContent()).toContain("Đã tính điểm");

    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/excel-taskpane.png", fullPage: true });

    // a finding selects its cell in the sheet
    await mismatch.click();
    await expect.poll(() => page.evaluate(() => (window as any).__fake.selected)).toBe("Bảng điểm!D48");

    // English switch re-renders everything, findings included
    await page.click("button[data-action=lang]");
    expect(await page.locator("button[data-action=score]").textContent()).toBe("Score");
    expect(await mismatch.textContent()).toContain("add up to 12.217");

    // the sheet got its result sheets; undo takes them away again
    expect(await page.evaluate(() => (window as any).__fake.sheets.map((s: { name: string }) => s.name))).toContain("Tổng hợp");
    await page.click("button[data-action=undo]");
    await expect.poll(() => page.locator("button[data-action=undo]").isDisabled()).toBe(true);
    expect(await page.evaluate(() => (window as any).__fake.sheets.map((s: { name: string }) => s.name))).toEqual(["Bảng điểm"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the self-score and the final score side by side, with bonus, penalty and where the finals came from", async () => {
    const { page, problems } = await openPane("?rounds");
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=rounds]");
    const cells = (part: string) => page.locator(`[data-part=rounds] tr[data-part=${part}] td`).allTextContents();
    expect(await cells("points")).toEqual(["8,5", "7,5"]);
    expect(await cells("bonus")).toEqual(["", "0,5"]);
    expect(await cells("penalty")).toEqual(["", "0,25"]);
    expect(await cells("score")).toEqual(["8,5", "7,75"]);
    expect(await cells("round-index")).toEqual(["85,00", "77,50"]);
    expect(await cells("round-grade")).toEqual(["B", "C"]);
    expect(await page.locator("[data-part=rounds] [data-part=sources]").textContent()).toContain("E (Điểm thẩm định): 3 tiêu chí");
    // the comparison sheet was written beside the others
    expect(await page.evaluate(() => (window as any).__fake.sheets.map((s: { name: string }) => s.name))).toContain("Tự chấm - Thẩm định");
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/excel-taskpane-rounds.png", fullPage: true });
    await page.click("button[data-action=lang]");
    expect(await page.locator("[data-part=rounds] h2").textContent()).toBe("Self-score and appraisal");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a corrected column is saved alone: the columns left as detected keep following the sheet", async () => {
    const { page, problems } = await openPane();
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=columns]");
    await page.click("button[data-action=edit-columns]");
    await page.fill("input[name=achieved]", "e");
    await page.click("button[data-action=apply-columns]");
    await expect.poll(() => page.locator("[data-part=columns] dd[data-role=achieved]").textContent()).toBe("E");
    const saved = await page.evaluate(() => JSON.parse((window as any).__fake.settings.get("cchc.settings") ?? "{}"));
    expect(saved.columns).toEqual({ achieved: "E" });
    // a letter that is not a column is refused in the pane's own words
    await page.click("button[data-action=edit-columns]");
    await page.fill("input[name=max]", "1");
    await page.click("button[data-action=apply-columns]");
    await expect.poll(() => page.locator(".par-panel").textContent()).toContain("Điểm tối đa “1”");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows sheet text as text, never as HTML, and fits 300 px without horizontal scrolling", async () => {
    const { page, problems } = await openPane("?evil");
    await page.setViewportSize({ width: 300, height: 900 });
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=areas]");
    expect(await page.locator("[data-part=areas] .par-area-name").first().textContent()).toContain("<img src=x");
    expect(await page.locator(".par-panel img").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
