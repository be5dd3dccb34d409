// A small RFC 4180 reader for the CSV files staff export: UTF-8 (BOM or not), ";" (Vietnamese regional
// settings) or "," or tab separated, quoted fields with separators, quotes and line breaks inside.
// Every field stays text ("15,5", "1.10"); source.ts then makes the figures of the points columns numbers.

export type CsvResult = { ok: true; grid: (string | null)[][]; separator: string } | { ok: false; reason: "encoding" };

const CANDIDATES = [";", ",", "\t"] as const;

export function readCsv(bytes: Uint8Array): CsvResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, reason: "encoding" };
  }
  const separator = detectSeparator(text);
  const grid = parseCsv(text, separator).map((row) => row.map((v) => (v === "" ? null : v)));
  return { ok: true, grid, separator };
}

/** The separator that splits the first records into the most rows of one same width (ties: ";"). */
export function detectSeparator(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: string = CANDIDATES[0];
  let bestScore = -1;
  for (const sep of CANDIDATES) {
    const widths = parseCsv(sample, sep, 50).map((r) => r.length).filter((w) => w > 1);
    const freq = new Map<number, number>();
    for (const w of widths) freq.set(w, (freq.get(w) ?? 0) + 1);
    const score = Math.max(0, ...freq.values());
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

export function parseCsv(text: string, sep: string, limit = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };
  while (i < n && rows.length < limit) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (rows.length < limit && (field !== "" || row.length > 0)) endRow();
  return rows;
}
