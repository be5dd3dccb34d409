// Writes a workbook atomically: a temporary file in the target's folder, then one rename over the target,
// so an interrupted run never leaves a half-written workbook (or a damaged original with --in-place).
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Lang } from "../shared/index.js";
import { InputError } from "./errors.js";
import { TEXT } from "./text.js";
import type { Workbook } from "./xlsx.js";

export async function saveAtomic(wb: Workbook, target: string, lang: Lang): Promise<void> {
  const dir = dirname(resolve(target));
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await wb.xlsx.writeFile(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    // the cause in words, never the raw "EACCES … .tmp" (the temporary name means nothing to the user)
    const t = TEXT[lang];
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new InputError(t.cannotWrite(target, t.writeWhy[code] ?? t.writeWhy.other ?? ""));
  }
}
