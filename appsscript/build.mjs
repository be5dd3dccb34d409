// `node esbuild.config.mjs appsscript` → dist/appsscript/{Code.js, Sidebar.html, appsscript.json}.
// Code.js = an esbuild IIFE assigning the entry's exports to `var PAR`, followed by generated top-level
// function declarations (stubs.mjs). No esbuild-gas-plugin: this is the whole of it.
import { build } from "esbuild";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import vm from "node:vm";
import { stubsFor } from "./stubs.mjs";

const OUT = "dist/appsscript";

async function bundle(options) {
  const result = await build({ bundle: true, write: false, charset: "utf8", legalComments: "none", logLevel: "warning", outdir: OUT, ...options });
  const pick = (ext) => result.outputFiles.filter((f) => f.path.endsWith(ext)).map((f) => f.text).join("\n");
  return { js: pick(".js"), css: pick(".css") };
}

async function buildCode() {
  const { js } = await bundle({
    entryPoints: ["appsscript/main.ts"],
    format: "iife",
    globalName: "PAR",
    platform: "neutral",
    // Apps Script's V8 runtime: lower newer syntax rather than find out in production
    target: "es2019",
    // the entry's exports are the API; keep them even though nothing in the bundle calls them
    treeShaking: true,
  });
  // Load it once, the way Apps Script will, to list what needs a top-level declaration.
  const context = vm.createContext({});
  vm.runInContext(`${js}\n;globalThis.PAR = PAR;`, context, { filename: "Code.js" });
  const code = `// Built by appsscript/build.mjs from appsscript/main.ts; do not edit.\n${js}\n${stubsFor(context.PAR)}\n`;
  for (const forbidden of [/\bnew Function\(/, /\beval\(/, /^\s*export\s/m, /^\s*import\s/m]) {
    if (forbidden.test(code)) throw new Error(`appsscript/build: Code.js must not contain ${forbidden}`);
  }
  return code;
}

/** Inline text must not close its own element early. */
const inline = (text, tag) => text.replace(new RegExp(`</(${tag})`, "gi"), "<\\/$1");

async function buildSidebar() {
  const { js, css } = await bundle({
    entryPoints: ["appsscript/sidebar.ts"],
    format: "iife",
    platform: "browser",
    target: "es2020",
    loader: { ".css": "css" },
  });
  const template = await readFile("appsscript/Sidebar.html", "utf8");
  return template.replace("/*{{css}}*/", () => inline(css, "style")).replace("/*{{js}}*/", () => inline(js, "script"));
}

/** Write-then-rename: tests may build while another test file is reading the output. */
async function put(name, text) {
  const tmp = `${OUT}/.${name}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, `${OUT}/${name}`);
}

export async function buildAppsScript() {
  await mkdir(OUT, { recursive: true });
  await put("Code.js", await buildCode());
  await put("Sidebar.html", await buildSidebar());
  await put("appsscript.json", await readFile("appsscript/appsscript.json", "utf8"));
}
