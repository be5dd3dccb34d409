// The panel both hosts show (Excel task pane, Google Sheets sidebar): it renders a Report and calls back the host.
// Everything from a sheet is set with textContent; nothing is ever parsed as HTML.
// Imports name core files directly (not shared/index) so the sidebar bundle stays free of zod and the analyser.
import { messageFor, translate } from "../shared/messages.js";
import { ROLE_LABEL } from "../shared/glossary.js";
import { formatPoints } from "../shared/points.js";
import { distrust, UNTRUSTED } from "../shared/trust.js";
import type { Correction } from "../shared/corrections.js";
import type { PlanKey, PrintedSet } from "../shared/plan-columns.js";
import { DEFAULT_THRESHOLDS, type Threshold } from "../shared/grade.js";
import type { Diagnostic, DiagnosticCode, Lang, Role, Severity } from "../shared/types.js";
import type { PaneReport as Report } from "../shared/pane-report.js";
import { friendlyError } from "./errors.js";
import { ui, type UiKey } from "./strings.js";

/** What staff can change from the panel; stored with the document by the host. */
export interface PanelSettings {
  thresholds?: Threshold[];
  convertTextFigures?: boolean;
  /** the plan's printed columns ("annex", "short" or a list of column keys) and its item numbering */
  plan?: { columns?: PrintedSet | PlanKey[]; numbering?: "perArea" | "continuous" };
}

export interface PanelState {
  /** the sheet as it is now (after Tính điểm: after its write) */
  report: Report | null;
  canUndo: boolean;
  /** what the last command said, in the language it ran in */
  notice?: string;
  /** after Tổng hợp đơn vị: the units in rank order */
  units?: UnitLine[];
  /** the same notice in every language, so switching language re-says it */
  notices?: Partial<Record<Lang, string>>;
  /** what the last Tính điểm corrected (wrong sums replaced), shown apart from what remains to fix */
  corrections?: Correction[];
  /** a sheet the command just wrote that staff open next (after Lập kế hoạch: the plan) */
  next?: { sheet: string; kind: "plan" };
  /** Hoàn tác ran: the result shown is the one before it, kept visible for reference */
  undone?: boolean;
  /** the document's stored settings, to fill the settings form */
  settings?: PanelSettings;
}

export interface UnitLine {
  rank: number | null;
  unit: string;
  index: number | null;
  grade: string;
}

export interface PanelHost {
  /** Tính điểm; `extra` adds settings for this run (e.g. convert text figures once) */
  score(extra?: PanelSettings): Promise<PanelState>;
  plan(): Promise<PanelState>;
  /** Báo cáo tiến độ: the plan's progress as of today, written to its own sheet */
  progress?(): Promise<PanelState>;
  /** Tổng hợp đơn vị over every criteria sheet (hosts that have it) */
  units?(): Promise<PanelState>;
  undo(): Promise<PanelState>;
  /** jump to a cell of a sheet (a finding's cell on the sheet the report is about, or a sheet we wrote) */
  select(cell: string, sheet: string): Promise<void>;
  /** correct the column mapping */
  setColumns?(columns: Partial<Record<Role, string>>): Promise<PanelState>;
  /** Chuyển sang Unicode: rewrite the sheet's TCVN3 / VNI text (undoable) */
  toUnicode?(): Promise<PanelState>;
  /** store settings with the document and score again with them */
  saveSettings?(change: PanelSettings): Promise<PanelState>;
  initial?(): Promise<PanelState>;
}

export interface PanelOptions {
  lang?: Lang;
  onLangChange?(l: Lang): void;
}

