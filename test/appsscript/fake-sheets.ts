// A small, faithful stand-in for the Apps Script services Code.js uses, counting every call made on a
// Spreadsheet, Sheet, Range, RangeList, chart builder and developer metadata. Behaviours that matter
// for correctness follow Sheets: setValues parses strings as typed input ("=…" formula, "'…" text,
// numbers and TRUE/FALSE converted), formulas are recomputed when read, insertSheet activates the sheet.

export interface Calls {
  count: number;
  names: string[];
}

/** Wraps `target` so each method call is counted; methods returning their own object keep the wrapper. */
function counted<T extends object>(target: T, kind: string, calls: Calls): T {
  const proxy: T = new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver);
      if (typeof v !== "function" || typeof prop !== "string" || prop.startsWith("_") || prop === "constructor") return v;
      return (...args: unknown[]) => {
        calls.count++;
        calls.names.push(`${kind}.${prop}`);
        const out = (v as (...a: unknown[]) => unknown).apply(t, args);
        return out === t ? proxy : out;
      };
    },
  });
  return proxy;
}

interface Cell {
  value: unknown;
  formula?: string;
  note?: string;
  background?: string;
  format?: Record<string, unknown>;
  /** a data validation is the cell's own in Sheets: it moves with the row */
  validation?: any;
}

const WHITE = "#ffffff";

