// Served in place of Microsoft's office.js in the browser test: Office, Excel and CustomFunctions backed by the
// same office-addin-mock workbook the adapter's unit tests use, holding the seed-001 sheet.
import { FakeExcel } from "../addin/fake-excel.js";
import { seed001Messy } from "../fixtures/seed001.js";
import { unitGrid } from "../fixtures/units.js";
import { seed001Legacy } from "../fixtures/legacy.js";
import { appraisalSheet } from "../fixtures/rounds.js";
import { withAchievedBlank } from "../fixtures/unscored.js";

const EVIL = '<img src=x onerror="window.__pwned=1">';
const xl = new FakeExcel();
if (location.search.includes("units")) {
  // three units, one named by a title that tries to be HTML
  xl.addSheet("BVĐK", unitGrid({ title: ["ĐƠN VỊ: BỆNH VIỆN ĐA KHOA TỈNH"], lost: { "1.1": 5 } }));
  xl.addSheet("CDC", unitGrid({ title: [`Đơn vị: ${EVIL}`], lost: { "2.1": 10 } }));
  xl.addSheet("TTYT", unitGrid({ title: ["Năm 2024"], lost: { "1.2": 20, "2.1": 15 } }));
} else if (location.search.includes("evil")) {
  xl.addSheet("Bảng điểm", [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"],
    ["1", EVIL, "2", "1"],
    ["1.1", `${EVIL} 1.1`, "1", "abc"],
    ["1.2", "b", "1", "1"],
  ]);
} else if (location.search.includes("rounds")) {
  // self-score, appraisal, bonus and penalty: the pane shows self index and final index side by side
  xl.addSheet("Bảng điểm", appraisalSheet());
} else if (location.search.includes("tcvn3")) {
  // typed in TCVN3, drawn in .VnTime
  const grid = seed001Legacy("TCVN3", "whole");
  const sheet = xl.addSheet("Bảng điểm", grid);
  grid.forEach((line, r) => line.forEach((v, c) => typeof v === "string" && sheet.fonts.set(`${r},${c}`, ".VnTime")));
} else if (location.search.includes("template")) {
  // the year's template: maxima typed, nothing scored yet
  xl.addSheet("Bảng điểm", withAchievedBlank(seed001Messy()));
} else if (location.search.includes("nosheet")) {
  // a workbook whose open sheet is not a criteria sheet: the pane must guide, not show zeros
  xl.addSheet("Ghi chú", [["Danh sách cán bộ dự họp"], ["Nguyễn Văn A", "Văn phòng"], ["Trần Thị B", "Kế hoạch Tài chính"]]);
} else {
  xl.addSheet("Bảng điểm", seed001Messy());
}
// figures typed as text left as text: the pane offers to convert them
if (location.search.includes("keeptext")) xl.settings.set("cchc.settings", JSON.stringify({ convertTextFigures: false }));

const w = window as any;
w.__fake = xl;
w.Office = {
  onReady: (cb?: (info: { host: string }) => void) => Promise.resolve().then(() => cb?.({ host: "Excel" })),
  context: { requirements: { isSetSupported: () => true }, displayLanguage: "vi-VN" },
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: async () => undefined },
};
/** `?fail`: the first command (the second Excel.run, after the pane's opening read) fails the way Office.js does,
 * in English, as on a busy or broken host */
let runs = 0;
w.Excel = {
  run: async (a: unknown, b?: unknown) => {
    if (location.search.includes("fail") && ++runs === 2) {
      throw Object.assign(new Error("An internal error has occurred."), { name: "RichApi.Error", code: "GeneralException" });
    }
    return (typeof a === "function" ? a : (b as (c: unknown) => unknown))(xl.context);
  },
};
w.CustomFunctions = {
  associate: () => undefined,
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
