// Chuyển sang Unicode through the built Code.js: sidebar and menu, text and fonts, Hoàn tác, calls counted.
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../shared/index.js";
import { ENCODINGS, LEGACY_VARIANTS, seed001Legacy, SEED001_TOP_ROWS } from "../fixtures/legacy.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

const SHEET = "Bảng tiêu chí";
type State = { report: Report | null; canUndo: boolean; notice?: string };

/** A spreadsheet whose legacy cells are drawn in the encoding's fonts (.VnTimeH on the title in capitals). */
function withSheet(grid: unknown[][], encoding: "TCVN3" | "VNI") {
  const book = new FakeSpreadsheet();
  const sheet = book._add(SHEET);
  sheet._load(grid);
  const plain = seed001Messy();
  grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === plain[r]?.[c]) return;
      const cell = sheet._cell(r, c);
      cell.format = { ...cell.format, fontFamily: encoding === "VNI" ? "VNI-Times" : r === 1 ? ".VnTimeH" : ".VnTime" };
    }),
  );
  return { book, sheet, ...loadCode(fakeServices(book)) };
}

const fontsOf = (sheet: { getDataRange(): { getFontFamilies(): string[][] } }) => JSON.stringify(sheet.getDataRange().getFontFamilies());

describe("Chuyển sang Unicode (built Code.js)", () => {
  beforeAll(ensureBuilt);

  describe.each(ENCODINGS)("%s", (encoding) => {
    it.each(LEGACY_VARIANTS)("%s: the sidebar offers it, converts text and fonts in a fixed number of calls, Hoàn tác gives both back", (variant) => {
      const grid = seed001Legacy(encoding, variant);
      if (encoding === "TCVN3") (grid[1] as unknown[])[0] = "môc tiªu, nhiÖm vô c¶i c¸ch hµnh chÝnh n¨m 2021"; // typed small in .VnTimeH
      const { book, sheet, g } = withSheet(grid, encoding);
      const before = sheet._dump();
      const fonts = fontsOf(sheet);

      const preview = g.sidebarInitial() as State;
      expect(preview.report?.diagnostics.filter((d) => d.code === "LEGACY_ENCODING").map((d) => d.found)).toEqual([encoding]);

      book._calls.count = 0;
      const state = g.sidebarToUnicode() as State;
      const calls = book._calls.count;
      expect(calls).toBeLessThan(40);
      expect(state.canUndo).toBe(true);
      expect(state.notice).toMatch(new RegExp(`^Đã chuyển \\d+ ô ${encoding} trên “${SHEET}” sang Unicode`));
      expect(state.report?.diagnostics.some((d) => d.code === "LEGACY_ENCODING")).toBe(false);
      expect(state.report?.totals).toEqual(preview.report?.totals);
      const values = sheet.getDataRange().getValues();
      const families = sheet.getDataRange().getFontFamilies();
      expect(values[SEED001_TOP_ROWS]?.[1]).toBe("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
      if (encoding === "TCVN3") expect(values[1]?.[0]).toBe("MỤC TIÊU, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021");
      expect(JSON.stringify(values)).not.toMatch(/[§ª«¬®¸µ¶·¹»¼½¾\u00ad]|ieâ|oø|Ñ/);
      grid.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== seed001Messy()[r]?.[c]) expect(families[r]?.[c], `${r}:${c}`).toBe("Times New Roman");
        }),
      );

      const undone = g.sidebarUndo() as State;
      expect(undone.notice).toMatch(/hoàn tác/);
      expect(sheet._dump()).toBe(before);
      expect(fontsOf(sheet)).toBe(fonts);
    });

    it("the number of calls does not grow with the cells converted", () => {
      const counts = (["header", "whole"] as const).map((variant) => {
        const { book, g } = withSheet(seed001Legacy(encoding, variant), encoding);
        book._calls.count = 0;
        g.sidebarToUnicode();
        return book._calls.count;
      });
      expect(counts[1]).toBe(counts[0]);
    });
  });

  it("from the menu: a toast; on a Unicode sheet nothing is written", () => {
    const legacy = withSheet(seed001Legacy("VNI", "header"), "VNI");
    legacy.g.menuToUnicode();
    expect(legacy.book.toasts[0]).toMatch(/^Đã chuyển \d+ ô VNI/);

    const book = new FakeSpreadsheet();
    const sheet = book._add(SHEET);
    sheet._load(seed001Messy());
    const before = sheet._dump();
    const { g } = loadCode(fakeServices(book));
    const state = g.sidebarToUnicode() as State;
    expect(state.notice).toBe(`Trang “${SHEET}” không có chữ gõ bằng bảng mã cũ (TCVN3, VNI). Chưa ghi gì.`);
    expect(state.canUndo).toBe(false);
    expect(sheet._dump()).toBe(before);
  });
});
