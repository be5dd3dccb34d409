import { beforeAll, describe, expect, it } from "vitest";
import { fakeServices, FakeSpreadsheet } from "./fake-sheets.js";
import { ensureBuilt, loadCode } from "./load-code.js";

describe("menu and sidebar (built Code.js)", () => {
  beforeAll(ensureBuilt);

  it("onOpen and onInstall build the CCHC menu without touching the document", () => {
    const book = new FakeSpreadsheet();
    book._add("Trang tính1");
    const { services, g } = loadCode(fakeServices(book));
    g.onOpen({ authMode: "NONE" });
    g.onInstall({ authMode: "FULL" });
    expect(book._calls.count).toBe(0);
    expect(services.ui.menus).toHaveLength(2);
    expect(services.ui.menus[0]?.items).toEqual([["Tính điểm", "menuScore"], ["Lập kế hoạch", "menuPlan"], ["Báo cáo tiến độ", "menuProgress"], ["Tổng hợp đơn vị", "menuUnits"], ["Mở bảng điều khiển", "showSidebar"], ["Chuyển sang Unicode", "menuToUnicode"], null, ["Hoàn tác", "menuUndo"]]);
    for (const item of services.ui.menus[0]?.items ?? []) if (item) expect(typeof g[item[1] as string]).toBe("function");
  });

  it("opens a 300 px sidebar from Sidebar.html", () => {
    const { services, g } = loadCode();
    g.showSidebar();
    expect(services.ui.sidebars[0]).toMatchObject({ file: "Sidebar", width: 300, title: "Chỉ số CCHC" });
  });
});
