// The Excel side of the panel and the ribbon: each action is one Excel.run (one undo step where Excel allows it).
// Ribbon, pane and functions share one runtime, so the last outcome lives here and the pane re-renders from it.
import type { Lang, Role } from "../shared/index.js";
import type { PanelHost, PanelSettings, PanelState } from "../ui/panel.js";
import { UserError } from "./excel/notices.js";
import { has } from "./excel/support.js";
import { planCommand, progressCommand, rememberNotice, scoreCommand, selectCell, statusCommand, undoCommand, unicodeCommand, type Outcome } from "./excel/commands.js";
import { unitsCommand } from "./excel/units.js";

const LANG_KEY = "cchc.lang";

export function savedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // storage can be disabled by policy; the language then resets to Vietnamese next time
  }
}

/** Excel.run, merged into one undo record on hosts with ExcelApi 1.20. */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return has("mergedUndo") ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch);
}

type Listener = (state: PanelState) => void;

export class ExcelSession implements PanelHost {
  private last: PanelState = { report: null, canUndo: false };
  private readonly listeners = new Set<Listener>();
  lang: Lang = savedLang();

  /** Called when a command ran from the ribbon while the pane is open. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get state(): PanelState {
    return this.last;
  }

  private keep(out: Outcome): PanelState {
    this.last = {
      report: out.report ?? this.last.report,
      canUndo: out.canUndo,
      notice: out.notice,
      notices: out.notices,
      corrections: out.corrections ?? [],
      next: out.next,
      settings: out.settings ?? this.last.settings,
    };
    return this.last;
  }

  /** For ribbon buttons: run, then tell an open pane; a failure is told too (the ribbon has nowhere to show it). */
  async fromRibbon(action: "score" | "plan" | "progress" | "units"): Promise<PanelState> {
    try {
      const state = action === "score" ? await this.score() : action === "plan" ? await this.plan() : action === "progress" ? await this.progress() : await this.units();
      for (const l of this.listeners) l(state);
      await this.leaveForPane(state.notice);
      return state;
    } catch (e) {
      this.last = { ...this.last, notice: e instanceof Error ? e.message : String(e) };
      for (const l of this.listeners) l(this.last);
      await this.leaveForPane(this.last.notice);
      throw e;
    }
  }

  /** Without the shared runtime the pane lives in another runtime: leave the outcome in the workbook for it. */
  private async leaveForPane(notice: string | undefined): Promise<void> {
    if (has("sharedRuntime") || !notice) return;
    await Excel.run((ctx) => rememberNotice(ctx, notice)).catch(() => undefined);
  }

  async score(extra: PanelSettings = {}): Promise<PanelState> {
    return this.calmly(async () => this.keep(await excelRun((ctx) => scoreCommand(ctx, { ...extra, lang: this.lang }))));
  }

  async plan(): Promise<PanelState> {
    return this.calmly(async () => this.keep(await excelRun((ctx) => planCommand(ctx, { lang: this.lang }))));
  }

  /** Stored with the workbook (every user of the file gets the same classes), then scored with them. */
  async saveSettings(change: PanelSettings): Promise<PanelState> {
    return this.calmly(async () => this.keep(await excelRun((ctx) => scoreCommand(ctx, { ...change, lang: this.lang }, undefined, true))));
  }

  /** Staff standing on one of our sheets is told so calmly, as in Google Sheets, not shown an error. */
  private async calmly(command: () => Promise<PanelState>): Promise<PanelState> {
    try {
      return await command();
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      this.last = { ...this.last, notice: e.message, notices: undefined, next: undefined };
      return this.last;
    }
  }

  /** Báo cáo tiến độ as of today: the report sheet; the pane keeps the last report it showed */
  async progress(): Promise<PanelState> {
    return this.keep(await excelRun((ctx) => progressCommand(ctx, { lang: this.lang })));
  }

  async toUnicode(): Promise<PanelState> {
    return this.keep(await excelRun((ctx) => unicodeCommand(ctx, { lang: this.lang })));
  }

  /** Tổng hợp đơn vị: the pane keeps the last sheet's report and shows the ranking. */
  async units(): Promise<PanelState> {
    const out = await excelRun((ctx) => unitsCommand(ctx, { lang: this.lang }));
    this.last = { report: this.last.report, canUndo: out.canUndo, notice: out.notice, notices: out.notices, units: out.units, settings: this.last.settings };
    return this.last;
  }

  async undo(): Promise<PanelState> {
    const out = await excelRun((ctx) => undoCommand(ctx, this.lang));
    this.last = { report: null, canUndo: out.canUndo, notice: out.notice, notices: out.notices };
    return this.last;
  }

  async select(cell: string, sheet: string): Promise<void> {
    const target = sheet || this.last.report?.sheet;
    if (target) await Excel.run((ctx) => selectCell(ctx, target, cell));
  }

  async setColumns(columns: Partial<Record<Role, string>>): Promise<PanelState> {
    return this.keep(await excelRun((ctx) => scoreCommand(ctx, { lang: this.lang, columns }, undefined, true)));
  }

  async initial(): Promise<PanelState> {
    if (this.last.report) return this.last;
    const out = await Excel.run((ctx) => statusCommand(ctx));
    this.last = { ...this.last, canUndo: out.canUndo, ...(out.notice ? { notice: out.notice } : {}) };
    return this.last;
  }
}

/** The one session of this runtime. */
export const session = new ExcelSession();
