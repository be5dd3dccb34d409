// A small Excel workbook behind Microsoft's office-addin-mock: proxies only answer after load + sync, writes land
// at sync time, strings are parsed the way Excel parses typed input, and every context.sync is counted.
import { OfficeMockObject } from "office-addin-mock";
import { a1, columnIndex, refSheet } from "../../shared/index.js";

/** A conditional format as Excel keeps it: its type, where it applies ("A7:L40", areas joined by ","), the settings
 * of its type (what conditionalFormats.add hands back to be filled in). Priority: the last added comes first. */
export interface FakeFormat {
  type: string;
  range: string;
  stopIfTrue?: boolean;
  custom: { rule: { formula?: string }; format: { font: Record<string, unknown>; fill: { color?: string }; numberFormat?: string } };
  cellValue: { rule?: any; format: { font: Record<string, unknown>; fill: { color?: string } } };
  textComparison: { rule?: any; format: { font: Record<string, unknown>; fill: { color?: string } } };
  topBottom: { rule?: any; format: { font: Record<string, unknown>; fill: { color?: string } } };
  preset: { rule?: any; format: { font: Record<string, unknown>; fill: { color?: string } } };
  colorScale: { criteria?: any };
  dataBar: Record<string, any> & { positiveFormat: Record<string, unknown>; negativeFormat: Record<string, unknown> };
  iconSet: Record<string, any>;
}

const FORMAT_KINDS = ["custom", "cellValue", "textComparison", "topBottom", "preset", "colorScale", "dataBar", "iconSet"] as const;

export function fakeFormat(type: string, range: string): FakeFormat {
  const look = () => ({ font: {}, fill: {} });
  return {
    type,
    range,
    custom: { rule: {}, format: look() },
    cellValue: { format: look() },
    textComparison: { format: look() },
    topBottom: { format: look() },
    preset: { format: look() },
    colorScale: {},
    dataBar: { positiveFormat: {}, negativeFormat: {} },
    iconSet: {},
  };
}

/** A data validation on a block of cells (0-based), as Excel keeps it. */
export interface FakeValidation {
  address: string;
  block: { row: number; col: number; rows: number; cols: number };
  rule: any;
  errorAlert?: any;
  prompt?: any;
  ignoreBlanks?: boolean;
}

export type Cell = { value: string | number | boolean; formula?: string; /** number format, when not General */ format?: string };

export class FakeSheet {
  cells = new Map<string, Cell>();
  visibility = "Visible";
  charts: { name: string; type: string; source: string; mock?: any; series: Record<number, { chartType?: string }> }[] = [];
  conditionalFormats: FakeFormat[] = [];
  frozen = "";
  hyperlinks = new Map<string, { documentReference?: string; textToDisplay?: string }>();
  /** per-cell formats set through setCellProperties, by "row,col" */
  looks = new Map<string, any>();
  /** per-row height and hidden state set through setRowProperties */
  rowLooks = new Map<number, any>();
  validations: FakeValidation[] = [];
  printArea = "";
  footer = "";
  groups: string[] = [];
  /** 0-based rows hidden by the user */
  hiddenRows = new Set<number>();
  /** merged areas (0-based): a write that puts something in one of their cells but the top-left is refused, as the
   * real host may (what it does is not documented; no write of ours should try) */
  merges: { row: number; col: number; rows: number; cols: number }[] = [];
  /** font names by "row,col"; a cell not listed is in the default font */
  fonts = new Map<string, string>();
  static readonly DEFAULT_FONT = "Calibri";
  constructor(public name: string) {}

  /** clear("All") on a rectangle: contents and formats go; clear("Contents"): values and formulas only */
  clearRange(row: number, col: number, rows: number, cols: number, what = "All"): void {
    const inside = (key: string) => {
      const [r, c] = key.split(",").map(Number) as [number, number];
      return r >= row && r < row + rows && c >= col && c < col + cols;
    };
    if (what === "Contents") {
      for (const [key, cell] of [...this.cells]) {
        if (!inside(key)) continue;
        if (cell.format) this.cells.set(key, { value: "", format: cell.format });
        else this.cells.delete(key);
      }
      return;
    }
    for (const map of [this.cells, this.looks]) {
      for (const key of [...map.keys()]) if (inside(key)) map.delete(key);
    }
    // merged areas are formats: they go too
    this.merges = this.merges.filter((m) => !(m.row >= row && m.row < row + rows && m.col >= col && m.col < col + cols));
    // links go with "All" too, as Excel's Clear All takes them
    for (const address of [...this.hyperlinks.keys()]) {
      const p = parseAddress(address);
      if (inside(`${p.row},${p.col}`)) this.hyperlinks.delete(address);
    }
  }

