// Per-spreadsheet settings (language, column overrides) and the criteria sheet last scored, kept in the
// document's developer metadata: invisible to staff and covered by the spreadsheets.currentonly scope
// (PropertiesService would need one more scope).
import { resolveSettings, type SettingsInput } from "../shared/index.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const KEY = "cchc.settings";

export interface Stored {
  settings: SettingsInput;
  /** the criteria sheet of the last command, used when the active sheet is one of ours */
  sheet?: string;
}

export function loadStored(ss: Spreadsheet): Stored {
  const found = ss.getDeveloperMetadata().find((m) => m.getKey() === KEY);
  if (!found) return { settings: {} };
  try {
    const parsed = JSON.parse(found.getValue() ?? "{}") as Stored;
    // settings from an older or hand-edited document fall back to the defaults
    const settings = resolveSettings(parsed.settings).ok ? parsed.settings : {};
    return { settings, ...(typeof parsed.sheet === "string" ? { sheet: parsed.sheet } : {}) };
  } catch {
    return { settings: {} };
  }
}

export function saveStored(ss: Spreadsheet, stored: Stored): void {
  const json = JSON.stringify(stored);
  const found = ss.getDeveloperMetadata().find((m) => m.getKey() === KEY);
  if (found) found.setValue(json);
  else ss.addDeveloperMetadata(KEY, json);
}
