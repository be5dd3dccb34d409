// exceljs rewrites a workbook from its own model: charts, pivot tables, macros and slicers do not survive.
// We say so before writing a copy, and refuse --in-place on such a file rather than lose them.

/** Parts exceljs drops, by the folder or file name they have inside the .xlsx (zip entry names are stored as is). */
const DROPPED: readonly (readonly [string, string])[] = [
  ["xl/charts/", "chart"],
  ["xl/chartsheets/", "chart"],
  ["xl/pivotTables/", "pivot"],
  ["xl/vbaProject.bin", "macro"],
  ["xl/slicers/", "slicer"],
  ["xl/timelines/", "slicer"],
];

export type Dropped = "chart" | "pivot" | "macro" | "slicer";

export function droppedParts(bytes: Uint8Array): Dropped[] {
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const found = new Set<Dropped>();
  for (const [part, kind] of DROPPED) if (names.includes(part)) found.add(kind as Dropped);
  return [...found];
}