  /** Another sheet was deleted: formulas here that read it now say #REF! (Excel rewrites them; they cannot come back). */
  lostSheet(name: string): void {
    const quoted = `'${name.replace(/'/g, "''")}'!`;
    const plain = /^[\p{L}_][\p{L}\d_.]*$/u.test(name) ? new RegExp(`(^|[^\\p{L}\\d_.'])${name}!`, "gu") : null;
    for (const cell of this.cells.values()) {
      if (!cell.formula) continue;
      let f = cell.formula.split(quoted).join("#REF!");
      if (plain) f = f.replace(plain, "$1#REF!");
      if (f !== cell.formula) {
        cell.formula = f.replace(/#REF!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, "#REF!");
        cell.value = "#REF!";
      }
    }
  }

  /** Put a validation on a block, as staff do with Data › Data Validation (Excel refuses to stack two on a cell). */
  validate(block: FakeValidation["block"], rule: any, extra: Partial<FakeValidation> = {}): FakeValidation {
    const overlaps = (a: FakeValidation["block"], b: FakeValidation["block"]) =>
      a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
    if (this.validations.some((v) => overlaps(v.block, block))) throw new Error(`fake: a second validation on ${blockAddress(block)}`);
    const v = { address: blockAddress(block), block, rule, ...extra };
    this.validations.push(v);
    return v;
  }

  /** The validations over a block, as Range.dataValidation reports them. */
  validationOf(block: FakeValidation["block"]): { type: string; rule: any; errorAlert?: any; prompt?: any; ignoreBlanks?: boolean } {
    const inside = (a: FakeValidation["block"], b: FakeValidation["block"]) => a.row <= b.row && a.col <= b.col && a.row + a.rows >= b.row + b.rows && a.col + a.cols >= b.col + b.cols;
    const touching = this.validations.filter((v) => v.block.row < block.row + block.rows && block.row < v.block.row + v.block.rows && v.block.col < block.col + block.cols && block.col < v.block.col + v.block.cols);
    const one = touching[0];
    if (!one) return { type: "None", rule: {} };
    if (touching.length > 1) return { type: "Inconsistent", rule: {} };
    if (!inside(one.block, block)) return { type: "MixedCriteria", rule: {} };
    const kind = Object.keys(one.rule)[0] ?? "";
    const type = { wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom" }[kind] ?? "None";
    return { type, rule: structuredClone(one.rule), errorAlert: one.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" }, prompt: one.prompt ?? { showPrompt: false, title: "", message: "" }, ignoreBlanks: one.ignoreBlanks ?? true };
  }

  font(row: number, col: number): string {
    return this.fonts.get(`${row},${col}`) ?? FakeSheet.DEFAULT_FONT;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Excel's reading of typed input: 'text stays text, =… is a formula, numbers become numbers. A cell keeps its number format. */
  type(row: number, col: number, input: unknown): void {
    const key = `${row},${col}`;
    const format = this.cells.get(key)?.format;
    this.typeValue(row, col, input);
    const now = this.cells.get(key);
    if (format !== undefined) {
      if (now) now.format = format;
      else this.cells.set(key, { value: "", format });
    }
  }

  /** Set a number format, as the Number Format box does (a blank cell keeps it too). */
  setFormat(row: number, col: number, format: string): void {
    const key = `${row},${col}`;
    const cell = this.cells.get(key);
    if (format === "General") {
      if (cell) delete cell.format;
      if (cell && cell.value === "" && !cell.formula) this.cells.delete(key);
    } else if (cell) cell.format = format;
    else this.cells.set(key, { value: "", format });
  }

  private typeValue(row: number, col: number, input: unknown): void {
    const key = `${row},${col}`;
    if (input === "" || input === null || input === undefined) this.cells.delete(key);
    else if (typeof input === "number" || typeof input === "boolean") this.cells.set(key, { value: input });
    else {
      const s = String(input);
      if (s.startsWith("'")) this.cells.set(key, { value: s.slice(1) });
      else if (s.startsWith("=")) this.cells.set(key, { value: 0, formula: s });
      else if (/^-?\d+(\.\d+)?$/.test(s.trim())) this.cells.set(key, { value: Number(s) });
      else if (/^(true|false)$/i.test(s.trim())) this.cells.set(key, { value: s.trim().toLowerCase() === "true" });
      else this.cells.set(key, { value: s });
    }
  }

  /** Put raw cell content (what a user typed earlier): strings stay strings. */
  load(grid: readonly (readonly unknown[])[], origin = { row: 0, col: 0 }): void {
    grid.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        this.cells.set(`${r + origin.row},${c + origin.col}`, { value: v as Cell["value"] });
      }),
    );
  }

  bounds(): { row: number; col: number; rows: number; cols: number } | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    // the used range with valuesOnly: a cell with only a format is not part of it
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  grid(kind: "values" | "formulas" | "numberFormat", b = this.bounds()): unknown[][] {
    if (!b) return [];
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.cols }, (_, c) => {
        const cell = this.get(b.row + r, b.col + c);
        if (kind === "numberFormat") return cell?.format ?? "General";
        if (!cell) return "";
        return kind === "formulas" && cell.formula ? cell.formula : cell.value;
      }),
    );
  }

  /** Recompute =SUM(...) and =A1-B1 formulas (all this add-in writes), repeating until parents settle. */
  recalc(): void {
    const num = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      const v = m ? this.get(Number(m[2]) - 1, columnIndex(m[1] as string))?.value : 0;
      return typeof v === "number" ? v : 0;
    };
    const range = (part: string) => {
      const [from, to] = part.split(":") as [string, string | undefined];
      if (!to) return num(from);
      const a = /^([A-Z]+)(\d+)$/.exec(from);
      const b = /^([A-Z]+)(\d+)$/.exec(to);
      if (!a || !b) return 0;
      let s = 0;
      for (let r = Number(a[2]); r <= Number(b[2]); r++) s += num(`${a[1]}${r}`);
      return s;
    };
    for (let pass = 0; pass < 8; pass++) {
      for (const cell of this.cells.values()) {
        const f = cell.formula;
        if (!f) continue;
        const sum = /^=SUM\((.*)\)$/i.exec(f);
        const diff = /^=([A-Z]+\d+)-([A-Z]+\d+)$/.exec(f);
        if (sum) cell.value = Math.round((sum[1] as string).split(",").reduce((s, p) => s + range(p.trim()), 0) * 1000) / 1000;
        else if (diff) cell.value = Math.round((num(diff[1] as string) - num(diff[2] as string)) * 1000) / 1000;
      }
    }
  }
}

