// The panel both hosts show (Excel task pane, Google Sheets sidebar): it renders a Report and calls back the host.
// Everything from a sheet is set with textContent; nothing is ever parsed as HTML.
// Imports name core files directly (not shared/index) so the sidebar bundle stays free of zod and the analyser.
import { messageFor, translate } from "../shared/messages.js";
import { ROLE_LABEL } from "../shared/glossary.js";
import { formatPoints } from "../shared/points.js";
import type { Correction } from "../shared/corrections.js";
import type { Diagnostic, Lang, Report, Role, Severity } from "../shared/types.js";
import { ui, type UiKey } from "./strings.js";

export interface PanelState {
  /** the sheet as it is now (after Tính điểm: after its write) */
  report: Report | null;
  canUndo: boolean;
  notice?: string;
  /** what the last Tính điểm corrected (wrong sums replaced), shown apart from what remains to fix */
  corrections?: Correction[];
}

export interface PanelHost {
  score(): Promise<PanelState>;
  plan(): Promise<PanelState>;
  undo(): Promise<PanelState>;
  /** jump to a finding's cell on the sheet the report is about */
  select(cell: string, sheet: string): Promise<void>;
  /** correct the column mapping */
  setColumns?(columns: Partial<Record<Role, string>>): Promise<PanelState>;
  initial?(): Promise<PanelState>;
}

export interface PanelOptions {
  lang?: Lang;
  onLangChange?(l: Lang): void;
}

