// Chuyển sang Unicode in Excel, through office-addin-mock: the text, the fonts, one undo step.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { SHEET_NAMES } from "../../shared/index.js";
import { scoreCommand, undoCommand, unicodeCommand } from "../../addin/excel/commands.js";
import { ENCODINGS, LEGACY_VARIANTS, seed001Legacy, SEED001_TOP_ROWS } from "../fixtures/legacy.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { FakeExcel, officeFor } from "./fake-excel.js";

const AT = "2024-01-01T00:00:00.000Z";
const SHEET = "Phụ lục";

afterEach(() => {
  delete (globalThis as any).Office;
});

/** A workbook whose legacy cells are drawn in the encoding's fonts (.VnTimeH on the title in capitals). */
function workbook(grid: unknown[][], encoding: "TCVN3" | "VNI", origin = { row: 0, col: 0 }) {
  const xl = new FakeExcel();
  const s = xl.addSheet(SHEET, grid, origin);
  const plain = seed001Messy();
  grid.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === plain[r]?.[c]) return;
      s.fonts.set(`${r + origin.row},${c + origin.col}`, encoding === "VNI" ? "VNI-Times" : r === 1 ? ".VnTimeH" : ".VnTime");
    }),
  );
  return xl;
}

describe.each(ENCODINGS)("Chuyển sang Unicode in Excel, %s", (encoding) => {
  beforeEach(() => {
    (globalThis as any).Office = officeFor("1.20", true);
  });

  it.each(LEGACY_VARIANTS)("%s: text in Unicode, Times New Roman, three round trips, Hoàn tác gives text and fonts back", async (variant) => {
    const grid = seed001Legacy(encoding, variant);
    if (encoding === "TCVN3") (grid[1] as unknown[])[0] = "môc tiªu, nhiÖm vô c¶i c¸ch hµnh chÝnh n¨m 2021"; // typed small in .VnTimeH
    const xl = workbook(grid, encoding, { row: 3, col: 1 });
    const sheet = xl.sheet(SHEET)!;
    const before = xl.snapshot(SHEET);
    const fontsBefore = new Map(sheet.fonts);

    const scored = await scoreCommand(xl.context, {}, AT);
    expect(scored.report?.diagnostics.filter((d) => d.code === "LEGACY_ENCODING").map((d) => d.found)).toEqual([encoding]);
    expect(xl.snapshot(SHEET_NAMES.summary).join("\n")).toContain("Văn phòng Sở");
    await undoCommand(xl.context);
    expect(xl.snapshot(SHEET)).toEqual(before);

    xl.syncs = 0;
    const out = await unicodeCommand(xl.context, {}, AT);
    expect(out.syncs).toBe(3);
    expect(out.canUndo).toBe(true);
    expect(out.notice).toMatch(new RegExp(`^Đã chuyển \\d+ ô ${encoding} trên “${SHEET}” sang Unicode`));
    expect(out.report?.diagnostics.some((d) => d.code === "LEGACY_ENCODING")).toBe(false);
    expect(out.report?.totals.achieved).toBe(scored.report?.totals.achieved);
    // every converted cell: Unicode text in Times New Roman; the rest as it was
    const plain = seed001Messy();
    plain.forEach((line, r) =>
      line.forEach((v, c) => {
        const cell = sheet.get(r + 3, c + 1);
        const legacy = grid[r]?.[c] !== v;
        if (!legacy) {
          expect(sheet.font(r + 3, c + 1)).toBe("Calibri");
          return;
        }
        expect(sheet.font(r + 3, c + 1), `${r}:${c}`).toBe("Times New Roman");
        expect(String(cell?.value).normalize("NFC")).not.toMatch(/[§ª«¬®¸µ¶·¹»¼½¾\u00ad]|ieâ|oø|Ñ/);
      }),
    );
    if (encoding === "TCVN3") expect(sheet.get(4, 1)?.value).toBe("MỤC TIÊU, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2021");
    expect(sheet.get(SEED001_TOP_ROWS + 3, 2)?.value).toBe("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");

    const undone = await undoCommand(xl.context);
    expect(undone.notice).toBe(`Đã hoàn tác lần ghi gần nhất trên “${SHEET}”.`);
    expect(xl.snapshot(SHEET)).toEqual(before);
    expect(sheet.fonts).toEqual(fontsBefore);
  });

  it("an Excel without cell properties (ExcelApi 1.7) converts the text and leaves every font, so undo is exact", async () => {
    (globalThis as any).Office = officeFor("1.7", false);
    const grid = seed001Legacy(encoding, "header");
    const xl = workbook(grid, encoding);
    xl.api = "1.7";
    const sheet = xl.sheet(SHEET)!;
    const before = xl.snapshot(SHEET);
    const fonts = new Map(sheet.fonts);
    const out = await unicodeCommand(xl.context, {}, AT);
    expect(out.syncs).toBe(2);
    expect(out.notice).toContain("Phông chữ của các ô được giữ nguyên");
    expect(sheet.get(4, 2)?.value).toBe("Điểm tối\nđa");
    expect(sheet.fonts).toEqual(fonts);
    await undoCommand(xl.context);
    expect(xl.snapshot(SHEET)).toEqual(before);
  });
});

describe("Chuyển sang Unicode on a sheet too large to read its fonts in one response", () => {
  it("converts the text in the same round trips, leaves the fonts and says so", async () => {
    (globalThis as any).Office = officeFor("1.20", true);
    const rows = seed001Legacy("VNI", "whole");
    const grid: unknown[][] = [...rows];
    while (grid.length * 8 <= 60_000) grid.push(...rows.slice(SEED001_TOP_ROWS).map((r) => [...r]));
    const xl = new FakeExcel();
    xl.addSheet(SHEET, grid);
    const out = await unicodeCommand(xl.context, {}, AT);
    expect(out.syncs).toBe(2);
    expect(out.notice).toMatch(/^Đã chuyển \d+ ô VNI .* Phông chữ của các ô được giữ nguyên/);
    expect(xl.sheet(SHEET)!.fonts.size).toBe(0);
    expect(xl.sheet(SHEET)!.get(SEED001_TOP_ROWS, 1)?.value).toBe("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
  });
});

describe("Chuyển sang Unicode on a Unicode sheet", () => {
  it("writes nothing and says so", async () => {
    (globalThis as any).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
    const xl = new FakeExcel();
    xl.addSheet(SHEET, seed001Messy());
    const before = xl.snapshot(SHEET);
    const out = await unicodeCommand(xl.context, {}, AT);
    expect(out.notice).toBe(`Trang “${SHEET}” không có chữ gõ bằng bảng mã cũ (TCVN3, VNI). Chưa ghi gì.`);
    expect(out.canUndo).toBe(false);
    expect(xl.snapshot(SHEET)).toEqual(before);
    expect(xl.sheets.map((s) => s.name)).toEqual([SHEET]);
  });
});
