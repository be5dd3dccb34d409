// Loads the BUILT dist/appsscript/Code.js into a fresh vm context, as Apps Script would: its top-level
// function declarations become globals of that context.
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { buildAppsScript } from "../../appsscript/build.mjs";
import { fakeServices, type FakeServices } from "./fake-sheets.js";

export const CODE_PATH = "dist/appsscript/Code.js";

let built: Promise<void> | null = null;

/** Builds once per test file (the output is written atomically, so parallel files do not race). */
export function ensureBuilt(): Promise<void> {
  if (!built) built = buildAppsScript();
  return built;
}

export function codeText(): string {
  return readFileSync(CODE_PATH, "utf8");
}

type Fn = (...args: unknown[]) => unknown;
/** The entry points Apps Script calls by name: menu, sidebar and triggers. */
export const ENTRIES = [
  "onOpen",
  "onInstall",
  "showSidebar",
  "menuScore",
  "menuPlan",
  "menuProgress",
  "menuUnits",
  "menuUndo",
  "menuToUnicode",
  "sidebarScore",
  "sidebarPlan",
  "sidebarProgress",
  "sidebarUnits",
  "sidebarUndo",
  "sidebarToUnicode",
  "sidebarInitial",
  "sidebarSelect",
  "sidebarSetColumns",
  "sidebarSetLang",
  "sidebarLang",
] as const;
const NAMES = [
  ...ENTRIES,
  "PAR_DELTA",
  "PAR_LOST",
  "PAR_ROLLUP",
  "PAR_INDEX",
  "PAR_FINAL",
  "PAR_GRADE",
  "PAR_RANK",
  "PAR_CHECK",
  "PAR_LEVEL",
  "PAR_PARENT",
  "PAR_DUE",
  "PAR_OVERDUE",
] as const;

/** The vm context's globals: the declarations Apps Script would see, and anything else by name. */
export type Globals = Record<(typeof NAMES)[number], Fn> & { [name: string]: unknown };
export const GLOBAL_NAMES: readonly string[] = NAMES;

export function loadCode(services: FakeServices = fakeServices()): { services: FakeServices; g: Globals } {
  const context = vm.createContext({ ...services.globals });
  vm.runInContext(codeText(), context, { filename: "Code.js" });
  return { services, g: context as unknown as Globals };
}
