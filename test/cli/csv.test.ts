// The CSV reader: what Excel and LibreOffice write under Vietnamese and English settings.
import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv, readCsv } from "../../cli/csv.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("readCsv", () => {
  it("drops the BOM, splits on ';', keeps decimal commas and codes as text, blanks as null", () => {
    const r = readCsv(bytes("\ufeffSTT;Tiêu chí;Điểm tối đa\r\n1.10;Kế hoạch, báo cáo;1,5\r\n2;;\r\n"));
    expect(r).toEqual({
      ok: true,
      separator: ";",
      grid: [
        ["STT", "Tiêu chí", "Điểm tối đa"],
        ["1.10", "Kế hoạch, báo cáo", "1,5"],
        ["2", null, null],
      ],
    });
  });

  it("reads quoted fields with separators, doubled quotes and line breaks inside", () => {
    const r = readCsv(bytes('STT;"Điểm tối\nđa";"Nội dung ""A""; B"\n1;"0,5";x'));
    expect(r.ok && r.grid).toEqual([
      ["STT", "Điểm tối\nđa", 'Nội dung "A"; B'],
      ["1", "0,5", "x"],
    ]);
  });

  it("detects ',' when the file is comma separated (decimal commas then quoted)", () => {
    const text = 'STT,Tiêu chí,Điểm tối đa,Điểm đạt\n1,"Chỉ đạo, điều hành","15,5","6,18"\n1.1,Kế hoạch,"1,5",1\n';
    expect(detectSeparator(text)).toBe(",");
    expect(parseCsv(text, ",")[1]).toEqual(["1", "Chỉ đạo, điều hành", "15,5", "6,18"]);
  });

  it("detects ';' although unquoted decimal commas and commas in names abound", () => {
    expect(detectSeparator("STT;Tiêu chí;Điểm\n1;Tỷ lệ cơ quan, đơn vị;0,5\n1.1;A, B, C;1,25\n")).toBe(";");
  });

  it("detects tabs, and reads a file without a final line break", () => {
    const r = readCsv(bytes("STT\tTiêu chí\tĐiểm tối đa\n1\tA\t2"));
    expect(r.ok && r.separator).toBe("\t");
    expect(r.ok && r.grid[1]).toEqual(["1", "A", "2"]);
  });

  it("refuses bytes that are not UTF-8 (an ANSI export)", () => {
    expect(readCsv(new Uint8Array([0x53, 0x54, 0x54, 0x3b, 0xd0, 0x69]))).toEqual({ ok: false, reason: "encoding" });
  });
});
