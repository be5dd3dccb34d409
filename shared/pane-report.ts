// What the task pane and the sidebar show of a report: everything but the list of criteria, which neither reads.
import type { Report } from "./types.js";

export type PaneReport = Omit<Report, "criteria">;

/**
 * The report without its criteria list. The sidebar's state crosses google.script.run as JSON: a 10 000-row sheet
 * would send 10 000 objects nobody looks at (and the list is only built when read; see lazy.ts).
 */
export function paneReport(report: PaneReport | Report): PaneReport {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(Object.getOwnPropertyDescriptors(report))) {
    // the descriptor, not the value: reading `criteria` would build the list
    if (key !== "criteria") out[key] = value.value;
  }
  return out as unknown as PaneReport;
}
