// Which unit a criteria sheet belongs to, from the title rows above its table: "ĐƠN VỊ: BỆNH VIỆN…",
// "Đơn vị: Trung tâm Y tế…", "Tên đơn vị Trung tâm Kiểm soát bệnh tật". Else the caller names it by the
// sheet (one sheet per unit) or the file.
import { a1 } from "./address.js";
import { asUnicode } from "./legacy-encoding.js";
import { cellText, isBlank } from "./text.js";
import type { Grid } from "./types.js";

export interface TitleName {
  name: string;
  /** A1 address of the cell holding the label */
  cell: string;
}

/** "Đơn vị:" or "Tên đơn vị" (colon optional) then the name; never "Đơn vị tính", "Đơn vị chủ quản" or "Đơn vị thực hiện". */
const LABEL = /^(tên\s+đơn\s*vị|đơn\s*vị)(?!\s*(tính|chủ\s*quản|cấp\s*trên|thực\s*hiện|phối\s*hợp|phụ\s*trách))\s*([:：]|[-–—](?=\s))?\s*(.*)$/iu;

/** Rows looked at when the header is not found. */
const TITLE_ROWS_WITHOUT_HEADER = 10;

/**
 * The unit named in the title rows (those above `headerRow`, 0-based within `values`; −1 when there is no
 * header), with the address of its label; null when none names it.
 */
export function unitTitle(values: Grid, headerRow: number, origin: { row: number; col: number } = { row: 0, col: 0 }): TitleName | null {
  const last = headerRow >= 0 ? headerRow : Math.min(values.length, TITLE_ROWS_WITHOUT_HEADER);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== "string") continue;
      // a title typed in TCVN3 / VNI ("§¬n vÞ: BÖnh viÖn…") is read as Unicode
      const text = asUnicode(cellText(row[c])).normalize("NFC");
      const m = LABEL.exec(text);
      if (!m) continue;
      const colon = m[3] !== undefined;
      // "Đơn vị" alone must end with a colon (else it is a heading such as "Đơn vị được đánh giá")
      if (!colon && !/^tên/iu.test(m[1] as string)) continue;
      let name = (m[4] as string).trim();
      // "ĐƠN VỊ:" in one cell, the name in the next one that holds something
      for (let n = c + 1; !name && n < row.length; n++) if (!isBlank(row[n])) name = asUnicode(cellText(row[n])).normalize("NFC");
      name = name.replace(/[.;,]+$/, "").trim();
      if (name) return { name, cell: a1(r + origin.row, c + origin.col) };
    }
  }
  return null;
}

/** The assessment year named in the title rows ("NĂM 2024", "năm 2023"), else any 20xx there; null when none. */
export function titleYear(values: Grid, headerRow: number): number | null {
  const last = headerRow >= 0 ? headerRow : Math.min(values.length, TITLE_ROWS_WITHOUT_HEADER);
  let loose: number | null = null;
  for (let r = 0; r < last; r++) {
    for (const v of values[r] ?? []) {
      if (typeof v !== "string") continue;
      const text = v.normalize("NFC");
      const named = /năm\s+(20\d{2})(?!\d)/iu.exec(text);
      if (named) return Number(named[1]);
      const any = /(?<!\d)(20\d{2})(?!\d)/.exec(text);
      if (any && loose === null) loose = Number(any[1]);
    }
  }
  return loose;
}
