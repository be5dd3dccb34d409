// Reading cells the way every host sees them: values, formulas, merged areas, rich text, links, errors, dates.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSheet } from "../../cli/xlsx.js";

async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ReturnType<typeof readSheet>> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return readSheet(back.getWorksheet("S") as ExcelJS.Worksheet);
}

describe("readSheet", () => {
  it("builds a dense grid from A1 (origin 0,0) even when the data starts further in", async () => {
    const s = await roundTrip((ws) => {
      ws.getCell("C3").value = "STT";
      ws.getCell("D4").value = 1.5;
    });
    expect(s.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, null, "STT", null],
      [null, null, null, 1.5],
    ]);
    expect(s.formulas).toBeUndefined();
  });

  it("gives formulas with '=' and their cached results as values; no result reads as empty", async () => {
    const s = await roundTrip((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("A3").value = { formula: "SUM(A1:A2)", result: 3 };
      ws.getCell("A4").value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
      ws.getCell("A5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    });
    expect(s.values.map((r) => r[0])).toEqual([1, 2, 3, null, "#DIV/0!"]);
    expect(s.formulas?.map((r) => r[0])).toEqual(["", "", "=SUM(A1:A2)", "=A1*2", "=1/0"]);
  });

  it("translates shared formulas to each cell", async () => {
    const s = await roundTrip((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("B1").value = 2;
      ws.getCell("A2").value = 3;
      ws.getCell("B2").value = 4;
      ws.getCell("C1").value = { formula: "A1+B1", result: 3, shareType: "shared", ref: "C1:C2" } as ExcelJS.CellFormulaValue;
      ws.getCell("C2").value = { sharedFormula: "C1", result: 7 };
    });
    expect(s.formulas?.map((r) => r[2])).toEqual(["=A1+B1", "=A2+B2"]);
    expect(s.values.map((r) => r[2])).toEqual([3, 7]);
  });

  it("joins rich text, takes a link's text, an error's code, keeps dates and booleans", async () => {
    const s = await roundTrip((ws) => {
      ws.getCell("A1").value = { richText: [{ text: "Điểm ", font: { bold: true } }, { text: "tối đa" }] };
      ws.getCell("A2").value = { text: "Tài liệu", hyperlink: "https://example.org/a" };
      ws.getCell("A3").value = { error: "#REF!" };
      ws.getCell("A4").value = new Date(Date.UTC(2021, 7, 27));
      ws.getCell("A5").value = true;
      ws.getCell("A6").value = '=HYPERLINK("x")';
    });
    expect(s.values.map((r) => r[0])).toEqual(["Điểm tối đa", "Tài liệu", "#REF!", new Date(Date.UTC(2021, 7, 27)), true, '=HYPERLINK("x")']);
    expect(s.formulas).toBeUndefined();
  });

  it("shows a merged area's value in its first cell only, as Excel and Sheets hosts do", async () => {
    const s = await roundTrip((ws) => {
      ws.getCell("A1").value = "STT";
      ws.getCell("B1").value = "Mục tiêu năm 2021";
      ws.mergeCells("A1:A2");
      ws.mergeCells("B1:C1");
      ws.getCell("B2").value = "Điểm";
      ws.getCell("C2").value = "Tăng/giảm";
    });
    expect(s.values).toEqual([
      ["STT", "Mục tiêu năm 2021", null],
      [null, "Điểm", "Tăng/giảm"],
    ]);
  });
});
