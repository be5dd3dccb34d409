#!/usr/bin/env node
// `cchc` runs the built CLI; builds it first when a fresh checkout has no dist/ yet.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "cli", "cchc.mjs");
if (!existsSync(entry)) {
  const r = spawnSync(process.execPath, [join(root, "esbuild.config.mjs"), "cli"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(2);
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
