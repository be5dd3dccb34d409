// One build for every face of the product: `npm run build` (or `node esbuild.config.mjs [cli|addin|appsscript|bench]`).
import { build } from "esbuild";
import { buildAddin } from "./addin/build.mjs";
import { buildAppsScript } from "./appsscript/build.mjs";

const only = process.argv[2];
const want = (part) => !only || only === part;

const node = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  // exceljs and zod stay in node_modules; the CLI is not shipped as a single file
  packages: "external",
  logLevel: "warning",
};

if (want("cli")) {
  await build({ ...node, entryPoints: ["cli/main.ts"], outfile: "dist/cli/cchc.mjs" });
}
if (want("bench")) {
  await build({ ...node, entryPoints: ["bench/bench.ts"], outfile: "dist/bench/bench.mjs" });
  await build({ ...node, entryPoints: ["bench/units.ts"], outfile: "dist/bench/units.mjs" });
}
if (want("addin")) await buildAddin();
if (want("appsscript")) await buildAppsScript();
