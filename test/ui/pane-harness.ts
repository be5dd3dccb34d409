// What the browser tests of the task pane and the sidebar share: Debian's Chromium (never a downloaded browser,
// no network), the built pane served from memory, WCAG contrast measured in the page, screenshots for the guide.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Screenshots go to test-artifacts/, or, for the pictures the guide shows, to its folder when `npm run screenshots`
 * asks (SCREENSHOTS=docs/images).
 */
export async function shot(page: Page, name: string, forGuide = true): Promise<void> {
  const dir = (forGuide && process.env.SCREENSHOTS) || "test-artifacts";
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/**
 * Every visible text in the panel whose colour is below WCAG AA against the background behind it (4.5:1, or 3:1
 * for large text). Disabled controls are exempt, as WCAG allows.
 */
export function contrastProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgba = (s: string) => (s.match(/[\d.]+/g) ?? ["0", "0", "0", "0"]).map(Number).concat(s.startsWith("rgba") ? [] : [1]) as number[];
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const behind = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if ((c[3] ?? 1) > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(".par-panel *")) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
      if (!own || el.offsetParent === null || (el as HTMLButtonElement).disabled || el.closest("[disabled]")) continue;
      const style = getComputedStyle(el);
      const fg = lum(rgba(style.color));
      const bg = lum(behind(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)}:1 “${(el.textContent ?? "").trim().slice(0, 40)}” (${style.color} on ${getComputedStyle(el).backgroundColor})`);
    }
    return out;
  });
}

/** The page is no wider than its viewport (buttons wrap instead of overflowing). */
export function overflowX(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
