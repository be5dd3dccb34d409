// The command line, parsed into plain options. Errors come back as text in the chosen language, never thrown.
import { parseIsoDay, PLAN_COLUMNS, type Lang, type Role } from "../shared/index.js";
import { TEXT } from "./text.js";

export type Command = "check" | "score" | "plan" | "progress" | "units";

export interface Options {
  command: Command | null;
  files: string[];
  sheet: string | null;
  json: boolean;
  output: string | null;
  values: boolean;
  /** leave figures typed as text as they are (score converts them to numbers by default) */
  keepText: boolean;
  inPlace: boolean;
  /** rewrite the criteria sheet's TCVN3 / VNI text in Unicode in the copy written (score, plan) */
  toUnicode: boolean;
  lang: Lang;
  columns: Partial<Record<Role, string>>;
  /** --as-of YYYY-MM-DD: the day progress is judged against (default: today) */
  asOf: string | null;
  /** --plan-columns annex|short|KEY,KEY…: the plan's printed columns */
  planColumns: string | string[] | null;
  /** --numbering per-area|continuous: the plan's item numbers */
  numbering: "perArea" | "continuous" | null;
  help: boolean;
  /** units: standard competition (1, 2, 2, 4) or dense (1, 2, 2, 3) ranking */
  rank: "standard" | "dense";
  /** units: the reference criteria tree */
  template: string | null;
}

const ROLES: readonly Role[] = ["code", "name", "max", "achieved", "target", "delta", "owner", "coordinator", "evidence", "note", "explanation", "appraisalNote"];
const COMMANDS: readonly Command[] = ["check", "score", "plan", "progress", "units"];

export type Parsed = { ok: true; options: Options } | { ok: false; lang: Lang; error: string };

export function parseArgs(argv: readonly string[]): Parsed {
  // --lang first, so every other complaint is already in the user's language
  const lang = langOf(argv);
  const t = TEXT[lang.value];
  if (lang.error) return { ok: false, lang: "vi", error: lang.error };
  const o: Options = {
    command: null,
    files: [],
    sheet: null,
    json: false,
    output: null,
    values: false,
    keepText: false,
    inPlace: false,
    toUnicode: false,
    lang: lang.value,
    columns: {},
    asOf: null,
    planColumns: null,
    numbering: null,
    help: false,
    rank: "standard",
    template: null,
  };
  const fail = (error: string): Parsed => ({ ok: false, lang: o.lang, error });
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || !arg.startsWith("-") || arg === "-") {
      if (o.command === null && !onlyFiles) {
        if (!(COMMANDS as readonly string[]).includes(arg)) return fail(t.unknownCommand(arg));
        o.command = arg as Command;
      } else o.files.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    switch (name) {
      case "--":
        onlyFiles = true;
        break;
      case "-h":
      case "--help":
        o.help = true;
        break;
      case "--json":
        o.json = true;
        break;
      case "--keep-text":
        o.keepText = true;
        break;
      case "--values":
        o.values = true;
        break;
      case "--in-place":
        o.inPlace = true;
        break;
      case "--to-unicode":
        o.toUnicode = true;
        break;
      case "--lang":
        value(); // already read
        break;
      case "--sheet": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        o.sheet = v;
        break;
      }
      case "-o":
      case "--output": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        o.output = v;
        break;
      }
      case "--as-of": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        if (!parseIsoDay(v)) return fail(t.badDate(v));
        o.asOf = v.trim();
        break;
      }
      case "--plan-columns": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        const keys = v.split(",").map((k) => k.trim()).filter(Boolean);
        const known = PLAN_COLUMNS.map((c) => c.key as string);
        if (v === "annex" || v === "short") o.planColumns = v;
        else if (keys.length && keys.every((k) => known.includes(k))) o.planColumns = keys;
        else return fail(t.badPlanColumns(v, known.join(", ")));
        break;
      }
      case "--numbering": {
        const v = value();
        if (v === "per-area" || v === "perArea") o.numbering = "perArea";
        else if (v === "continuous") o.numbering = "continuous";
        else return fail(t.badNumbering(v ?? ""));
        break;
      }
      case "--rank": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        if (v !== "standard" && v !== "dense") return fail(t.badRank(v));
        o.rank = v;
        break;
      }
      case "--template": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        o.template = v;
        break;
      }
      case "--column": {
        const v = value();
        if (v === null) return fail(t.missingValue(name));
        const m = /^([a-zA-Z]+)=([A-Za-z]{1,3})$/.exec(v.trim());
        if (!m || !(ROLES as readonly string[]).includes(m[1] as string)) return fail(t.badColumn(v));
        o.columns[m[1] as Role] = (m[2] as string).toUpperCase();
        break;
      }
      default:
        return fail(t.unknownOption(arg));
    }
  }
  // check writes nothing: converting there would silently do nothing
  if (o.toUnicode && o.command === "check") return fail(t.toUnicodeCheck);
  return { ok: true, options: o };
}

function langOf(argv: readonly string[]): { value: Lang; error?: string } {
  let value: string | undefined;
  argv.forEach((a, i) => {
    if (a === "--lang") value = argv[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
  });
  if (value === undefined) return { value: "vi" };
  if (value === "vi" || value === "en") return { value };
  return { value: "vi", error: TEXT.vi.badLang(value) };
}
