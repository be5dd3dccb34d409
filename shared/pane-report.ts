// What the task pane and the sidebar show of a report: everything but the list of criteria, which neither reads.
import type { Report } from "./types.js";

export type PaneReport = Omit<Report, "criteria">;

/**
 * The report without its criteria list. A pane whose state crosses a process boundary as JSON (the Sheets sidebar)
 * would otherwise receive 10 000 objects from a 10 000-row sheet that nobody looks at (the list is built when read).
 */
export function paneReport(report: PaneReport | Report): PaneReport {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(report))) {
    // the descriptor, not the value: reading `criteria` would build the list
    if (key !== "criteria") out[key] = value.value;
  }
  return out as unknown as PaneReport;
}
