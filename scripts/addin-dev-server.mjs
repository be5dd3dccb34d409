#!/usr/bin/env node
// Serves dist/addin on https://localhost:3000 with Office's trusted development certificate.
// Usage: node esbuild.config.mjs addin && node scripts/addin-dev-server.mjs
import { createServer } from "node:https";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

process.env.OFFICE_ADDIN_USAGE_DATA_LEVEL ??= "off";
const require = createRequire(import.meta.url);
const { getHttpsServerOptions } = require("office-addin-dev-certs");

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "addin");
const port = Number(process.env.PORT ?? 3000);
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".png": "image/png", ".map": "application/json" };

// installs the development CA on first use (asks the OS once), then reuses it
const tls = await getHttpsServerOptions();
createServer(tls, async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, path === "/" ? "taskpane.html" : path);
  if (!file.startsWith(root)) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(port, () => console.log(`PAR Index add-in on https://localhost:${port}/taskpane.html`));
