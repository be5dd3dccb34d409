#!/usr/bin/env node
// Sideloads manifest.xml into Excel desktop (default) or Excel on the web (`web <document URL>`).
// office-addin-debugging is fetched on the developer's machine only: it needs a native keychain module.
import { spawn } from "node:child_process";

process.env.OFFICE_ADDIN_USAGE_DATA_LEVEL ??= "off";
const [target = "desktop", document] = process.argv.slice(2);
const args = ["--yes", "office-addin-debugging@7", "start", "manifest.xml", target, "--no-debug", "--dev-server", "node scripts/addin-dev-server.mjs", "--dev-server-port", "3000"];
if (target === "web") {
  if (!document) {
    console.error("usage: node scripts/addin-sideload.mjs web https://…/workbook.xlsx (a OneDrive/SharePoint workbook URL)");
    process.exit(2);
  }
  args.push("--document", document);
}
const child = spawn(process.platform === "win32" ? "npx.cmd" : "npx", args, { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 1));