const ROLES: Role[] = ["code", "name", "max", "achieved", "target", "delta", "owner", "coordinator", "evidence", "note", "explanation", "appraisalNote"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Findings drawn per severity; a sheet with thousands of problems must not freeze the pane. */
const MAX_ITEMS = 300;

/** Findings one action fixes for the whole sheet: the group offers it as a button. */
const GROUP_ACTIONS: Partial<Record<DiagnosticCode, { label: UiKey; run: (host: PanelHost) => Promise<PanelState> }>> = {
  NUMBER_AS_TEXT: { label: "toNumbers", run: (host) => host.score({ convertTextFigures: true }) },
};

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") el.className = v;
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

const pts = (x: number | null | undefined, lang: Lang) => (x === null || x === undefined ? "—" : formatPoints(Math.round(x * 1000), lang));
const pct = (x: number | null | undefined, lang: Lang) => (x === null || x === undefined ? "—" : lang === "vi" ? x.toFixed(2).replace(".", ",") : x.toFixed(2));

export function mountPanel(root: HTMLElement, host: PanelHost, options: PanelOptions = {}): void {
  let lang: Lang = options.lang ?? "vi";
  let state: PanelState = { report: null, canUndo: false };
  let busy = false;
  let error: { text: string; detail: string } | null = null;
  let editing = false;
  let settingsOpen = false;

  const t = (k: UiKey) => ui(lang, k);
  const panel = h("div", { class: "par-panel" });
  root.replaceChildren(panel);

  async function run(action: () => Promise<PanelState>, keepResult = false): Promise<void> {
    if (busy) return;
    busy = true;
    error = null;
    render();
    try {
      const next = await action();
      // Hoàn tác answers without a result: the last one stays visible, marked as undone
      state = keepResult && !next.report && state.report ? { ...next, report: state.report, corrections: [], undone: true } : next;
      editing = false;
      settingsOpen = false;
    } catch (e) {
      error = friendlyError(e, lang);
    } finally {
      busy = false;
      render();
      // the outcome is where the keyboard and a screen reader go next
      (panel.querySelector<HTMLElement>("[data-part=error]") ?? panel.querySelector<HTMLElement>("[data-part=outcome]"))?.focus();
    }
  }

  function button(key: UiKey, action: string, onClick: () => void, primary = false, disabled = false): HTMLButtonElement {
    const b = h("button", { type: "button", class: primary ? "par-btn par-primary" : "par-btn", "data-action": action }, t(key));
    b.disabled = busy || disabled;
    b.addEventListener("click", onClick);
    return b;
  }

  function header(): HTMLElement {
    const toggle = h("button", { type: "button", class: "par-link", "data-action": "lang", "aria-label": t("langSwitchLabel") }, t("langSwitch"));
    toggle.addEventListener("click", () => {
      lang = lang === "vi" ? "en" : "vi";
      options.onLangChange?.(lang);
      render();
    });
    return h("header", { class: "par-head" }, h("h1", {}, t("title")), toggle);
  }

  function actions(): HTMLElement {
    const bar = h(
      "div",
      { class: "par-actions" },
      button("score", "score", () => void run(() => host.score()), true),
      button("plan", "plan", () => void run(() => host.plan())),
      host.progress ? button("progress", "progress", () => void run(() => (host.progress as () => Promise<PanelState>)())) : null,
      host.units ? button("units", "units", () => void run(() => (host.units as () => Promise<PanelState>)())) : null,
      button("undo", "undo", () => void run(() => host.undo(), true), false, !state.canUndo),
    );
    if (host.saveSettings) {
      const b = button("settings", "settings", () => ((settingsOpen = !settingsOpen), render()));
      b.setAttribute("aria-expanded", String(settingsOpen));
      bar.append(b);
    }
    return bar;
  }

  function noticeText(): string {
    return state.notices?.[lang] ?? state.notice ?? "";
  }

  /** Text typed in TCVN3 / VNI: what was found, and the button that converts it for good. */
  function legacy(r: Report): HTMLElement | null {
    const found = translate(r.diagnostics.filter((d) => d.code === "LEGACY_ENCODING"), lang);
    const convert = host.toUnicode;
    if (!found.length || !convert) return null;
    return h(
      "section",
      { class: "par-card", "data-part": "legacy" },
      ...found.map((d) => h("p", { class: "par-muted" }, d.message)),
      h("div", { class: "par-actions" }, button("toUnicode", "to-unicode", () => void run(() => convert.call(host)))),
    );
  }

  function status(): HTMLElement {
    const box = h("div", { class: "par-status", role: "status", "aria-live": "polite", "data-part": "outcome", tabindex: "-1" });
    if (busy) {
      box.append(h("div", { class: "par-progress", role: "progressbar", "aria-label": t("busy") }, h("span", {})), h("span", { class: "par-busy" }, t("busy")));
      return box;
    }
    const text = noticeText();
    if (text) box.append(h("div", { class: "par-notice", "data-part": "notice" }, text));
    if (state.next) {
      const sheet = state.next.sheet;
      const open = h("button", { type: "button", class: "par-link par-next", "data-action": "open-plan" }, `${t("openPlan")} “${sheet}”`);
      open.addEventListener("click", () => void host.select("A1", sheet).catch((e: unknown) => ((error = friendlyError(e, lang)), render())));
      box.append(h("div", { class: "par-next-step", "data-part": "next" }, open, h("p", { class: "par-muted" }, t("planNext"))));
    }
    return box;
  }

  function failure(): HTMLElement | null {
    if (!error) return null;
    const box = h("div", { class: "par-error", role: "alert", "data-part": "error", tabindex: "-1" }, h("strong", {}, `${t("failed")}: `), error.text);
    if (error.detail) box.append(h("details", { class: "par-detail" }, h("summary", {}, t("technical")), h("code", {}, error.detail)));
    return box;
  }

  /** No criteria sheet yet: what to do, never a dashboard of zeros. */
  function guidance(): HTMLElement {
    return h(
      "section",
      { class: "par-card par-guide", "data-part": "guidance" },
      h("h2", {}, t("guideTitle")),
      h("p", {}, t("empty")),
      h("ul", {}, ...(["guideHeader", "guideCodes", "guideFigures"] as const).map((k) => h("li", {}, t(k)))),
    );
  }

  function totals(r: Report): HTMLElement {
    const x = r.totals;
    // figures from a misread table are not results: no index, no class, and why
    const why = distrust(r);
    const cell = (k: UiKey, v: string, part: string) => h("div", { class: "par-kpi", "data-part": part }, h("span", { class: "par-kpi-label" }, t(k)), h("span", { class: "par-kpi-value" }, v));
    return h(
      "section",
      { class: "par-card", "data-part": "totals" },
      h("h2", {}, t("totals"), " · ", h("span", { class: "par-sheet" }, `${t("sheet")}: ${r.sheet}`)),
      state.undone ? h("p", { class: "par-muted", "data-part": "undone" }, t("beforeUndo")) : null,
      h(
        "div",
        { class: "par-kpis" },
        cell("index", why ? "—" : pct(x.index, lang), "index"),
        cell("grade", why ? "—" : x.grade || "—", "grade"),
        cell("achieved", pts(x.achieved, lang), "achieved"),
        cell("max", pts(x.max, lang), "max"),
        cell("target", pts(x.target, lang), "target"),
        // points lost are the index's other face: from a misread or unscored sheet they are no result either
        cell("lost", why ? "—" : pts(x.lost, lang), "lost"),
      ),
      h("p", { class: "par-muted" }, why ? `${r.counts.leaves} ${t("criteria")}` : `${r.counts.leaves} ${t("criteria")} · ${r.counts.weak} ${t("weak")}`),
      ...(why ? [h("p", { class: "par-untrusted", "data-part": "untrusted" }, UNTRUSTED[lang][why])] : []),
    );
  }

  /** Self index and final index side by side, what turns the achieved points into the score, where finals came from. */
  function rounds(r: Report): HTMLElement | null {
    const x = r.totals;
    const self = x.self ?? null;
    const bonus = x.bonus ?? 0;
    const penalty = x.penalty ?? 0;
    if (self === null && (x.bonus ?? null) === null && (x.penalty ?? null) === null) return null;
    const row = (label: string, a: string, b: string, part: string) =>
      h("tr", { "data-part": part }, h("th", { scope: "row" }, label), h("td", { "data-col": "self" }, a), h("td", { "data-col": "final" }, b));
    const table = h(
      "table",
      { class: "par-rounds" },
      h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", { scope: "col" }, t("selfScore")), h("th", { scope: "col" }, t("finalScore")))),
      h(
        "tbody",
        {},
        row(t("achieved"), pts(self, lang), pts(x.achieved, lang), "points"),
        row(t("bonus"), "", pts(bonus, lang), "bonus"),
        row(t("penalty"), "", pts(penalty, lang), "penalty"),
        row(t("scoreTotal"), pts(self, lang), pts(x.score ?? x.achieved, lang), "score"),
        row(t("index"), pct(x.selfIndex ?? null, lang), pct(x.index, lang), "round-index"),
        row(t("grade"), x.selfGrade || "—", x.grade || "—", "round-grade"),
      ),
    );
    const section = h("section", { class: "par-card", "data-part": "rounds" }, h("h2", {}, t("rounds")), table);
    const used = (r.rounds ?? []).filter((k) => k.filled || r.rounds.length > 1);
    if (used.length > 1) {
      const parts = used.map((k) => `${k.column} (${k.header}): ${k.filled ? `${k.criteria} ${t("criteria")}` : t("emptyRound")}`);
      section.append(h("p", { class: "par-muted", "data-part": "sources" }, `${t("sources")}: ${parts.join(" · ")}`));
    }
    return section;
  }

  function areas(r: Report): HTMLElement | null {
    if (!r.areas.length) return null;
    const untrusted = distrust(r) !== null;
    const list = h("ul", { class: "par-areas" });
    for (const a of r.areas) {
      const fill = h("span", { class: "par-bar-fill" });
      fill.style.width = `${a.max > 0 ? Math.min(100, (a.achieved / a.max) * 100) : 0}%`;
      const said = `${t("achieved")} ${pts(a.achieved, lang)} / ${pts(a.max, lang)} (${pct(a.index, lang)} %)` + (a.target !== null ? `, ${t("target")} ${pts(a.target, lang)}` : "");
      const track = h("span", { class: "par-bar", role: "img", "aria-label": said }, fill);
      if (a.target !== null && a.max > 0) {
        const mark = h("span", { class: "par-bar-target" });
        mark.style.left = `${Math.min(100, (a.target / a.max) * 100)}%`;
        track.append(mark);
      }
      list.append(
        h(
          "li",
          { "data-area": a.code },
          h("span", { class: "par-area-name" }, `${a.code}. ${a.name}`),
          track,
          // an area's % and class from a misread or unscored sheet are no result, as the sheet's are not (totals)
          h("span", { class: "par-area-figs" }, `${pts(a.achieved, lang)} / ${pts(a.max, lang)}` + (untrusted ? "" : ` · ${pct(a.index, lang)} % ${a.grade}`)),
        ),
      );
    }
    const legend = h("p", { class: "par-muted par-legend" }, h("span", { class: "par-legend-fill", "aria-hidden": "true" }), ` ${t("legendAchieved")} `, h("span", { class: "par-legend-target", "aria-hidden": "true" }), ` ${t("legendTarget")}`);
    return h("section", { class: "par-card", "data-part": "areas" }, h("h2", {}, t("areas")), legend, list);
  }

  function jump(cell: string): void {
    host.select(cell, state.report?.sheet ?? "").catch((e: unknown) => {
      error = friendlyError(e, lang);
      render();
    });
  }

  function finding(d: Diagnostic): HTMLElement {
    const body = [h("span", { class: "par-cell" }, d.cell || "—"), h("span", { class: "par-msg" }, d.criterion ? `${d.criterion}: ${d.message}` : d.message)];
    if (!d.cell) return h("li", {}, h("div", { class: "par-finding", "data-code": d.code }, ...body));
    const b = h("button", { type: "button", class: "par-finding", "data-code": d.code, "data-cell": d.cell, title: `${t("goTo")} ${d.cell}` }, ...body);
    b.addEventListener("click", () => jump(d.cell));
    return h("li", {}, b);
  }

  /** Several findings of one kind: one item with the count, its action if one exists, the cells inside. */
  function kind(code: DiagnosticCode, list: Diagnostic[]): HTMLElement {
    const first = list[0] as Diagnostic;
    const inner = h("ul", { class: "par-findings" }, ...list.slice(0, MAX_ITEMS).map(finding));
    if (list.length > MAX_ITEMS) inner.append(h("li", { class: "par-muted" }, `… +${list.length - MAX_ITEMS}`));
    const box = h(
      "details",
      { class: "par-kind", "data-kind": code },
      h("summary", {}, h("span", { class: "par-count" }, `${list.length} ×`), " ", h("span", { class: "par-msg" }, first.message)),
      inner,
    );
    const action = GROUP_ACTIONS[code];
    const item = h("li", {}, box);
    if (action) item.append(button(action.label, `fix-${code}`, () => void run(() => action.run(host))));
    return item;
  }

  function findings(r: Report): HTMLElement {
    const section = h("section", { class: "par-card", "data-part": "findings" }, h("h2", {}, t("findings")));
    const all = translate(r.diagnostics, lang);
    if (!all.length) section.append(h("p", { class: "par-ok" }, t("noFindings")));
    for (const sev of SEVERITIES) {
      const group = all.filter((d) => d.severity === sev);
      if (!group.length) continue;
      const byCode = new Map<DiagnosticCode, Diagnostic[]>();
      for (const d of group) (byCode.get(d.code) ?? byCode.set(d.code, []).get(d.code))?.push(d);
      const list = h("ul", { class: "par-findings" });
      let drawn = 0;
      for (const [code, same] of byCode) {
        if (drawn >= MAX_ITEMS) break;
        list.append(same.length > 1 || GROUP_ACTIONS[code] ? kind(code, same) : finding(same[0] as Diagnostic));
        drawn += 1;
      }
      if (byCode.size > MAX_ITEMS) list.append(h("li", { class: "par-muted" }, `… +${byCode.size - MAX_ITEMS}`));
      const details = h("details", { class: `par-group par-sev-${sev}`, "data-severity": sev }, h("summary", {}, `${t(sev)} (${group.length})`), list);
      details.open = sev !== "info";
      section.append(details);
    }
    return section;
  }

  function corrected(list: readonly Correction[]): HTMLElement | null {
    if (!list.length) return null;
    const item = (c: Correction) => {
      const why = c.finding ? messageFor(c.finding, lang) : "";
      const body = [
        h("span", { class: "par-cell" }, c.cell),
        h("span", { class: "par-msg" }, `${typeof c.from === "number" ? pts(c.from, lang) : c.from} → ${pts(c.to, lang)}`, why ? h("span", { class: "par-why" }, ` · ${why}`) : null),
      ];
      const b = h("button", { type: "button", class: "par-finding par-corrected", "data-code": c.code ?? "", "data-cell": c.cell, title: `${t("goTo")} ${c.cell}` }, ...body);
      b.addEventListener("click", () => jump(c.cell));
      return h("li", {}, b);
    };
    const details = h("details", { class: "par-group par-fixed" }, h("summary", {}, `${t("corrected")} (${list.length})`), h("ul", { class: "par-findings" }, ...list.slice(0, MAX_ITEMS).map(item)));
    details.open = true;
    return h("section", { class: "par-card", "data-part": "corrections" }, details);
  }

  function columns(r: Report): HTMLElement {
    const section = h("section", { class: "par-card", "data-part": "columns" }, h("h2", {}, t("columns"), r.headerRow ? ` · ${t("headerRow")} ${r.headerRow}` : ""));
    if (!editing) {
      const dl = h("dl", { class: "par-columns" });
      for (const role of ROLES) dl.append(h("dt", {}, ROLE_LABEL[role][lang]), h("dd", { "data-role": role }, r.columns[role] ?? t("notFound")));
      section.append(dl);
      if (r.alternatives.length) section.append(h("p", { class: "par-muted" }, `${t("alternatives")}: ${r.alternatives.map((a) => `${a.column} (${a.header})`).join("; ")}`));
      if (host.setColumns) section.append(button("edit", "edit-columns", () => ((editing = true), render())));
      return section;
    }
    const form = h("form", { class: "par-columns-form" }, h("p", { class: "par-muted" }, t("columnHint")));
    const inputs = new Map<Role, HTMLInputElement>();
    for (const role of ROLES) {
      // our own check below speaks the pane's language; the browser's pattern tooltip would not
      const input = h("input", { type: "text", name: role, maxlength: "3", size: "3", autocomplete: "off" });
      input.value = r.columns[role] ?? "";
      inputs.set(role, input);
      form.append(h("label", {}, h("span", {}, ROLE_LABEL[role][lang]), input));
    }
    const apply = h("button", { type: "submit", class: "par-btn par-primary", "data-action": "apply-columns" }, t("apply"));
    const cancel = button("cancel", "cancel-columns", () => ((editing = false), render()));
    form.append(h("div", { class: "par-actions" }, apply, cancel));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const chosen: Partial<Record<Role, string>> = {};
      for (const [role, input] of inputs) {
        const v = input.value.trim().toUpperCase();
        if (!v) continue; // empty: let the add-in find the column again
        if (!/^[A-Z]{1,3}$/.test(v)) {
          error = { text: `${t("badLetter")}: ${ROLE_LABEL[role][lang]} “${input.value}”`, detail: "" };
          render();
          return;
        }
        // keep only real choices: a detected column left as it is stays detected (and follows inserted columns)
        if (v !== r.columns[role] || r.overrides?.[role] === v) chosen[role] = v;
      }
      const set = host.setColumns;
      if (set) void run(() => set.call(host, chosen));
    });
    section.append(form);
    return section;
  }

  /** The ranking after Tổng hợp đơn vị: the sheets hold the full tables and charts. */
  function unitsCard(units: readonly UnitLine[]): HTMLElement {
    const list = h("ol", { class: "par-units" });
    for (const u of units) {
      list.append(
        h(
          "li",
          { "data-part": "unit" },
          h("span", { class: "par-rank" }, u.rank === null ? "—" : String(u.rank)),
          " ",
          h("span", { class: "par-unit" }, u.unit),
          " ",
          h("span", { class: "par-muted" }, `${pct(u.index, lang)} % · ${u.grade || "—"}`),
        ),
      );
    }
    return h("section", { class: "par-card", "data-part": "units" }, h("h2", {}, t("unitsRanking")), list);
  }

  /** Classes and conversion, stored with the document: every user of the file gets the same. */
  function settings(): HTMLElement | null {
    const save = host.saveSettings;
    if (!settingsOpen || !save) return null;
    const current = state.settings ?? {};
    const rows = [...(current.thresholds ?? DEFAULT_THRESHOLDS)].sort((a, b) => b.min - a.min);
    const form = h("form", { class: "par-settings", "data-part": "settings" }, h("h2", {}, t("settings")));
    const table = h("div", { class: "par-thresholds" });
    const addRow = (th: Threshold) => {
      const label = h("input", { type: "text", name: "label", maxlength: "20", "aria-label": t("classLabel") });
      label.value = th.label;
      const min = h("input", { type: "number", name: "min", min: "0", max: "100", step: "0.01", "aria-label": t("classMin") });
      min.value = String(th.min);
      const remove = h("button", { type: "button", class: "par-link", "data-action": "remove-class", "aria-label": `${t("removeClass")} ${th.label}` }, "×");
      const line = h("div", { class: "par-threshold" }, label, h("span", { class: "par-muted" }, "≥"), min, h("span", { class: "par-muted" }, "%"), remove);
      remove.addEventListener("click", () => line.remove());
      table.append(line);
    };
    rows.forEach(addRow);
    const more = h("button", { type: "button", class: "par-link", "data-action": "add-class" }, `+ ${t("addClass")}`);
    more.addEventListener("click", () => addRow({ min: 0, label: "" }));
    const convert = h("input", { type: "checkbox", name: "convertTextFigures" });
    convert.checked = current.convertTextFigures !== false;
    const choice = (name: string, options: [string, UiKey][], value: string) => {
      const select = h("select", { name }, ...options.map(([v, k]) => h("option", { value: v }, t(k))));
      select.value = value;
      return select;
    };
    const numbering = choice("numbering", [["perArea", "numberingPerArea"], ["continuous", "numberingContinuous"]], current.plan?.numbering ?? "perArea");
    const custom = Array.isArray(current.plan?.columns);
    const printed = choice("printed", [["annex", "printedAnnex"], ["short", "printedShort"], ...(custom ? ([["custom", "printedCustom"]] as [string, UiKey][]) : [])], custom ? "custom" : String(current.plan?.columns ?? "annex"));
    form.append(
      h("fieldset", {}, h("legend", {}, t("classes")), h("p", { class: "par-muted" }, t("classesHint")), table, more),
      h("label", { class: "par-check" }, convert, ` ${t("convertTextFigures")}`),
      h(
        "fieldset",
        {},
        h("legend", {}, t("planSettings")),
        h("label", { class: "par-field" }, h("span", {}, t("planNumbering")), numbering),
        h("label", { class: "par-field" }, h("span", {}, t("planPrinted")), printed),
      ),
      h("div", { class: "par-actions" }, h("button", { type: "submit", class: "par-btn par-primary", "data-action": "save-settings" }, t("saveSettings")), button("cancel", "cancel-settings", () => ((settingsOpen = false), render()))),
    );
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const chosen: Threshold[] = [];
      for (const line of table.querySelectorAll<HTMLElement>(".par-threshold")) {
        const label = line.querySelector<HTMLInputElement>("input[name=label]")?.value.trim() ?? "";
        const min = Number(line.querySelector<HTMLInputElement>("input[name=min]")?.value);
        if (!label || !Number.isFinite(min) || min < 0 || min > 100) {
          error = { text: t("badClass"), detail: "" };
          render();
          return;
        }
        chosen.push({ min, label });
      }
      if (!chosen.length) {
        error = { text: t("badClass"), detail: "" };
        render();
        return;
      }
      const plan = {
        columns: printed.value === "custom" ? (current.plan?.columns as PlanKey[]) : (printed.value as PrintedSet),
        numbering: numbering.value === "continuous" ? ("continuous" as const) : ("perArea" as const),
      };
      void run(() => save.call(host, { thresholds: chosen, convertTextFigures: convert.checked, plan }));
    });
    return form;
  }

  function render(): void {
    panel.lang = lang;
    panel.setAttribute("aria-busy", String(busy));
    const r = state.report;
    const body: Child[] = [header(), actions(), status(), failure(), settings()];
    // after Tổng hợp đơn vị the ranking comes first; the guidance only when there is nothing else to show
    if (state.units?.length) body.push(unitsCard(state.units));
    if (r && r.headerRow) body.push(totals(r), rounds(r), legacy(r), findings(r), corrected(state.corrections ?? []), areas(r), columns(r));
    else if (!state.units?.length) body.push(guidance());
    panel.replaceChildren(...body.filter((c): c is Node => c instanceof Node));
  }

  render();
  if (host.initial) {
    const initial = host.initial;
    void run(() => initial.call(host));
  }
}