function letters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "D48" / "C3:F9" → 0-based box */
function parseA1(a1: string): { row: number; col: number; rows: number; cols: number } {
  const one = (ref: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
    if (!m) throw new Error(`fake: bad A1 reference ${ref}`);
    let col = 0;
    for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const [a, b] = a1.split(":");
  const p = one(a as string);
  const q = b ? one(b) : p;
  return { row: Math.min(p.row, q.row), col: Math.min(p.col, q.col), rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** What Sheets stores for a value handed to setValues (vi locale: "12,72" becomes a number too). */
export function typedEntry(input: unknown): { value: unknown; formula?: string } {
  if (input === null || input === undefined || input === "") return { value: "" };
  if (typeof input !== "string") return { value: input };
  if (input.startsWith("=")) return { value: "", formula: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (/^[+-]?\d+([.,]\d+)?$/.test(input.trim())) return { value: Number(input.trim().replace(",", ".")) };
  if (/^(true|false)$/i.test(input.trim())) return { value: input.trim().toLowerCase() === "true" };
  return { value: input };
}

export class FakeChart {
  constructor(
    readonly type: string,
    readonly ranges: FakeRange[],
    readonly options: Record<string, unknown>,
    readonly position: number[],
  ) {}
}

class FakeChartBuilder {
  private type = "";
  private ranges: FakeRange[] = [];
  private options: Record<string, unknown> = {};
  private position: number[] = [];
  setChartType(t: string) {
    this.type = t;
    return this;
  }
  addRange(r: FakeRange) {
    this.ranges.push(r);
    return this;
  }
  setNumHeaders(n: number) {
    this.options.numHeaders = n;
    return this;
  }
  setOption(k: string, v: unknown) {
    this.options[k] = v;
    return this;
  }
  setPosition(...p: number[]) {
    this.position = p;
    return this;
  }
  build() {
    return new FakeChart(this.type, this.ranges, this.options, this.position);
  }
}

export class FakeRange {
  constructor(
    readonly _sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 0 || col < 0 || rows < 1 || cols < 1) throw new Error(`fake: bad range ${row},${col} ${rows}x${cols}`);
  }
  _grid<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => f(this._sheet._peek(this.row + i, this.col + j), this.row + i, this.col + j)));
  }
  _each(f: (cell: Cell, i: number, j: number) => void): this {
    for (let i = 0; i < this.rows; i++) for (let j = 0; j < this.cols; j++) f(this._sheet._cell(this.row + i, this.col + j), i, j);
    return this;
  }
  _check(grid: unknown[][]): void {
    if (!Array.isArray(grid) || grid.length !== this.rows || grid.some((r) => !Array.isArray(r) || r.length !== this.cols)) {
      throw new Error(`fake: grid does not match the range's ${this.rows}x${this.cols}`);
    }
  }
  getRow() {
    return this.row + 1;
  }
  getSheet() {
    return this._sheet._proxy;
  }
  getColumn() {
    return this.col + 1;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getA1Notation() {
    return `${letters(this.col)}${this.row + 1}:${letters(this.col + this.cols - 1)}${this.row + this.rows}`;
  }
  /** the sheet's merged areas that meet this range */
  getMergedRanges() {
    return this._sheet._merges
      .filter((m) => m.row < this.row + this.rows && this.row < m.row + m.rows && m.col < this.col + this.cols && this.col < m.col + m.cols)
      .map((m) => counted(new FakeRange(this._sheet, m.row, m.col, m.rows, m.cols), "Range", this._sheet._book._calls));
  }
  getValues() {
    return this._grid((_, r, c) => this._sheet._valueAt(r, c, 0));
  }
  getFormulas() {
    return this._grid((cell) => cell?.formula ?? "");
  }
  getNotes() {
    return this._grid((cell) => cell?.note ?? "");
  }
  getNumberFormats() {
    return this._grid((cell) => String(cell?.format?.numberFormat ?? "General"));
  }
  setNumberFormats(grid: string[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      cell.format = { ...cell.format, numberFormat: (grid[i] as string[])[j] };
    });
  }
  getBackgrounds() {
    return this._grid((cell) => cell?.background ?? WHITE);
  }
  setValues(grid: unknown[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      const e = typedEntry((grid[i] as unknown[])[j]);
      cell.value = e.value;
      if (e.formula) cell.formula = e.formula;
      else delete cell.formula;
    });
  }
  setFormulas(grid: string[][]) {
    return this.setValues(grid);
  }
  setNotes(grid: string[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      const n = (grid[i] as string[])[j];
      if (n) cell.note = n;
      else delete cell.note;
    });
  }
  setNote(n: string) {
    return this.setNotes(this._grid(() => n));
  }
  setBackgrounds(grid: (string | null)[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      const b = (grid[i] as (string | null)[])[j];
      if (b && b !== WHITE) cell.background = b;
      else delete cell.background;
    });
  }
  setBackground(b: string | null) {
    return this.setBackgrounds(this._grid(() => b));
  }
  _format(key: string, value: unknown) {
    return this._each((cell) => {
      cell.format = { ...cell.format, [key]: value };
    });
  }
  setFontWeight(v: string) {
    return this._format("fontWeight", v);
  }
  setFontSize(v: number) {
    return this._format("fontSize", v);
  }
  setFontColor(v: string) {
    return this._format("fontColor", v);
  }
  setFontStyle(v: string) {
    return this._format("fontStyle", v);
  }
  setFontFamily(v: string) {
    return this._format("fontFamily", v);
  }
  getFontFamilies() {
    return this._grid((cell) => String(cell?.format?.fontFamily ?? FakeRange.DEFAULT_FONT));
  }
  setFontFamilies(grid: (string | null)[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      const font = (grid[i] as (string | null)[])[j] ?? FakeRange.DEFAULT_FONT;
      const { fontFamily: _, ...rest } = cell.format ?? {};
      cell.format = font === FakeRange.DEFAULT_FONT ? rest : { ...rest, fontFamily: font };
    });
  }
  static readonly DEFAULT_FONT = "Arial";
  setWrap(v: boolean) {
    return this._format("wrap", v);
  }
  setNumberFormat(v: string) {
    return this._format("numberFormat", v);
  }
  setFontWeights(grid: (string | null)[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      cell.format = { ...cell.format, fontWeight: (grid[i] as (string | null)[])[j] ?? "normal" };
    });
  }
  setVerticalAlignment(v: string) {
    return this._format("verticalAlignment", v);
  }
  setHorizontalAlignment(v: string) {
    return this._format("horizontalAlignment", v);
  }
  setDataValidation(rule: unknown) {
    return this._each((cell) => {
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
  }
  setDataValidations(grid: unknown[][]) {
    this._check(grid);
    return this._each((cell, i, j) => {
      const v = (grid[i] as unknown[])[j];
      if (v) cell.validation = v;
      else delete cell.validation;
    });
  }
  getDataValidations() {
    return this._grid((cell) => cell?.validation ?? null);
  }
  clearContent() {
    return this._each((cell) => {
      cell.value = "";
      delete cell.formula;
    });
  }
  shiftColumnGroupDepth(d: number) {
    this._sheet._groups.push(`${this.getA1Notation()}:${d}`);
    return this;
  }
  setBorder(...v: unknown[]) {
    return this._format("border", v.join(","));
  }
  activate() {
    this._sheet._book._active = this._sheet;
    this._sheet._book.activeRange = this.getA1Notation();
    return this;
  }
}

export class FakeRangeList {
  constructor(readonly _ranges: FakeRange[]) {}
  getRanges() {
    return this._ranges;
  }
  _all(f: (r: FakeRange) => void) {
    this._ranges.forEach(f);
    return this;
  }
  setBackground(v: string) {
    return this._all((r) => r.setBackground(v));
  }
  setFontWeight(v: string) {
    return this._all((r) => r.setFontWeight(v));
  }
  setFontColor(v: string) {
    return this._all((r) => r.setFontColor(v));
  }
  setFontStyle(v: string) {
    return this._all((r) => r.setFontStyle(v));
  }
  setWrap(v: boolean) {
    return this._all((r) => r.setWrap(v));
  }
  setNote(v: string) {
    return this._all((r) => r.setNote(v));
  }
  setFontFamily(v: string) {
    return this._all((r) => r.setFontFamily(v));
  }
  setVerticalAlignment(v: string) {
    return this._all((r) => r.setVerticalAlignment(v));
  }
  setHorizontalAlignment(v: string) {
    return this._all((r) => r.setHorizontalAlignment(v));
  }
  setBorder(...v: unknown[]) {
    return this._all((r) => r.setBorder(...v));
  }
  setNumberFormat(v: string) {
    return this._all((r) => r.setNumberFormat(v));
  }
}

/** The criteria a data-validation builder's require… call sets, as DataValidation reports them. */
const CRITERIA: Record<string, string> = {
  requireValueInList: "VALUE_IN_LIST",
  requireValueInRange: "VALUE_IN_RANGE",
  requireNumberBetween: "NUMBER_BETWEEN",
  requireNumberGreaterThanOrEqualTo: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  requireTextLengthLessThanOrEqualTo: "TEXT_LENGTH_LESS_THAN_OR_EQUAL_TO",
  requireFormulaSatisfied: "CUSTOM_FORMULA",
  requireCheckbox: "CHECKBOX",
};

/** A data-validation or conditional-format builder: records what it is told, build() returns the record. */
export function fakeBuilder(kind: string): any {
  const rule: Record<string, unknown> = { kind };
  const criteria = () => Object.keys(rule).find((k) => k in CRITERIA);
  const b: any = new Proxy(
    {},
    {
      get: (_t, prop: string) =>
        prop === "build"
          ? () => ({
              ...rule,
              getBooleanCondition: () => (rule.whenFormulaSatisfied ? { getCriteriaValues: () => rule.whenFormulaSatisfied as unknown[] } : null),
              getCriteriaType: () => CRITERIA[criteria() ?? ""] ?? "",
              getCriteriaValues: () => [...((rule[criteria() ?? ""] as unknown[]) ?? [])],
              getHelpText: () => ((rule.setHelpText as unknown[] | undefined)?.[0] as string) ?? "",
              getAllowInvalid: () => ((rule.setAllowInvalid as unknown[] | undefined)?.[0] as boolean) ?? true,
            })
          : (...args: unknown[]) => {
              rule[prop] = args;
              return b;
            },
    },
  );
  return b;
}

/** A conditional format rule as SpreadsheetApp's builder makes it: a custom formula, or another condition. */
export interface FakeRule {
  formula: string;
  background: string;
  ranges: FakeRange[];
  /** a condition other than a custom formula (whenTextContains…): its criteria and values */
  condition?: { type: string; values: unknown[] };
  bold?: boolean;
}

/** SpreadsheetApp.newConditionalFormatRule(), or rule.copy(): a builder starting from `from`. */
export function fakeRuleBuilder(from?: FakeRule): any {
  const rule: FakeRule = from ? { ...from, ranges: [...from.ranges] } : { formula: "", background: "", ranges: [] };
  const b = {
    whenFormulaSatisfied: (f: string) => ((rule.formula = f), delete rule.condition, b),
    whenTextContains: (t: string) => ((rule.condition = { type: "TEXT_CONTAINS", values: [t] }), (rule.formula = ""), b),
    setBackground: (c: string) => ((rule.background = c), b),
    setBold: (v: boolean) => ((rule.bold = v), b),
    setRanges: (r: FakeRange[]) => ((rule.ranges = r), b),
    build: (): FakeRule =>
      Object.assign(rule, {
        getBooleanCondition: () =>
          rule.condition
            ? { getCriteriaType: () => rule.condition?.type, getCriteriaValues: () => [...(rule.condition?.values ?? [])] }
            : { getCriteriaType: () => "CUSTOM_FORMULA", getCriteriaValues: () => [rule.formula] },
        getRanges: () => [...rule.ranges],
        copy: () => fakeRuleBuilder(rule),
      }),
  };
  return b;
}

export class FakeSheet {
  _rows: (Cell | undefined)[][] = [];
  /** per-row height and hidden state, moved with the rows as Sheets moves them */
  _rowProps: ({ height?: number; hidden?: boolean } | undefined)[] = [];
  _groups: string[] = [];
  _hidden = false;
  /** developer metadata on the sheet (it moves with the sheet and goes when the sheet is deleted) */
  _metadata: FakeMetadata[] = [];
  _charts: FakeChart[] = [];
  _rules: FakeRule[] = [];
  /** merged areas, 0-based */
  _merges: { row: number; col: number; rows: number; cols: number }[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths: Record<number, number> = {};
  readonly _proxy: FakeSheet;
  constructor(
    readonly _book: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
  ) {
    this._proxy = counted(this, "Sheet", _book._calls);
  }
  /** every validation, cell by cell */
  get _validations(): { a1: string; rule: any }[] {
    const out: { a1: string; rule: any }[] = [];
    this._rows.forEach((line, r) => line?.forEach((cell, c) => cell?.validation && out.push({ a1: `${letters(c)}${r + 1}`, rule: cell.validation })));
    return out;
  }
  _peek(r: number, c: number): Cell | undefined {
    return this._rows[r]?.[c];
  }
  _cell(r: number, c: number): Cell {
    const line = (this._rows[r] ??= []);
    return (line[c] ??= { value: "" });
  }
  /** a cell's value, formulas computed (SUM of refs/ranges, A1-B1, HYPERLINK) */
  _valueAt(r: number, c: number, depth: number): unknown {
    const cell = this._peek(r, c);
    if (!cell) return "";
    if (!cell.formula) return cell.value;
    if (depth > 50) return "#REF!";
    return this._evaluate(cell.formula, depth + 1);
  }
  _evaluate(formula: string, depth: number): unknown {
    const num = (v: unknown) => (typeof v === "number" ? v : v === "" ? 0 : NaN);
    let m = /^=SUM\((.*)\)$/i.exec(formula);
    if (m) {
      let total = 0;
      for (const part of (m[1] as string).split(",")) {
        const box = parseA1(part);
        for (let i = 0; i < box.rows; i++)
          for (let j = 0; j < box.cols; j++) {
            const v = this._valueAt(box.row + i, box.col + j, depth);
            if (typeof v === "number") total += v;
          }
      }
      return total;
    }
    m = /^=\$?([A-Z]+\$?\d+)-\$?([A-Z]+\$?\d+)$/i.exec(formula);
    if (m) {
      const a = parseA1(m[1] as string);
      const b = parseA1(m[2] as string);
      const d = num(this._valueAt(a.row, a.col, depth)) - num(this._valueAt(b.row, b.col, depth));
      return Number.isNaN(d) ? "#VALUE!" : d;
    }
    m = /^=HYPERLINK\("[^"]*","([^"]*)"\)$/i.exec(formula);
    if (m) return m[1];
    return "#NAME?";
  }
  _used(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    this._rows.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (cell && (cell.formula || (cell.value !== "" && cell.value !== null && cell.value !== undefined))) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    return { rows, cols };
  }
  /** test helper: put raw cells (strings stay text, as an import would leave them) */
  _load(grid: readonly (readonly unknown[])[], at = { row: 0, col: 0 }): void {
    grid.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const cell = this._cell(r + at.row, c + at.col);
        if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
        else cell.value = v;
      }),
    );
  }
  /** test helper: every stored cell, for exact comparisons */
  _dump(): string {
    const out: string[] = [];
    this._rows.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell) return;
        const blank = !cell.formula && (cell.value === "" || cell.value === null) && !cell.note && !cell.background;
        // a Date and its ISO text are different cells; a number format is part of what the user sees
        const value = Object.prototype.toString.call(cell.value) === "[object Date]" ? { date: (cell.value as Date).toISOString() } : cell.value;
        const format = cell.format?.numberFormat === "General" ? undefined : cell.format?.numberFormat;
        if (!blank) out.push(`${letters(c)}${r + 1}=${JSON.stringify([value, cell.formula ?? "", cell.note ?? "", cell.background ?? "", ...(format ? [format] : [])])}`);
      }),
    );
    return out.join("\n");
  }
  getName() {
    return this._name;
  }
  setName(n: string) {
    this._name = n;
    return this;
  }
  getSheetId() {
    return this._id;
  }
  getLastRow() {
    return this._used().rows;
  }
  getLastColumn() {
    return this._used().cols;
  }
  getMaxRows() {
    return Math.max(1000, this._rows.length);
  }
  getMaxColumns() {
    return 26;
  }
  getDataRange() {
    const u = this._used();
    return this._range(0, 0, Math.max(1, u.rows), Math.max(1, u.cols));
  }
  _range(row: number, col: number, rows: number, cols: number) {
    return counted(new FakeRange(this, row, col, rows, cols), "Range", this._book._calls);
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1) {
    if (typeof a === "string") {
      const box = parseA1(a);
      return this._range(box.row, box.col, box.rows, box.cols);
    }
    return this._range(a - 1, (col as number) - 1, rows, cols);
  }
  getRangeList(a1s: string[]) {
    const raw = a1s.map((a) => {
      const box = parseA1(a);
      return new FakeRange(this, box.row, box.col, box.rows, box.cols);
    });
    return counted(new FakeRangeList(raw), "RangeList", this._book._calls);
  }
  /** clear() empties every cell; clear({ contentsOnly, formatOnly }) leaves what else a cell has (its validation) */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
    if (!options) {
      this._rows = [];
      return this;
    }
    for (const line of this._rows)
      line?.forEach((cell) => {
        if (!cell) return;
        if (options.contentsOnly) {
          cell.value = "";
          delete cell.formula;
        }
        if (options.formatOnly) {
          delete cell.format;
          delete cell.background;
        }
      });
    return this;
  }
  clearContents() {
    for (const line of this._rows)
      line?.forEach((cell) => {
        if (!cell) return;
        cell.value = "";
        delete cell.formula;
      });
    return this;
  }
  getCharts() {
    return [...this._charts];
  }
  removeChart(chart: FakeChart) {
    this._charts = this._charts.filter((c) => c !== chart);
  }
  insertChart(chart: FakeChart) {
    this._charts.push(chart);
  }
  newChart() {
    return counted(new FakeChartBuilder(), "ChartBuilder", this._book._calls);
  }
  hideSheet() {
    this._hidden = true;
    return this;
  }
  addDeveloperMetadata(key: string, value: string) {
    this._metadata.push(new FakeMetadata(key, value, this));
    return this;
  }
  getDeveloperMetadata() {
    return this._metadata.map((m) => counted(m, "DeveloperMetadata", this._book._calls));
  }
  isSheetHidden() {
    return this._hidden;
  }
  activate() {
    this._book._active = this;
    return this;
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  insertRowsBefore(row: number, count: number) {
    this._rows.splice(row - 1, 0, ...Array.from({ length: count }, () => []));
    this._rowProps.splice(row - 1, 0, ...Array.from({ length: count }, () => undefined));
    return this;
  }
  deleteRows(row: number, count: number) {
    this._rows.splice(row - 1, count);
    this._rowProps.splice(row - 1, count);
    return this;
  }
  setRowHeight(row: number, px: number) {
    this._rowProps[row - 1] = { ...(this._rowProps[row - 1] ?? {}), height: px };
    return this;
  }
  hideRows(row: number, count = 1) {
    for (let r = row - 1; r < row - 1 + count; r++) this._rowProps[r] = { ...(this._rowProps[r] ?? {}), hidden: true };
  }
  setFrozenColumns(n: number) {
    this.frozenColumns = n;
  }
  setConditionalFormatRules(rules: FakeRule[]) {
    this._rules = [...rules];
  }
  getConditionalFormatRules() {
    return [...this._rules];
  }
  setColumnWidth(col: number, px: number) {
    this.columnWidths[col] = px;
    return this;
  }
  setColumnWidths(col: number, count: number, px: number) {
    for (let c = col; c < col + count; c++) this.columnWidths[c] = px;
    return this;
  }
}

