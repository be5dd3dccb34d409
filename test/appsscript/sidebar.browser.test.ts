// The built Sidebar.html in headless Debian Chromium, with a google.script.run stand-in whose server
// functions are the built Code.js running on a fake spreadsheet holding the seed-001 sheet.
import { mkdirSync, readFileSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const ORIGIN = "http://sidebar.gas.test";

/** google.script.run as the page sees it: chainable handlers, async answers, JSON-like payloads. */
const STAND_IN = `
(() => {
  function runner(ok, fail) {
    return new Proxy({}, {
      get(_, name) {
        if (name === "withSuccessHandler") return (f) => runner(f, fail);
        if (name === "withFailureHandler") return (f) => runner(ok, f);
        return (...args) => {
          window.__gas(String(name), JSON.stringify(args)).then((answer) => {
            const r = JSON.parse(answer);
            if (r.ok) ok && ok(r.value); else fail && fail(new Error(r.message));
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

describe("sidebar in Chromium (built Sidebar.html + built Code.js)", () => {
  let browser: Browser;
  beforeAll(async () => {
    await ensureBuilt();
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Tính điểm shows the totals and the area-3 mismatch at D48; a finding jumps to its cell", async () => {
    const html = readFileSync("dist/appsscript/Sidebar.html", "utf8");
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/i);

    const book = new FakeSpreadsheet();
    book._add("Bảng tiêu chí")._load(seed001Messy());
    const { g } = loadCode(fakeServices(book));
    const called: string[] = [];

    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.exposeFunction("__gas", (name: string, args: string) => {
      called.push(name);
      try {
        const fn = g[name];
        if (typeof fn !== "function") throw new Error(`no server function ${name}`);
        // a round trip through JSON, as google.script.run serialises arguments and answers
        return JSON.stringify({ ok: true, value: fn(...(JSON.parse(args) as unknown[])) ?? null });
      } catch (e) {
        return JSON.stringify({ ok: false, message: e instanceof Error ? e.message : String(e) });
      }
    });
    await page.addInitScript(STAND_IN);
    // loopback only: the page is served from memory, everything else is refused
    await page.route("**/*", (route) => (route.request().url().startsWith(ORIGIN) ? route.fulfill({ contentType: "text/html; charset=utf-8", body: html }) : route.abort()));
    await page.goto(`${ORIGIN}/Sidebar.html`);

    await page.locator('[data-action="score"]').click();
    const mismatch = page.locator('[data-part="corrections"] [data-code="ROLLUP_MISMATCH"][data-cell="D48"]');
    await mismatch.waitFor({ timeout: 15000 });
    await expect(mismatch.textContent()).resolves.toMatch(/12,72/);
    await expect(page.locator('[data-part="index"]').textContent()).resolves.toContain("72,45");
    await expect(page.locator('[data-part="achieved"]').textContent()).resolves.toContain("51,077");
    await expect(page.locator('[data-part="max"]').textContent()).resolves.toContain("70,5");
    await expect(page.locator('[data-part="notice"]').textContent()).resolves.toMatch(/Đã tính điểm/);
    await expect(page.locator('[data-area="3"]').textContent()).resolves.toContain("12,217");
    expect(await page.locator('[data-action="undo"]').isDisabled()).toBe(false);

    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/appsscript-sidebar-score.png", fullPage: true });

    await mismatch.click();
    await expect.poll(() => book.activeRange).toBe("D48:D48");
    expect(called).toEqual(expect.arrayContaining(["sidebarLang", "sidebarInitial", "sidebarScore", "sidebarSelect"]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
