// What the sidebar calls through google.script.run (each is a top-level stub in Code.js).
import type { Lang, SettingsInput } from "../shared/index.js";
import * as commands from "./commands.js";
import { loadStored } from "./settings-store.js";

export const sidebarScore = (): commands.ServerState => commands.score();
export const sidebarPlan = (): commands.ServerState => commands.plan();
export const sidebarUndo = (): commands.ServerState => commands.undo();
export const sidebarToUnicode = (): commands.ServerState => commands.toUnicode();
export const sidebarInitial = (): commands.ServerState => commands.preview();
export const sidebarSelect = (cell: string, sheet?: string): void => commands.select(cell, sheet);
export const sidebarSetColumns = (columns: SettingsInput["columns"]): commands.ServerState => commands.setSettings({ columns: columns ?? {} });
export const sidebarSetLang = (lang: Lang): commands.ServerState => commands.setSettings({ lang });
export const sidebarLang = (): Lang => loadStored(SpreadsheetApp.getActiveSpreadsheet()).settings.lang ?? "vi";