class FakeMetadata {
  constructor(
    readonly _key: string,
    public _value: string,
    readonly _sheet: FakeSheet | null = null,
  ) {}
  getLocation() {
    const sheet = this._sheet;
    return { getLocationType: () => (sheet ? "SHEET" : "SPREADSHEET"), getSheet: () => sheet?._proxy ?? null };
  }
  getKey() {
    return this._key;
  }
  getValue() {
    return this._value;
  }
  setValue(v: string) {
    this._value = v;
    return this;
  }
}

export class FakeSpreadsheet {
  readonly _calls: Calls = { count: 0, names: [] };
  /** named ranges: name → the range (its sheet may be deleted since) */
  _named = new Map<string, FakeRange>();
  _sheets: FakeSheet[] = [];
  _active: FakeSheet | null = null;
  _metadata: FakeMetadata[] = [];
  _nextId = 0;
  activeRange = "";
  toasts: string[] = [];
  readonly _proxy: FakeSpreadsheet;
  constructor() {
    this._proxy = counted(this, "Spreadsheet", this._calls);
  }
  /** test helper: a sheet without counting or activation side effects */
  _add(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name, this._nextId++ * 1000);
    this._sheets.push(sheet);
    this._active ??= sheet;
    return sheet;
  }
  _find(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name === name);
  }
  getSheets() {
    return this._sheets.map((s) => s._proxy);
  }
  getSheetByName(name: string) {
    return this._find(name)?._proxy ?? null;
  }
  insertSheet(name: string) {
    // Sheets compares sheet names without case
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = this._add(name);
    this._active = sheet;
    return sheet._proxy;
  }
  deleteSheet(sheet: FakeSheet) {
    const name = sheet._name;
    this._sheets = this._sheets.filter((s) => s._name !== name);
    if (this._active?._name === name) this._active = this._sheets[0] ?? null;
  }
  getActiveSheet() {
    return (this._active as FakeSheet)._proxy;
  }
  setActiveSheet(sheet: FakeSheet) {
    this._active = this._find(sheet._name) ?? null;
    return sheet;
  }
  toast(message: string) {
    this.toasts.push(message);
  }
  getDeveloperMetadata() {
    return this._metadata.map((m) => counted(m, "DeveloperMetadata", this._calls));
  }
  addDeveloperMetadata(key: string, value: string) {
    this._metadata.push(new FakeMetadata(key, value));
    return this;
  }
  /** finds developer metadata anywhere in the spreadsheet (the spreadsheet's and every sheet's) */
  createDeveloperMetadataFinder() {
    const calls = this._calls;
    const all = () => [...this._metadata, ...this._sheets.flatMap((s) => s._metadata)];
    let key: string | null = null;
    const finder = {
      withKey: (k: string) => ((key = k), finder),
      find: () => all().filter((m) => key === null || m._key === key).map((m) => counted(m, "DeveloperMetadata", calls)),
    };
    return counted(finder, "DeveloperMetadataFinder", calls);
  }
  getNamedRanges() {
    const calls = this._calls;
    return [...this._named].map(([name, range]) =>
      counted(
        {
          getName: () => name,
          getRange: () => {
            if (!this._sheets.includes(range._sheet)) throw new Error("fake: the named range's sheet is gone");
            return range;
          },
        },
        "NamedRange",
        calls,
      ),
    );
  }
  setNamedRange(name: string, range: FakeRange) {
    if ([...this._named.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new Error(`fake: named range ${name} exists`);
    this._named.set(name, range);
  }
  removeNamedRange(name: string) {
    for (const k of [...this._named.keys()]) if (k.toLowerCase() === name.toLowerCase()) this._named.delete(k);
  }
  /** test helper: mark `sheet` as one of the add-on's sheets, as an earlier run left it */
  _mark(sheet: FakeSheet, kind: string): void {
    sheet._metadata.push(new FakeMetadata("cchc.own", kind, sheet));
  }
}

export interface FakeServices {
  book: FakeSpreadsheet;
  globals: Record<string, unknown>;
  ui: { menus: { title: string; items: (string[] | null)[] }[]; sidebars: { title: string; width: number; file: string }[]; alerts: string[] };
  lock: { held: boolean; acquired: number };
}

/** The globals Code.js expects, around one spreadsheet. */
export function fakeServices(book = new FakeSpreadsheet()): FakeServices {
  const ui: FakeServices["ui"] = { menus: [], sidebars: [], alerts: [] };
  const lock = { held: false, acquired: 0 };
  const menu = (title: string) => {
    const items: (string[] | null)[] = [];
    const m = {
      addItem: (label: string, fn: string) => (items.push([label, fn]), m),
      addSeparator: () => (items.push(null), m),
      addToUi: () => void ui.menus.push({ title, items }),
    };
    return m;
  };
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => book._proxy,
      newDataValidation: () => fakeBuilder("dataValidation"),
      newConditionalFormatRule: () => {
        book._calls.count++;
        book._calls.names.push("SpreadsheetApp.newConditionalFormatRule");
        return fakeRuleBuilder();
      },
      flush: () => undefined,
      getUi: () => ({
        createAddonMenu: () => menu("(add-on)"),
        createMenu: (title: string) => menu(title),
        showSidebar: (html: { title: string; width: number; file: string }) => void ui.sidebars.push(html),
        alert: (text: string) => void ui.alerts.push(text),
      }),
    },
    LockService: {
      getDocumentLock: () => ({
        tryLock: () => (lock.held ? false : ((lock.held = true), lock.acquired++, true)),
        waitLock: () => {
          if (lock.held) throw new Error("Lock timeout");
          lock.held = true;
        },
        releaseLock: () => void (lock.held = false),
        hasLock: () => lock.held,
      }),
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        const out = {
          file,
          title: "",
          width: 0,
          setTitle: (t: string) => ((out.title = t), out),
          setWidth: (w: number) => ((out.width = w), out),
        };
        return out;
      },
    },
    Charts: { ChartType: { BAR: "BAR", COLUMN: "COLUMN", COMBO: "COMBO" } },
    console,
  };
  return { book, globals, ui, lock };
}
