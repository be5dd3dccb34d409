import { describe, expect, it } from "vitest";
import { rowHeights, wrappedLines } from "../../shared/layout.js";

describe("wrapped rows", () => {
  it("count the lines a long criterion name takes in its column", () => {
    expect(wrappedLines("Ban hành kế hoạch CCHC", 42)).toBe(1);
    const long = "Thực hiện công tác cải cách hành chính gắn với Chỉ số cải cách hành chính hàng năm của tỉnh do Bộ Nội vụ công bố";
    expect(wrappedLines(long, 42)).toBe(3);
    expect(wrappedLines("a\nb\nc", 42)).toBe(3);
    expect(wrappedLines("x".repeat(100), 10)).toBeGreaterThanOrEqual(10);
    expect(wrappedLines(null, 10)).toBe(1);
    // an area heading in capitals (printed bold) takes more room than the same length in lower case
    expect(wrappedLines("CẢI CÁCH THỦ TỤC HÀNH CHÍNH VÀ THỰC HIỆN CƠ CHẾ MỘT CỬA, CƠ CHẾ MỘT CỬA LIÊN THÔNG", 42)).toBe(3);
    expect(wrappedLines("Kết quả công tác chỉ đạo điều hành của sở", 42)).toBe(1);
  });

  it("make each row as tall as its tallest cell", () => {
    expect(rowHeights([["ngắn", 1.5], ["một dòng rất dài ".repeat(10), 2]], [42, 8])).toEqual([15.75, 63]);
  });
});
