import { describe, expect, it } from "vitest";
import { findHeader, roleOf } from "../../shared/header.js";
import { seed001Messy } from "../fixtures/seed001.js";

describe("header words", () => {
  it("maps the words staff use, whatever the case, diacritics or line breaks", () => {
    expect(roleOf("STT")).toBe("code");
    expect(roleOf("Số TT")).toBe("code");
    expect(roleOf("Lĩnh vực/Tiêu chí/Tiêu chí thành phần")).toBe("name");
    expect(roleOf("Điểm tối\nđa")).toBe("max");
    expect(roleOf("THANG ĐIỂM")).toBe("max");
    expect(roleOf("Điểm đạt\nđược năm\n2020")).toBe("achieved");
    expect(roleOf("Điểm thẩm định")).toBe("achieved");
    expect(roleOf("Mục tiêu năm 2021 Điểm")).toBe("target");
    expect(roleOf("Mục tiêu năm 2021 Tăng/giảm so với năm 2020")).toBe("delta");
    expect(roleOf("Chênh lệch")).toBe("delta");
    expect(roleOf("Phòng phụ trách")).toBe("owner");
    expect(roleOf("Đơn vị phối hợp")).toBe("coordinator");
    expect(roleOf("Tài liệu kiểm chứng")).toBe("evidence");
    expect(roleOf("Ghi chú")).toBe("note");
  });
});

describe("findHeader", () => {
  it("finds a two-row header under title rows, with the merged target group", () => {
    const h = findHeader(seed001Messy());
    expect(h).toMatchObject({ row: 4, height: 2 });
    expect(h?.columns).toEqual({ code: 0, name: 1, max: 2, achieved: 3, target: 4, delta: 5, owner: 6, note: 7 });
  });

  it("prefers the appraised score, then the self score, and reports the others", () => {
    const h = findHeader([["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt năm 2022", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú"]]);
    expect(h?.columns.achieved).toBe(5);
    expect(h?.alternatives).toEqual([3, 4]);
    const self = findHeader([["TT", "Nội dung tiêu chí", "Thang điểm", "Điểm đạt năm 2022", "Điểm tự đánh giá"]]);
    expect(self?.columns.achieved).toBe(4);
  });

  it("lets the caller override a column", () => {
    const h = findHeader([["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định"]], { achieved: 3 });
    expect(h?.columns.achieved).toBe(3);
  });

  it("finds nothing in a plan or a letter", () => {
    expect(findHeader([["KẾ HOẠCH"], ["STT", "Nội dung thực hiện", "Giải pháp thực hiện", "Thời gian"]])).toBeNull();
    expect(findHeader([])).toBeNull();
  });
});
