import { describe, expect, it } from "vitest";
import { analyzeSheet } from "../../shared/analyze.js";
import { NOTICES, scoredNotice } from "../../shared/notices.js";
import { seed001Clean, seed001Messy } from "../fixtures/seed001.js";

describe("notices after a command", () => {
  it("exist in both languages for the same events", () => {
    expect(Object.keys(NOTICES.en).sort()).toEqual(Object.keys(NOTICES.vi).sort());
  });

  it("give the result in the reader's notation, and say why figures replaced formulas", () => {
    const messy = analyzeSheet(seed001Messy()).report;
    expect(scoredNotice(messy, 196, "vi")).toMatch(/^Đã tính điểm: 51,077\/70,5 điểm, chỉ số 72,45 \(C\)\. Đã ghi 196 ô; 3 lỗi.*văn bản/);
    const clean = analyzeSheet(seed001Clean()).report;
    expect(scoredNotice(clean, 8, "en")).toBe("Scored: 51.077/70.5 points, index 72.45 (C). 8 cells written; 3 errors, 1 warning.");
  });
});
