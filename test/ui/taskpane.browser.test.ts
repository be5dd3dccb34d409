// The built task pane (dist/addin output) in headless Debian Chromium, with Office.js replaced by a stand-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshBuild } from "../addin/build-output.js";
import { contrastProblems, launchChromium, overflowX, shot } from "./pane-harness.js";

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
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPane(query = "", width = 350): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
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
    // done when the pane says so (buttons are disabled while it works, so their state alone proves nothing)
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toContain("was undone");
    expect(await page.locator("button[data-action=undo]").isDisabled()).toBe(true);
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
    await shot(page, "huong-dan-8-tu-cham-tham-dinh");
    expect(await contrastProblems(page)).toEqual([]);
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

  it("offers Chuyển sang Unicode on a TCVN3 sheet: converts it, then Hoàn tác puts the sheet back", async () => {
    const { page, problems } = await openPane("?tcvn3");
    const cell = () => page.evaluate(() => (window as any).__fake.sheet("Bảng điểm").get(4, 2)?.value);
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=legacy]");
    expect(await page.locator("[data-part=legacy]").textContent()).toContain("bảng mã cũ TCVN3");
    expect(await page.locator("[data-part=areas] .par-area-name").first().textContent()).toContain("CÔNG TÁC CHỈ ĐẠO");
    await page.click("button[data-action=undo]");
    await expect.poll(cell).toBe("§iÓm tèi\n®a");
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=legacy]");
    await page.click("button[data-action=to-unicode]");
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toMatch(/^Đã chuyển \d+ ô TCVN3/);
    expect(await page.locator("[data-part=legacy]").count()).toBe(0);
    expect(await cell()).toBe("Điểm tối\nđa");
    expect(await page.evaluate(() => (window as any).__fake.sheet("Bảng điểm").font(4, 2))).toBe("Times New Roman");
    await page.click("button[data-action=undo]");
    await expect.poll(cell).toBe("§iÓm tèi\n®a");
    expect(await page.evaluate(() => (window as any).__fake.sheet("Bảng điểm").font(4, 2))).toBe(".VnTime");
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

  it("Tổng hợp đơn vị lists the units ranked, names as text, and writes its two sheets", async () => {
    const { page, problems } = await openPane("?units");
    await page.setViewportSize({ width: 300, height: 900 });
    await page.click("button[data-action=units]");
    await page.waitForSelector("[data-part=units]");
    const lines = await page.locator("[data-part=units] li").allTextContents();
    expect(lines).toEqual(["1 BỆNH VIỆN ĐA KHOA TỈNH 95,00 % · A", '2 <img src=x onerror="window.__pwned=1"> 90,00 % · A', "3 TTYT 65,00 % · D"]);
    expect(await page.locator(".par-panel img").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await page.locator("[data-part=notice]").textContent()).toContain("Đã tổng hợp 3 đơn vị");
    const sheets = await page.evaluate(() => (window as any).__fake.sheets.map((s: { name: string }) => s.name));
    expect(sheets).toEqual(expect.arrayContaining(["Tổng hợp đơn vị", "So sánh tiêu chí"]));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await contrastProblems(page)).toEqual([]);
    // a unit named like HTML, to prove it shows as text: not a picture for the guide
    await shot(page, "tong-hop-don-vi", false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens with guidance, never a dashboard of zeros, on a sheet that is not a criteria sheet", async () => {
    const { page, problems } = await openPane("?nosheet");
    await page.waitForSelector("[data-part=guidance]");
    await page.click("button[data-action=score]");
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toContain("Không tìm thấy dòng tiêu đề");
    expect(await page.locator("[data-part=guidance]").textContent()).toContain("Điểm tối đa");
    expect(await page.locator("[data-part=totals]").count()).toBe(0);
    expect(await page.locator(".par-kpi-value").count()).toBe(0);
    expect(await page.locator("[data-part=error]").count()).toBe(0);
    await shot(page, "huong-dan-1-chua-co-bang");
    expect(await contrastProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("findings first, then what scoring corrected, then the areas; focus lands on the outcome", async () => {
    const { page, problems } = await openPane();
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");
    const order = await page.locator(".par-panel > [data-part]").evaluateAll((els) => els.map((e) => e.getAttribute("data-part")));
    expect(order.filter((p) => ["findings", "corrections", "areas", "columns"].includes(p ?? ""))).toEqual(["findings", "corrections", "areas", "columns"]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-part"))).toBe("outcome");
    expect(await page.locator("[data-part=outcome]").getAttribute("aria-live")).toBe("polite");
    // whole area names, readable without a mouse; the target marker explained; a bar says its figures
    const clipped = await page.locator(".par-area-name").evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
    expect(clipped).toBe(0);
    expect(await page.locator("[data-part=areas] .par-legend").textContent()).toContain("mục tiêu");
    expect(await page.locator('[data-area="3"] .par-bar').getAttribute("aria-label")).toMatch(/12,217 \/ 15 \(81,45 %\), mục tiêu/i);
    expect(await contrastProblems(page)).toEqual([]);
    await shot(page, "huong-dan-2-ket-qua");
    await page.locator("[data-part=areas]").scrollIntoViewIfNeeded();
    expect(problems).toEqual([]);
    await page.close();
  });

  it("groups figures kept as text into one item with a count and converts them on request", async () => {
    const { page, problems } = await openPane("?keeptext");
    await page.click("button[data-action=score]");
    const group = page.locator('[data-kind="NUMBER_AS_TEXT"]');
    await group.waitFor();
    expect(await page.locator('[data-code="NUMBER_AS_TEXT"]').count()).toBeLessThanOrEqual(3);
    await shot(page, "huong-dan-3-nhom-loi");
    await page.click('button[data-action="fix-NUMBER_AS_TEXT"]');
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toMatch(/Đã chuyển \d+ ô điểm/);
    expect(await group.count()).toBe(0);
    // the sheet now holds numbers, so area 3 is a live SUM
    expect(await page.evaluate(() => (window as any).__fake.sheet("Bảng điểm").get(47, 3).formula)).toMatch(/^=SUM\(/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("after Lập kế hoạch: the way to the plan sheet and the next step; Hoàn tác keeps the last result and says so", async () => {
    const { page, problems } = await openPane();
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");
    await page.click("button[data-action=plan]");
    const open = page.locator("button[data-action=open-plan]");
    await open.waitFor();
    expect(await open.textContent()).toContain("Kế hoạch khắc phục");
    expect(await page.locator("[data-part=next]").textContent()).toContain("Tiếp theo");
    await shot(page, "huong-dan-4-lap-ke-hoach");
    await open.click();
    await expect.poll(() => page.evaluate(() => (window as any).__fake.selected)).toBe("Kế hoạch khắc phục!A1");
    await page.click("button[data-action=undo]");
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toContain("Đã hoàn tác");
    expect(await page.locator("[data-part=totals] [data-part=undone]").count()).toBe(1);
    expect(await page.locator("[data-part=totals] [data-part=index] .par-kpi-value").textContent()).toBe("72,45");
    await shot(page, "huong-dan-6-hoan-tac");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a template nobody has scored: no index or class but why, one finding for the column, and no plan", async () => {
    const { page, problems } = await openPane("?template");
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");
    expect(await page.locator("[data-part=index] .par-kpi-value").textContent()).toBe("—");
    expect(await page.locator("[data-part=grade] .par-kpi-value").textContent()).toBe("—");
    expect(await page.locator("[data-part=lost] .par-kpi-value").textContent()).toBe("—");
    expect(await page.locator("[data-part=totals]").textContent()).not.toContain("bị mất điểm");
    expect(await page.locator("[data-part=areas] .par-area-figs").first().textContent()).toBe("0 / 15,5");
    expect(await page.locator("[data-part=untrusted]").textContent()).toContain("bảng chưa được chấm");
    const panel = (await page.locator(".par-panel").textContent()) ?? "";
    expect(panel).toContain("Bảng chưa được chấm: cột Điểm đạt còn trống ở cả");
    expect(panel).not.toContain("Tiêu chí chưa có điểm đạt");
    await shot(page, "huong-dan-9-bang-chua-cham");
    await page.click("button[data-action=plan]");
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toContain("chưa có điểm bị mất để lập kế hoạch. Chưa ghi gì.");
    expect(await page.locator("[data-part=next]").count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__fake.sheets.map((s: { name: string }) => s.name))).not.toContain("Kế hoạch khắc phục");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("standing on one of our own sheets gets a calm notice, not an error", async () => {
    const { page, problems } = await openPane();
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");
    await page.evaluate(() => {
      const fake = (window as any).__fake;
      fake.settings.delete("cchc.sheet");
      fake.active = "Kiểm tra";
    });
    await page.click("button[data-action=score]");
    await expect.poll(() => page.locator("[data-part=notice]").textContent()).toContain("do tiện ích tạo ra");
    expect(await page.locator("[data-part=error]").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a host failure is one Vietnamese sentence, with Office's own words only under details", async () => {
    const { page } = await openPane("?fail");
    await page.click("button[data-action=score]");
    const box = page.locator("[data-part=error]");
    await box.waitFor();
    const text = (await box.textContent()) ?? "";
    expect(text).toContain("thử lại");
    expect(await box.locator("details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await box.locator("details code").textContent()).toBe("An internal error has occurred.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-part"))).toBe("error");
    expect(await contrastProblems(page)).toEqual([]);
    await page.close();
  });

  it("classes set in the pane are stored with the workbook and used at once", async () => {
    const { page, problems } = await openPane();
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");
    await page.click("button[data-action=settings]");
    const rows = page.locator(".par-threshold");
    expect(await rows.count()).toBe(4);
    const names = ["Xuất sắc", "Tốt", "Khá", "Trung bình"];
    const mins = ["90", "80", "70", "50"];
    for (let i = 0; i < 4; i++) {
      await rows.nth(i).locator("input[name=label]").fill(names[i] as string);
      await rows.nth(i).locator("input[name=min]").fill(mins[i] as string);
    }
    await page.click("button[data-action=add-class]");
    await rows.nth(4).locator("input[name=label]").fill("Yếu");
    await rows.nth(4).locator("input[name=min]").fill("0");
    await page.selectOption("select[name=numbering]", "continuous");
    await page.selectOption("select[name=printed]", "short");
    await shot(page, "huong-dan-5-thiet-lap");
    await page.click("button[data-action=save-settings]");
    await expect.poll(() => page.locator("[data-part=totals] [data-part=grade] .par-kpi-value").textContent()).toBe("Khá");
    const saved = await page.evaluate(() => JSON.parse((window as any).__fake.settings.get("cchc.settings") ?? "{}"));
    expect(saved.thresholds).toHaveLength(5);
    expect(saved.thresholds).toContainEqual({ min: 50, label: "Trung bình" });
    expect(saved.convertTextFigures).toBe(true);
    expect(saved.plan).toEqual({ columns: "short", numbering: "continuous" });
    // the next plan follows them: items numbered through the whole plan, up to the 28th
    await page.click("button[data-action=plan]");
    await page.locator("button[data-action=open-plan]").waitFor();
    const stt = await page.evaluate(() => {
      const plan = (window as any).__fake.sheets.find((x: { name: string }) => x.name.startsWith("Kế hoạch"));
      return Array.from({ length: 80 }, (_, r) => plan.get(r, 0)?.value).filter((v) => v !== undefined).map(String);
    });
    expect(stt).toContain("28");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("switching language re-says everything, the last notice included, and fits 300 px", async () => {
    const { page, problems } = await openPane("", 300);
    await page.click("button[data-action=score]");
    await page.waitForSelector("[data-part=totals]");
    expect(await page.locator("[data-part=notice]").textContent()).toContain("Đã tính điểm");
    await page.click("button[data-action=lang]");
    expect(await page.locator("[data-part=notice]").textContent()).toMatch(/^Scored: 51\.077\/70\.5 points/);
    const chrome = await page.locator("button, h1, h2, summary, .par-kpi-label, .par-legend, [data-part=notice]").allTextContents();
    // sheet names are names (the sheets are called so in every language); every other word must be English
    const words = chrome.map((x) => x.replace(/Tiếng Việt|Bảng điểm|Kiểm tra/g, ""));
    const vietnamese = words.filter((x) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(x));
    expect(vietnamese).toEqual([]);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await contrastProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