const ROLES: Role[] = ["code", "name", "max", "achieved", "target", "delta", "owner", "coordinator", "evidence", "note"];
const SEVERITIES: Severity[] = ["error", "warning", "info"];
/** Findings drawn per severity; a sheet with thousands of problems must not freeze the pane. */
const MAX_ITEMS = 300;

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
  let error = "";
  let editing = false;

  const t = (k: UiKey) => ui(lang, k);
  const panel = h("div", { class: "par-panel" });
  root.replaceChildren(panel);

  async function run(action: () => Promise<PanelState>): Promise<void> {
    if (busy) return;
    busy = true;
    error = "";
    render();
    try {
      state = await action();
      editing = false;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    } finally {
      busy = false;
      render();
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
    return h(
      "div",
      { class: "par-actions" },
      button("score", "score", () => void run(() => host.score()), true),
      button("plan", "plan", () => void run(() => host.plan())),
      button("undo", "undo", () => void run(() => host.undo()), false, !state.canUndo),
    );
  }

  function status(): HTMLElement {
    const box = h("div", { class: "par-status", role: "status", "aria-live": "polite" });
    if (busy) box.append(h("div", { class: "par-progress", role: "progressbar", "aria-label": t("busy") }, h("span", {})), h("span", { class: "par-busy" }, t("busy")));
    else if (state.notice) box.append(h("div", { class: "par-notice", "data-part": "notice" }, state.notice));
    return box;
  }

  function failure(): HTMLElement | null {
    return error ? h("div", { class: "par-error", role: "alert", "data-part": "error" }, h("strong", {}, `${t("failed")}: `), error) : null;
  }

  function totals(r: Report): HTMLElement {
    const x = r.totals;
    const cell = (k: UiKey, v: string, part: string) => h("div", { class: "par-kpi", "data-part": part }, h("span", { class: "par-kpi-label" }, t(k)), h("span", { class: "par-kpi-value" }, v));
    return h(
      "section",
      { class: "par-card", "data-part": "totals" },
      h("h2", {}, t("totals"), " · ", h("span", { class: "par-sheet" }, `${t("sheet")}: ${r.sheet}`)),
      h(
        "div",
        { class: "par-kpis" },
        cell("index", pct(x.index, lang), "index"),
        cell("grade", x.grade || "—", "grade"),
        cell("achieved", pts(x.achieved, lang), "achieved"),
        cell("max", pts(x.max, lang), "max"),
        cell("target", pts(x.target, lang), "target"),
        cell("lost", pts(x.lost, lang), "lost"),
      ),
      h("p", { class: "par-muted" }, `${r.counts.leaves} ${t("criteria")} · ${r.counts.weak} ${t("weak")}`),
    );
  }

  /** Self index and final index side by side, what turns the achieved points into the score, where finals came from. */
  function rounds(r: Report): HTMLElement | null {
    const x = r.totals;
    const self = x.self ?? null;
    const bonus = x.bonus ?? 0;
    const penalty = x.penalty ?? 0;
    if (self === null && bonus === 0 && penalty === 0) return null;
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
    const list = h("ul", { class: "par-areas" });
    for (const a of r.areas) {
      const fill = h("span", { class: "par-bar-fill" });
      fill.style.width = `${a.max > 0 ? Math.min(100, (a.achieved / a.max) * 100) : 0}%`;
      const track = h("span", { class: "par-bar", "aria-hidden": "true" }, fill);
      if (a.target !== null && a.max > 0) {
        const mark = h("span", { class: "par-bar-target" });
        mark.style.left = `${Math.min(100, (a.target / a.max) * 100)}%`;
        track.append(mark);
      }
      list.append(
        h(
          "li",
          { "data-area": a.code },
          h("span", { class: "par-area-name", title: a.name }, `${a.code}. ${a.name}`),
          track,
          h("span", { class: "par-area-figs" }, `${pts(a.achieved, lang)} / ${pts(a.max, lang)} · ${pct(a.index, lang)} % ${a.grade}`),
        ),
      );
    }
    return h("section", { class: "par-card", "data-part": "areas" }, h("h2", {}, t("areas")), list);
  }

  function finding(d: Diagnostic): HTMLElement {
    const body = [h("span", { class: "par-cell" }, d.cell || "—"), h("span", { class: "par-msg" }, d.criterion ? `${d.criterion}: ${d.message}` : d.message)];
    if (!d.cell) return h("li", {}, h("div", { class: "par-finding", "data-code": d.code }, ...body));
    const b = h("button", { type: "button", class: "par-finding", "data-code": d.code, "data-cell": d.cell, title: `${t("goTo")} ${d.cell}` }, ...body);
    b.addEventListener("click", () => jump(d.cell));
    return h("li", {}, b);
  }

  function findings(r: Report): HTMLElement {
    const section = h("section", { class: "par-card", "data-part": "findings" }, h("h2", {}, t("findings")));
    const all = translate(r.diagnostics, lang);
    if (!all.length) section.append(h("p", { class: "par-ok" }, t("noFindings")));
    for (const sev of SEVERITIES) {
      const group = all.filter((d) => d.severity === sev);
      if (!group.length) continue;
      const list = h("ul", { class: "par-findings" }, ...group.slice(0, MAX_ITEMS).map(finding));
      if (group.length > MAX_ITEMS) list.append(h("li", { class: "par-muted" }, `… +${group.length - MAX_ITEMS}`));
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
        h("span", { class: "par-msg" }, `${c.from === null ? "—" : typeof c.from === "number" ? pts(c.from, lang) : c.from} → ${pts(c.to, lang)}`, why ? h("span", { class: "par-why" }, ` · ${why}`) : null),
      ];
      const b = h("button", { type: "button", class: "par-finding par-corrected", "data-code": c.code ?? "", "data-cell": c.cell, title: `${t("goTo")} ${c.cell}` }, ...body);
      b.addEventListener("click", () => jump(c.cell));
      return h("li", {}, b);
    };
    const details = h("details", { class: "par-group par-fixed" }, h("summary", {}, `${t("corrected")} (${list.length})`), h("ul", { class: "par-findings" }, ...list.slice(0, MAX_ITEMS).map(item)));
    details.open = true;
    return h("section", { class: "par-card", "data-part": "corrections" }, details);
  }

  function jump(cell: string): void {
    host.select(cell, state.report?.sheet ?? "").catch((e: unknown) => {
      error = e instanceof Error ? e.message : String(e);
      render();
    });
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
          error = `${t("badLetter")}: ${ROLE_LABEL[role][lang]} “${input.value}”`;
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

  function render(): void {
    panel.lang = lang;
    panel.setAttribute("aria-busy", String(busy));
    const r = state.report;
    const body: Child[] = [header(), actions(), status(), failure()];
    if (!r) body.push(h("p", { class: "par-muted", "data-part": "empty" }, t("empty")));
    else body.push(totals(r), rounds(r), findings(r), corrected(state.corrections ?? []), areas(r), columns(r));
    panel.replaceChildren(...body.filter((c): c is Node => c instanceof Node));
  }

  render();
  if (host.initial) {
    const initial = host.initial;
    void run(() => initial.call(host));
  }
}
