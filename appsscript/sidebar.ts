// The sidebar's page script: the shared panel, with a PanelHost over google.script.run (each call gets a
// success and a failure handler, turned into a promise). Runs in the browser, never in Apps Script.
import "../ui/panel.css";
import "./sidebar.css";
import type { Lang, Role } from "../shared/types.js";
import { mountPanel, type PanelHost, type PanelState } from "../ui/panel.js";

/** The part of the client-side google.script.run API used here. */
interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [server: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a top-level server function of Code.js (see appsscript/sidebar-server.ts). */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String((e as { message?: unknown })?.message ?? e))));
    const fn = runner[name];
    if (typeof fn !== "function") reject(new Error(`google.script.run has no ${name}`));
    else (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}

const host: PanelHost = {
  score: (extra) => call<PanelState>("sidebarScore", extra ?? {}),
  plan: () => call<PanelState>("sidebarPlan"),
  progress: () => call<PanelState>("sidebarProgress"),
  units: () => call<PanelState>("sidebarUnits"),
  undo: () => call<PanelState>("sidebarUndo"),
  toUnicode: () => call<PanelState>("sidebarToUnicode"),
  select: (cell, sheet) => call<void>("sidebarSelect", cell, sheet),
  setColumns: (columns: Partial<Record<Role, string>>) => call<PanelState>("sidebarSetColumns", columns),
  saveSettings: (change) => call<PanelState>("sidebarSaveSettings", change),
  initial: () => call<PanelState>("sidebarInitial"),
};

async function start(): Promise<void> {
  const root = document.getElementById("app") as HTMLElement;
  // the stored language, so the panel opens in the words the user chose last time
  const lang = await call<Lang>("sidebarLang").catch((): Lang => "vi");
  mountPanel(root, host, {
    lang,
    onLangChange: (l) => void call("sidebarSetLang", l).catch(() => undefined),
  });
}

void start();
