// What the sidebar calls through google.script.run (each is a top-level stub in Code.js).
import { paneReport, type Lang, type SettingsInput } from "../shared/index.js";
import * as commands from "./commands.js";
import { loadStored } from "./settings-store.js";

export const sidebarScore = (extra?: Partial<SettingsInput>): commands.ServerState => toSidebar(commands.score(onlyRunSettings(extra)));
export const sidebarPlan = (): commands.ServerState => toSidebar(commands.plan());
export const sidebarProgress = (): commands.ServerState => toSidebar(commands.progress());
export const sidebarUnits = (): commands.ServerState => toSidebar(commands.units());
export const sidebarUndo = (): commands.ServerState => toSidebar(commands.undo());
export const sidebarToUnicode = (): commands.ServerState => toSidebar(commands.toUnicode());
export const sidebarInitial = (): commands.ServerState => toSidebar(commands.preview());
export const sidebarSelect = (cell: string, sheet?: string): void => commands.select(cell, sheet);
export const sidebarSetColumns = (columns: SettingsInput["columns"]): commands.ServerState => toSidebar(commands.setSettings({ columns: columns ?? {} }));
export const sidebarSetLang = (lang: Lang): commands.ServerState => toSidebar(commands.setSettings({ lang }));
/** Classes and conversion from the sidebar's settings: stored with the document, then scored with them. */
export const sidebarSaveSettings = (change: Partial<SettingsInput>): commands.ServerState => {
  commands.setSettings(onlyRunSettings(change));
  return toSidebar(commands.score());
};

/** The state as the sidebar receives it: the report without the criteria list it never shows (see pane-report.ts). */
function toSidebar(state: commands.ServerState): commands.ServerState {
  return state.report ? { ...state, report: paneReport(state.report) } : state;
}

/** What the sidebar may set: classes, text conversion, the plan's layout (language and columns have their own calls). */
function onlyRunSettings(change: Partial<SettingsInput> | undefined): Partial<SettingsInput> {
  const out: Partial<SettingsInput> = {};
  if (change && Array.isArray(change.thresholds)) out.thresholds = change.thresholds;
  if (change && typeof change.convertTextFigures === "boolean") out.convertTextFigures = change.convertTextFigures;
  if (change && change.plan && typeof change.plan === "object") out.plan = change.plan;
  return out;
}
export const sidebarLang = (): Lang => loadStored(SpreadsheetApp.getActiveSpreadsheet()).settings.lang ?? "vi";
