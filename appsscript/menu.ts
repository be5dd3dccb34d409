// The add-on menu and the sidebar. onOpen may run in AuthMode.NONE: it only builds the menu.
import { loadStored } from "./settings-store.js";
import * as commands from "./commands.js";

/** Item labels and the top-level functions (generated stubs in Code.js) they call. */
export const MENU = [
  ["Tính điểm", "menuScore"],
  ["Lập kế hoạch", "menuPlan"],
  ["Báo cáo tiến độ", "menuProgress"],
  ["Tổng hợp đơn vị", "menuUnits"],
  ["Mở bảng điều khiển", "showSidebar"],
  ["Chuyển sang Unicode", "menuToUnicode"],
  null,
  ["Hoàn tác", "menuUndo"],
] as const;

export const SIDEBAR_TITLE = "Chỉ số CCHC";
export const SIDEBAR_WIDTH = 300;

export function onOpen(_e?: unknown): void {
  // An editor add-on's menu lives under Extensions › <add-on name> (the project is named "CCHC").
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(SIDEBAR_TITLE).setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A menu command: run it, say the outcome in a toast, show a failure as a dialog. */
function fromMenu(run: () => commands.ServerState): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    const state = run();
    if (state.notice) ss.toast(state.notice, "CCHC", 8);
  } catch (e) {
    const lang = loadStored(ss).settings.lang ?? "vi";
    SpreadsheetApp.getUi().alert(`${lang === "vi" ? "Lỗi" : "Error"}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function menuScore(): void {
  fromMenu(commands.score);
}

export function menuPlan(): void {
  fromMenu(commands.plan);
}

export function menuProgress(): void {
  fromMenu(commands.progress);
}

export function menuToUnicode(): void {
  fromMenu(commands.toUnicode);
}

export function menuUnits(): void {
  fromMenu(commands.units);
}

export function menuUndo(): void {
  fromMenu(commands.undo);
}
