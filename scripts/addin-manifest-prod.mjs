#!/usr/bin/env node
// Derives the production manifest from manifest.xml: every https://localhost:3000 becomes the given host URL.
// Usage: node scripts/addin-manifest-prod.mjs https://cchc.example.gov.vn/addin [out.xml]
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const DEV_URL = "https://localhost:3000";

/** The production manifest text; throws when the URL is not a plain https origin (+ path). */
export function productionManifest(xml, base) {
  let url;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`not a URL: ${base}`);
  }
  if (url.protocol !== "https:") throw new Error(`Office requires https: ${base}`);
  if (url.search || url.hash) throw new Error(`no query or fragment in the host URL: ${base}`);
  const root = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  let out = xml.split(DEV_URL).join(root);
  // AppDomain is an origin, never a path
  out = out.replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${url.origin}</AppDomain>`);
  if (out.includes("localhost")) throw new Error("a localhost URL is left in the manifest");
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [base, target] = process.argv.slice(2);
  if (!base) {
    console.error("usage: node scripts/addin-manifest-prod.mjs https://host/path [out.xml]");
    process.exit(2);
  }
  const out = target ?? join(here, "..", "dist", "manifest.prod.xml");
  const xml = await readFile(join(here, "..", "manifest.xml"), "utf8");
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, productionManifest(xml, base));
  console.log(`wrote ${out}`);
}
