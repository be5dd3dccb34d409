// Builds the Excel add-in into dist/addin: pane, ribbon commands, custom functions, functions.json, icons.
import { build } from "esbuild";
import { mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { iconFiles } from "./icons.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_OUT = join(root, "dist", "addin");

/** functions.json comes from the JSDoc @customfunction tags, never by hand. */
export async function functionsMetadata() {
  const { generateCustomFunctionsMetadata } = createRequire(import.meta.url)("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata(join(root, "addin", "functions", "functions.ts"));
  if (result.errors.length) throw new Error(`functions.json: ${result.errors.join("; ")}`);
  return result.metadataJson;
}

/** Writes the add-in to `outdir` (tests build into their own temporary folder). */
export async function buildAddin({ outdir = DEFAULT_OUT } = {}) {
  const out = outdir;
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "assets"), { recursive: true });
  await build({
    entryPoints: {
      // pane and ribbon commands in one bundle: they must share one session object
      taskpane: join(root, "addin/taskpane/taskpane.ts"),
      functions: join(root, "addin/functions/entry.ts"),
    },
    outdir: out,
    bundle: true,
    format: "iife",
    platform: "browser",
    // Excel on Windows runs add-ins in WebView2, Excel 2016/2019 on Windows 10 in EdgeHTML 18 (addin/legacy.ts fills
    // its missing built-ins), on the web in the user's browser, on Mac in WKWebView
    target: ["es2017", "edge18", "chrome100", "safari15"],
    minify: true,
    sourcemap: true,
    legalComments: "none",
    logLevel: "warning",
  });
  await build({ entryPoints: [join(root, "ui/panel.css")], outfile: join(out, "taskpane.css"), bundle: true, minify: true, logLevel: "warning" });
  await copyFile(join(root, "addin/taskpane/taskpane.html"), join(out, "taskpane.html"));
  await copyFile(join(root, "addin/taskpane/old-browser.js"), join(out, "old-browser.js"));
  await writeFile(join(out, "functions.json"), await functionsMetadata());
  for (const [name, bytes] of Object.entries(iconFiles())) await writeFile(join(out, "assets", name), bytes);
  const html = await readFile(join(out, "taskpane.html"), "utf8");
  if (!html.includes("taskpane.js")) throw new Error("taskpane.html lost its script");
}
