// "Báo cáo tiến độ" in Excel: our own sheet, rebuilt on every run (what it held before is in the undo snapshot).
import type { ProgressTable } from "../../shared/index.js";
import { supports } from "./support.js";
import { writeGrid, type Batch } from "./write.js";

const HEADER_FILL = "#DEEAF6";
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

export async function writeProgress(batch: Batch, ws: Excel.Worksheet, table: ProgressTable, planSheet: string): Promise<void> {
  const width = table.widths.length;
  await writeGrid(batch, ws, 0, 0, table.grid);
  const all = ws.getRangeByIndexes(0, 0, table.grid.length, width);
  all.format.font.name = "Times New Roman";
  all.format.font.size = 12;
  table.widths.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * 6.5);
  });
  let lastHeader = 0;
  table.kinds.forEach((kind, r) => {
    const used = (table.grid[r] ?? []).reduce<number>((n, v, c) => (v === null || v === undefined || v === "" ? n : c + 1), 0);
    if (kind === "title") {
      ws.getRangeByIndexes(r, 0, 1, 1).format.font.bold = true;
      ws.getRangeByIndexes(r, 0, 1, 1).format.font.size = 14;
    }
    if (kind === "info") ws.getRangeByIndexes(r, 0, 1, 1).format.font.italic = true;
    if (kind === "section") ws.getRangeByIndexes(r, 0, 1, Math.max(used, 1)).format.font.bold = true;
    if (kind === "header") {
      lastHeader = used;
      const head = ws.getRangeByIndexes(r, 0, 1, used);
      head.format.font.bold = true;
      head.format.fill.color = HEADER_FILL;
      head.format.wrapText = true;
    }
    if (kind === "row" || kind === "header" || (kind === "section" && used > 1)) {
      const line = ws.getRangeByIndexes(r, 0, 1, Math.max(lastHeader, used, 1));
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const) line.format.borders.getItem(edge).style = "Continuous";
    }
  });
  // each overdue task's row number opens that row of the plan
  if (supports("1.7")) {
    for (const link of table.links) {
      await batch.room(200);
      ws.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = { documentReference: `${quoteSheet(planSheet)}!A${link.planRow}`, textToDisplay: String(link.planRow) };
    }
  }
}
