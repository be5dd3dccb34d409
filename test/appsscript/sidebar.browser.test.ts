// The built Sidebar.html in headless Debian Chromium, with a google.script.run stand-in whose server
// functions are the built Code.js running on a fake spreadsheet holding the seed-001 sheet.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";
import { unitGrid } from "../fixtures/units.js";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";
import { contrastProblems, launchChromium, overflowX, shot } from "../ui/pane-harness.js";
import { appraisalSheet } from "../fixtures/rounds.js";

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
    browser = await launchChromium();
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
    const { page, errors } = await openSidebar(g, called);

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

    await shot(page, "huong-dan-7-google-sheets");
    expect(await contrastProblems(page)).toEqual([]);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);

    await mismatch.click();
    await expect.poll(() => book.activeRange).toBe("D48:D48");
    expect(called).toEqual(expect.arrayContaining(["sidebarLang", "sidebarInitial", "sidebarScore", "sidebarSelect"]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("on a self-score / appraisal sheet, shows the self index beside the final index and writes the comparison sheet", async () => {
    const book = new FakeSpreadsheet();
    book._add("Bảng tiêu chí")._load(appraisalSheet());
    const { g } = loadCode(fakeServices(book));
    const { page, errors } = await openSidebar(g, []);
    await page.locator('[data-action="score"]').click();
    await page.locator('[data-part="rounds"]').waitFor({ timeout: 15000 });
    const cells = (part: string) => page.locator(`[data-part="rounds"] tr[data-part="${part}"] td`).allTextContents();
    expect(await cells("score")).toEqual(["8,5", "7,75"]);
    expect(await cells("round-index")).toEqual(["85,00", "77,50"]);
    expect(await cells("round-grade")).toEqual(["B", "C"]);
    expect(book._find("Tự chấm - Thẩm định")).toBeTruthy();
    expect(await contrastProblems(page)).toEqual([]);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("standing on one of our own sheets gets the same calm notice as in Excel, not an error", async () => {
    const book = new FakeSpreadsheet();
    book._add("Bảng tiêu chí")._load(seed001Messy());
    const { g } = loadCode(fakeServices(book));
    g.sidebarScore();
    // the findings sheet is open and no criteria sheet is remembered
    book._active = book._find("Kiểm tra") ?? null;
    const meta = book.getDeveloperMetadata().find((m: { getKey(): string }) => m.getKey() === "cchc.settings");
    meta?.setValue(JSON.stringify({ settings: {} }));
    const { page, errors } = await openSidebar(g);
    await page.locator('[data-action="score"]').click();
    await expect.poll(() => page.locator('[data-part="notice"]').textContent()).toContain("do tiện ích tạo ra");
    expect(await page.locator('[data-part="error"]').count()).toBe(0);
    // the words switch with the panel, the notice included
    await page.locator('[data-action="lang"]').click();
    await expect.poll(() => page.locator('[data-part="notice"]').textContent()).toContain("is a sheet this add-in writes");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a misread table shows no index or class, says why, and a user's “Tổng hợp” is named as kept", async () => {
    const book = new FakeSpreadsheet();
    // achieved figures typed as percentages: the achieved total is far above the maximum
    const grid = seed001Clean().map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 3 && typeof v === "number" ? v * 100 : v))));
    book._add("Bảng tiêu chí")._load(grid);
    book._add("Tổng hợp")._load([["Tổng hợp của Văn phòng"], ["Phòng", "Điểm"], ["Văn phòng Sở", 31.5]]);
    const { g } = loadCode(fakeServices(book));
    const { page, errors } = await openSidebar(g);
    await page.locator('[data-action="score"]').click();
    const untrusted = page.locator('[data-part="untrusted"]');
    await untrusted.waitFor({ timeout: 15000 });
    await expect(untrusted.textContent()).resolves.toContain("tổng điểm đạt lớn hơn tổng điểm tối đa");
    await expect(page.locator('[data-part="index"]').textContent()).resolves.not.toMatch(/\d/);
    await expect(page.locator('[data-part="grade"]').textContent()).resolves.not.toMatch(/\b[A-D]\b/);
    const notice = (await page.locator('[data-part="notice"]').textContent()) ?? "";
    expect(notice).toContain("Chưa tính được chỉ số");
    expect(notice).toContain("kết quả ghi vào trang “Tổng hợp (2)”");
    expect(book._find("Tổng hợp")!.getDataRange().getValues()[0]?.[0]).toBe("Tổng hợp của Văn phòng");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Tổng hợp đơn vị from the sidebar: the ranking in the panel, a user's sheet of that name kept", async () => {
    const book = new FakeSpreadsheet();
    book._add("BVĐK")._load(unitGrid({ title: ["ĐƠN VỊ: BỆNH VIỆN ĐA KHOA TỈNH"], lost: { "1.1": 5 } }));
    book._add("TTYT")._load(unitGrid({ title: ["Năm 2024"], lost: { "1.2": 20, "2.1": 15 } }));
    book._add("Tổng hợp đơn vị")._load([["Bảng tự làm"]]);
    const { g } = loadCode(fakeServices(book));
    const { page, errors } = await openSidebar(g);
    await page.locator('[data-action="units"]').click();
    await page.locator('[data-part="units"]').waitFor({ timeout: 15000 });
    expect(await page.locator('[data-part="units"] li').allTextContents()).toEqual(["1 BỆNH VIỆN ĐA KHOA TỈNH 95,00 % · A", "2 TTYT 65,00 % · D"]);
    await expect(page.locator('[data-part="notice"]').textContent()).resolves.toContain("Tổng hợp đơn vị (2)");
    expect(book._find("Tổng hợp đơn vị")?.getDataRange().getValues()).toEqual([["Bảng tự làm"]]);
    expect(book._find("Tổng hợp đơn vị (2)")).toBeDefined();
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  async function openSidebar(g: Record<string, unknown>, called: string[] = []): Promise<{ page: Page; errors: string[] }> {
    const html = readFileSync("dist/appsscript/Sidebar.html", "utf8");
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.exposeFunction("__gas", (name: string, args: string) => {
      called.push(name);
      try {
        const fn = g[name];
        if (typeof fn !== "function") throw new Error(`no server function ${name}`);
        return JSON.stringify({ ok: true, value: fn(...(JSON.parse(args) as unknown[])) ?? null });
      } catch (e) {
        return JSON.stringify({ ok: false, message: e instanceof Error ? e.message : String(e) });
      }
    });
    await page.addInitScript(STAND_IN);
    await page.route("**/*", (route) => (route.request().url().startsWith(ORIGIN) ? route.fulfill({ contentType: "text/html; charset=utf-8", body: html }) : route.abort()));
    await page.goto(`${ORIGIN}/Sidebar.html`);
    await page.locator('[data-action="score"]').waitFor();
    return { page, errors };
  }
});