interface Tracked {
  mock: any;
  sheet: FakeSheet;
  row: number;
  col: number;
  values: unknown;
  formulas: unknown;
  numberFormat: unknown;
  hyperlink: unknown;
}

const MAX_ROWS = 1_048_576;

function blockAddress(b: { row: number; col: number; rows: number; cols: number }): string {
  if (b.row === 0 && b.rows >= MAX_ROWS) return `${a1(0, b.col).replace(/\d+$/, "")}:${a1(0, b.col + b.cols - 1).replace(/\d+$/, "")}`;
  const from = a1(b.row, b.col);
  const to = a1(b.row + b.rows - 1, b.col + b.cols - 1);
  return from === to ? from : `${from}:${to}`;
}

function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (whole) return { row: 0, col: columnIndex(whole[1] as string), rows: MAX_ROWS, cols: columnIndex(whole[2] as string) - columnIndex(whole[1] as string) + 1 };
  const [from, to] = address.replace(/\$/g, "").split(":") as [string, string | undefined];
  const p = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(ref);
    if (!m) throw new Error(`fake: unsupported address ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1] as string) };
  };
  const a = p(from);
  const b = to ? p(to) : a;
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

/** Members of worksheets and ranges that came after ExcelApi 1.7, with the set that brought them. */
const NEWER_MEMBERS: Record<string, string> = {
  pageLayout: "1.9",
  dataValidation: "1.8",
  customProperties: "1.12",
  group: "1.10",
  getSpecialCells: "1.9",
  getMergedAreasOrNullObject: "1.13",
  getCellProperties: "1.9",
  setCellProperties: "1.9",
  getRowProperties: "1.9",
  setRowProperties: "1.9",
};

const versionAtLeast = (have: string, want: string) => {
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a !== c ? a > c : b >= d;
};

/** Office's requirement checks for an Excel of API level `api`, with or without the shared runtime. */
export function officeFor(api: string, sharedRuntime: boolean): { context: { requirements: { isSetSupported: (set: string, v?: string) => boolean } } } {
  return {
    context: {
      requirements: {
        isSetSupported: (set: string, v = "1.1") =>
          set === "ExcelApi" ? versionAtLeast(api, v) : set === "SharedRuntime" ? sharedRuntime && v === "1.1" : false,
      },
    },
  };
}

export class FakeExcel {
  /** the newest ExcelApi this Excel has; members of newer sets throw as in an Excel that lacks them */
  api = "1.20";
  sheets: FakeSheet[] = [];
  active = "";
  settings = new Map<string, string>();
  /** workbook defined names: name → reference ("'Tổng hợp'!$A$1"); a deleted sheet's names turn to #REF! */
  names = new Map<string, string>();
  /** behave like a host without ExcelApi 1.9 (no visible-cells query) */
  noSpecialCells = false;
  /** behave like a host that refuses the merged-areas query (its behaviour on huge sheets is not documented) */
  refuseMergedAreas = false;
  syncs = 0;
  suspends = 0;
  /** behave like a host that fails a request calling methods on a null worksheet */
  strictNullObjects = false;
  private chartCount = 0;
  private failNext = false;
  /** the code the next sync fails with (a request the host refuses as a whole) */
  private failNextCode = "";
  /** the number of the sync (counted from 1) that fails as a request Excel rejects */
  failSync = 0;
  selected = "";
  /** requests' approximate sizes, one per sync */
  requestBytes: number[] = [];
  private pending = 0;
  private tracked: Tracked[] = [];
  private mocks: any[] = [];
  /** where each range proxy points (a proxy answers only loaded properties) */
  private addresses = new WeakMap<object, string>();
  readonly context: any;

  constructor() {
    this.context = new OfficeMockObject({
      workbook: {
        worksheets: {
          load: () => undefined,
          getActiveWorksheet: () => this.worksheet(this.sheet(this.active)),
          getItem: (name: string) => {
            const s = this.sheet(name);
            if (!s) throw new Error(`fake: no sheet ${name}`);
            return this.worksheet(s);
          },
          getItemOrNullObject: (name: string) => this.worksheet(this.sheet(name)),
          add: (name: string) => {
            // Excel compares sheet names without case
            if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`fake: sheet ${name} exists`), { code: "ItemAlreadyExists" });
            const s = new FakeSheet(name);
            this.sheets.push(s);
            return this.worksheet(s);
          },
        },
        names: {
          load: () => undefined,
          getItemOrNullObject: (name: string) => this.namedItem(name),
          getItem: (name: string) => {
            if (!this.nameKey(name)) throw new Error(`fake: no name ${name}`);
            return this.namedItem(name);
          },
          add: (name: string, reference: string) => {
            if (this.nameKey(name)) throw Object.assign(new Error(`fake: name ${name} exists`), { code: "ItemAlreadyExists" });
            this.names.set(name, reference.replace(/^=/, ""));
            return this.namedItem(name);
          },
        },
        settings: {
          getItemOrNullObject: (key: string) => this.track({ value: this.settings.get(key) ?? "" }, !this.settings.has(key)),
          add: (key: string, value: string) => void this.settings.set(key, value),
        },
      },
      application: { suspendApiCalculationUntilNextSync: () => void this.suspends++ },
      sync: async () => this.sync(),
    });
    Object.defineProperty(this.context.workbook.worksheets, "items", { get: () => this.sheets.map((s) => ({ name: s.name })) });
    Object.defineProperty(this.context.workbook.names, "items", { get: () => [...this.names].map(([name, value]) => ({ name, value })) });
  }

  /** Marks `sheet` as the add-in's sheet of `kind`, as an earlier run (or the CLI) left it. */
  mark(name: string, sheet: string): void {
    this.names.set(name, `'${sheet.replace(/'/g, "''")}'!$A$1`);
  }

  private nameKey(name: string): string | undefined {
    return [...this.names.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  }

  private namedItem(name: string): any {
    const key = this.nameKey(name);
    if (!key && this.strictNullObjects) this.failNext = true;
    const ref = key ? (this.names.get(key) as string) : "";
    const target = key && !ref.includes("#REF!") ? this.sheet(refSheet(ref) ?? "") : undefined;
    return this.track(
      {
        name: key ?? "",
        value: ref,
        delete: () => void (key && this.names.delete(key)),
        getRangeOrNullObject: () => {
          const r = this.range(target, 0, 0, 1, 1, !target);
          r.worksheet = this.worksheet(target);
          return r;
        },
      },
      !key,
    );
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string, grid: readonly (readonly unknown[])[] = [], origin = { row: 0, col: 0 }): FakeSheet {
    const s = new FakeSheet(name);
    s.load(grid, origin);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  private track(data: Record<string, unknown>, isNull = false): any {
    const mock = new OfficeMockObject(data as never, "excel" as never);
    // Office.js answers isNullObject after any sync, without a load of its own
    mock.isNullObject = isNull;
    this.mocks.push(mock);
    return mock;
  }

  private range(sheet: FakeSheet | undefined, row: number, col: number, rows: number, cols: number, isNull = false): any {
    // a whole-sheet range is only ever cleared or formatted here: no grid of a million rows behind it
    const huge = rows * cols > 5_000_000 || rows > 200_000;
    const values = sheet && !isNull && !huge ? this.slice(sheet, "values", row, col, rows, cols) : [];
    const formulas = sheet && !isNull && !huge ? this.slice(sheet, "formulas", row, col, rows, cols) : [];
    const numberFormat = sheet && !isNull && !huge ? this.slice(sheet, "numberFormat", row, col, rows, cols) : [];
    const mock = this.track({
      values,
      formulas,
      rowIndex: row,
      columnIndex: col,
      address: sheet ? `${sheet.name}!${a1(row, col)}` : "",
      numberFormat,
      format: { font: {}, fill: {}, borders: { getItem: () => ({}) }, autofitRows: () => undefined },
      conditionalFormats: {
        clearAll: () => {
          if (sheet) sheet.conditionalFormats = [];
        },
        add: (type: string) => {
          const cf = fakeFormat(type, sheet ? `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}` : "");
          sheet?.conditionalFormats.push(cf);
          return cf;
        },
      },
      select: () => void (this.selected = sheet ? `${sheet.name}!${a1(row, col)}` : ""),
      clear: (what?: string) => sheet?.clearRange(row, col, rows, cols, what),
      merge: () => {
        if (!sheet) return;
        if (sheet.merges.some((m) => m.row < row + rows && row < m.row + m.rows && m.col < col + cols && col < m.col + m.cols)) {
          throw Object.assign(new Error("fake: cannot merge over a merged area"), { code: "InvalidOperation" });
        }
        sheet.merges.push({ row, col, rows, cols });
      },
      unmerge: () => {
        if (sheet) sheet.merges = sheet.merges.filter((m) => !(m.row < row + rows && row < m.row + m.rows && m.col < col + cols && col < m.col + m.cols));
      },
      // read back at sync (see sync): the mock keeps what is assigned to rule
      dataValidation: {
        clear: () => {
          if (sheet) sheet.validations = [];
        },
        type: "",
        rule: "",
        errorAlert: "",
        prompt: "",
        ignoreBlanks: "",
      },
      // the font name (ExcelApi 1.9), and whatever setCellProperties left; what the range holds when the call is queued
      getCellProperties: () => ({
        value: Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => {
            const look = structuredClone(sheet?.looks.get(`${row + r},${col + c}`) ?? {});
            return { ...look, format: { ...look.format, font: { name: sheet?.font(row + r, col + c) ?? "", ...look.format?.font } } };
          }),
        ),
      }),
      setCellProperties: (cells: any[][]) =>
        cells.forEach((line, r) =>
          line.forEach((props, c) => {
            if (props && Object.keys(props).length) sheet?.looks.set(`${row + r},${col + c}`, structuredClone(props));
          }),
        ),
      getRowProperties: () => ({ value: Array.from({ length: rows }, (_, r) => structuredClone(sheet?.rowLooks.get(row + r) ?? { format: { rowHeight: 15 }, rowHidden: false })) }),
      setRowProperties: (props: any[]) =>
        props.forEach((p, r) => {
          if (p && Object.keys(p).length) sheet?.rowLooks.set(row + r, structuredClone(p));
        }),
      getEntireColumn: () => ({ group: () => void sheet?.groups.push(`${a1(0, col)}:${a1(0, col + cols - 1)}`) }),
      getMergedAreasOrNullObject: () => {
        // refused where Excel would refuse it: when the request runs
        if (this.refuseMergedAreas) this.failNextCode = "GeneralException";
        // as Excel: the merged areas whose top-left cell is inside the range
        const inside = (sheet?.merges ?? []).filter((m) => m.row >= row && m.row < row + rows && m.col >= col && m.col < col + cols);
        const address = inside.map((m) => `${sheet?.name}!${a1(m.row, m.col)}:${a1(m.row + m.rows - 1, m.col + m.cols - 1)}`).join(",");
        return this.track({ address }, inside.length === 0);
      },
      getSpecialCellsOrNullObject: (type: string) => {
        if (this.noSpecialCells) throw new Error("fake: getSpecialCellsOrNullObject needs ExcelApi 1.9");
        if (type !== "Visible") throw new Error(`fake: special cells ${type}`);
        const shown: string[] = [];
        for (let r = row; r < row + rows; r++) {
          if (sheet?.hiddenRows.has(r)) continue;
          const last = shown.at(-1);
          const m = last ? /:([A-Z]+)(\d+)$/.exec(last) : null;
          if (last && m && Number(m[2]) === r) shown[shown.length - 1] = last.replace(/\d+$/, String(r + 1));
          else shown.push(`${sheet?.name}!${a1(r, col)}:${a1(r, col + cols - 1)}`);
        }
        return this.track({ address: shown.join(",") }, shown.length === 0);
      },
    }, isNull || !sheet);
    if (sheet) this.addresses.set(mock, `${sheet.name}!${a1(row, col)}${rows > 1 || cols > 1 ? `:${a1(row + rows - 1, col + cols - 1)}` : ""}`);
    if (sheet && !isNull) this.rules(mock, sheet, { row, col, rows, cols });
    this.limit(mock);
    // remember the arrays handed to the mock: after load + sync the proxy holds these, a write replaces them
    if (sheet && !isNull) this.tracked.push({ mock, sheet, row, col, values, formulas, numberFormat, hyperlink: undefined });
    return mock;
  }

  /** A range's conditional formats and validation, read and written as Excel does (reads answer the sheet as it is). */
  private rules(mock: any, sheet: FakeSheet, block: FakeValidation["block"]): void {
    const cfs = mock.conditionalFormats;
    cfs.load = () => cfs;
    const touches = (range: string) =>
      range.split(",").some((part) => {
        const b = parseAddress(part);
        return b.row < block.row + block.rows && block.row < b.row + b.rows && b.col < block.col + block.cols && block.col < b.col + b.cols;
      });
    Object.defineProperty(cfs, "items", {
      get: () => {
        const all = sheet.conditionalFormats;
        return all
          .map((cf, i) => ({ cf, priority: all.length - 1 - i }))
          .filter(({ cf }) => touches(cf.range))
          .sort((a, b) => a.priority - b.priority)
          .map(({ cf, priority }) => {
            const multi = cf.range.includes(",");
            const where = (address: string, isNullObject: boolean) => ({ address, isNullObject, load() { return this; } });
            const quoted = (part: string) => `'${sheet.name}'!${part}`;
            const view: any = {
              type: cf.type,
              priority,
              stopIfTrue: cf.stopIfTrue ?? false,
              getRanges: () => {
                if (!versionAtLeast(this.api, "1.9")) throw Object.assign(new Error("fake: getRanges needs ExcelApi 1.9"), { code: "ApiNotFound" });
                return where(cf.range.split(",").map(quoted).join(","), false);
              },
              getRangeOrNullObject: () => where(multi ? "" : quoted(cf.range), multi),
            };
            for (const k of FORMAT_KINDS) view[k] = { load() { return this; }, toJSON: () => structuredClone(cf[k]) };
            return view;
          });
      },
    });
    const dv = mock.dataValidation;
    let mine: FakeValidation | undefined;
    const own = (): FakeValidation => (mine ??= sheet.validate(block, undefined));
    for (const k of ["type", "rule", "errorAlert", "prompt", "ignoreBlanks"] as const) {
      Object.defineProperty(dv, k, {
        configurable: true,
        get: () => sheet.validationOf(block)[k],
        set: (v: unknown) => {
          // what the mock itself copies in at sync is not a write
          if (k === "type" || v === "" || (typeof v === "string" && /not|load|sync/i.test(v))) return;
          if (k === "rule" && (!v || typeof v !== "object")) return;
          (own() as any)[k] = v;
        },
      });
    }
  }

  private slice(sheet: FakeSheet, kind: "values" | "formulas" | "numberFormat", row: number, col: number, rows: number, cols: number): unknown[][] {
    return sheet.grid(kind, { row, col, rows, cols });
  }

  private worksheet(sheet: FakeSheet | undefined): any {
    const isNull = !sheet;
    const ws = this.track({
      name: sheet?.name ?? "",
      visibility: sheet?.visibility ?? "Visible",
      getUsedRangeOrNullObject: () => {
        if (!sheet && this.strictNullObjects) this.failNext = true;
        const b = sheet?.bounds();
        return b ? this.range(sheet, b.row, b.col, b.rows, b.cols) : this.range(sheet, 0, 0, 0, 0, true);
      },
      getRange: (address?: string) => {
        // no address: the whole sheet (as far as this fake needs it: the used rows, all their columns)
        if (address === undefined) {
          const b = sheet?.bounds();
          return this.range(sheet, 0, 0, Math.max(1, (b?.row ?? 0) + (b?.rows ?? 1)), Math.max(1, (b?.col ?? 0) + (b?.cols ?? 1)), !sheet);
        }
        const p = parseAddress(address);
        return this.range(sheet, p.row, p.col, p.rows, p.cols);
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => this.range(sheet, row, col, rows, cols),
      delete: () => {
        this.sheets = this.sheets.filter((s) => s !== sheet);
        // as Excel does, names pointing at the deleted sheet turn to #REF!, and so do formulas elsewhere reading it
        for (const [k, ref] of this.names) if (sheet && refSheet(ref) === sheet.name) this.names.set(k, "#REF!");
        if (sheet) for (const other of this.sheets) other.lostSheet(sheet.name);
      },
      activate: () => void (this.active = sheet?.name ?? this.active),
      freezePanes: {
        freezeRows: (n: number) => void (sheet && (sheet.frozen = `rows:${n}`)),
        freezeAt: (r: any) => void (sheet && (sheet.frozen = `at:${this.addresses.get(r) ?? ""}`)),
      },
      pageLayout: {
        setPrintTitleRows: () => undefined,
        setPrintArea: (area: string) => void (sheet && (sheet.printArea = area)),
        getPrintAreaOrNullObject: () => {
          const area = sheet?.printArea ?? "";
          return { address: area ? `'${sheet?.name}'!${area}` : "", isNullObject: !area, load() { return this; } };
        },
        // read back at sync
        headersFooters: { defaultForAllPages: { centerFooter: "" } },
      },
      charts: {
        add: (type: string, source: any) => {
          // named as Excel names them, "Chart 1", "Chart 2"… per workbook
          const name = `Chart ${++this.chartCount}`;
          const record = { name, type, source: this.addresses.get(source) ?? "", series: {} as Record<number, { chartType?: string }>, mock: undefined as any };
          sheet?.charts.push(record);
          record.mock = this.track({ name, title: {}, legend: {}, setPosition: () => undefined, series: { getItemAt: (i: number) => (record.series[i] ??= {}) } });
          return record.mock;
        },
        getItem: (name: string) => ({
          delete: () => {
            if (!sheet?.charts.some((c) => c.name === name)) throw Object.assign(new Error(`fake: no chart ${name}`), { code: "ItemNotFound" });
            sheet.charts = sheet.charts.filter((c) => c.name !== name);
          },
        }),
      },
    }, isNull);
    // the sheet's charts, listed once loaded (a null sheet's list, on a strict host, fails the request)
    const charts = ws.charts;
    charts.load = () => {
      if (!sheet && this.strictNullObjects) this.failNext = true;
      return charts;
    };
    Object.defineProperty(charts, "items", { get: () => (sheet?.charts ?? []).map((c) => ({ name: c.name })) });
    this.limit(ws);
    // visibility is applied when the request runs
    if (sheet) this.tracked.push({ mock: ws, sheet, row: -1, col: -1, values: undefined, formulas: undefined, numberFormat: undefined, hyperlink: undefined });
    return ws;
  }

  /** Hide what this Excel's API level does not have: using it fails like Excel's ApiNotFound. */
  private limit(proxy: any): void {
    for (const [member, since] of Object.entries(NEWER_MEMBERS)) {
      if (versionAtLeast(this.api, since)) continue;
      Object.defineProperty(proxy, member, {
        configurable: true,
        get: () => {
          throw Object.assign(new Error(`fake: ${member} needs ExcelApi ${since}, this Excel has ${this.api}`), { code: "ApiNotFound" });
        },
        // the mock copies its data back at sync; that copy is not a use of the member
        set: () => undefined,
      });
    }
  }

  async sync(): Promise<void> {
    this.syncs++;
    if (this.failNextCode) {
      const code = this.failNextCode;
      this.failNextCode = "";
      this.tracked = [];
      this.mocks = [];
      throw Object.assign(new Error(`fake: the request was refused (${code})`), { code });
    }
    if (this.failNext || this.syncs === this.failSync) {
      this.failNext = false;
      this.tracked = [];
      this.mocks = [];
      throw Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    }
    let bytes = 0;
    for (const t of this.tracked) {
      if (t.row < 0) {
        if (["Visible", "Hidden", "VeryHidden"].includes(t.mock.visibility)) t.sheet.visibility = t.mock.visibility;
        try {
          const footer = t.mock.pageLayout?.headersFooters?.defaultForAllPages?.centerFooter;
          if (typeof footer === "string" && footer) t.sheet.footer = footer;
        } catch {
          // an Excel without page layout
        }
        continue;
      }
      for (const kind of ["values", "formulas"] as const) {
        const now = t.mock[kind];
        if (!Array.isArray(now) || now === t[kind]) continue;
        bytes += JSON.stringify(now).length;
        (now as unknown[][]).forEach((line, r) =>
          line.forEach((v, c) => {
            const [at, ac] = [t.row + r, t.col + c];
            const inMerge = t.sheet.merges.some((m) => at >= m.row && at < m.row + m.rows && ac >= m.col && ac < m.col + m.cols && (at !== m.row || ac !== m.col));
            if (inMerge && v !== "" && v !== null) {
              this.tracked = [];
              this.mocks = [];
              throw Object.assign(new Error(`fake: ${a1(at, ac)} is part of a merged area`), { code: "InvalidOperation" });
            }
            t.sheet.type(at, ac, v);
          }),
        );
        t[kind] = now;
      }
      const formats = t.mock.numberFormat;
      if (Array.isArray(formats) && formats !== t.numberFormat) {
        // one format for the whole range, or one per cell
        const one = formats.length === 1 && (formats[0] as unknown[]).length === 1 ? (formats[0] as string[])[0] : undefined;
        const height = one !== undefined ? Math.max(1, (t.values as unknown[][]).length) : formats.length;
        const width = one !== undefined ? Math.max(1, ((t.values as unknown[][])[0] ?? []).length) : 0;
        for (let r = 0; r < height; r++) {
          const line = one !== undefined ? Array.from({ length: width }, () => one) : (formats[r] as string[]);
          line.forEach((f, c) => t.sheet.setFormat(t.row + r, t.col + c, String(f)));
        }
        t.numberFormat = formats;
      }
      const font = t.mock.format?.font?.name;
      if (typeof font === "string" && font) {
        const lines = t.values as unknown[][];
        for (let r = 0; r < lines.length; r++) for (let c = 0; c < (lines[r] ?? []).length; c++) t.sheet.fonts.set(`${t.row + r},${t.col + c}`, font);
        t.mock.format.font.name = undefined;
      }
      if (t.mock.hyperlink && t.mock.hyperlink !== t.hyperlink) {
        t.sheet.hyperlinks.set(a1(t.row, t.col), t.mock.hyperlink);
        t.hyperlink = t.mock.hyperlink;
      }
    }
    this.requestBytes.push(bytes + this.pending);
    this.pending = 0;
    for (const s of this.sheets) s.recalc();
    for (const m of this.mocks) await m.sync();
    await new Promise((r) => setTimeout(r, 0));
    this.mocks = [];
  }

  /** The sheet as values with formulas where a cell has one: what "undo restores exactly" compares. */
  snapshot(name: string): string[] {
    const s = this.sheet(name);
    if (!s) return [];
    return [...s.cells.entries()].map(([k, c]) => `${k}=${c.formula ?? JSON.stringify(c.value)}${c.format ? ` [${c.format}]` : ""}`).sort();
  }
}
