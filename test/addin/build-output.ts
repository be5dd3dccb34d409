// Each test file builds the add-in into its own temporary folder: files run in parallel and must not share dist/.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAddin } from "../../addin/build.mjs";

export async function freshBuild(): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), "cchc-addin-"));
  await buildAddin({ outdir });
  return outdir;
}
