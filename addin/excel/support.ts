// Which Excel we run in. The add-in installs on ExcelApi 1.7 (Excel 2019, Excel 2016 kept up to date, Mac 16.9+);
// everything newer is asked for here and skipped where missing, so an older Excel still scores and plans.
export const MIN_EXCEL_API = "1.7";

/** A feature newer than the base requirement, named by what it gives staff, with the set that brings it. */
export const FEATURES = {
  /** paper size, print titles, fit to one page wide (orientation alone is 1.9 too) */
  pageSetup: ["ExcelApi", "1.9"],
  /** drop-down lists in cells */
  dataValidation: ["ExcelApi", "1.8"],
  /** one Ctrl+Z step for a whole command */
  mergedUndo: ["ExcelApi", "1.20"],
  /** ribbon, pane and functions share one JavaScript runtime (Excel 2021, Microsoft 365, web, Mac 16.35+) */
  sharedRuntime: ["SharedRuntime", "1.1"],
} as const satisfies Record<string, readonly [string, string]>;

export type Feature = keyof typeof FEATURES;

export function isSupported(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(set, version));
  } catch {
    // Office.js not ready or a host without requirement checks: treat as the oldest Excel
    return false;
  }
}

export function has(feature: Feature): boolean {
  const [set, version] = FEATURES[feature];
  return isSupported(set, version);
}

/** ExcelApi `version` or newer. */
export function supports(version: string): boolean {
  return isSupported("ExcelApi", version);
}
