// Where score and plan write. The input is never the output unless --in-place says so.
import { statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command, Options } from "./args.js";
import { InputError } from "./errors.js";
import { TEXT } from "./text.js";

const SUFFIX: Record<Exclude<Command, "check" | "units">, string> = { score: ".cham-diem.xlsx", plan: ".ke-hoach.xlsx", progress: ".tien-do.xlsx" };

export function outputFor(file: string, kind: "xlsx" | "csv", o: Options, command: Exclude<Command, "check" | "units">, many: boolean): string {
  const t = TEXT[o.lang];
  const base = basename(file, extname(file)) + SUFFIX[command];
  let out: string;
  if (o.output === null) {
    if (o.inPlace) {
      if (kind === "csv") throw new InputError(t.inPlaceCsv(file));
      return file;
    }
    out = join(dirname(file), base);
  } else if (many || isDir(o.output) || /[\\/]$/.test(o.output)) {
    if (exists(o.output) && !isDir(o.output)) throw new InputError(t.outputDirNeeded);
    out = join(o.output, base);
  } else {
    out = o.output;
  }
  if (extname(out).toLowerCase() !== ".xlsx") throw new InputError(t.outputNotXlsx(out));
  if (resolve(out) === resolve(file)) {
    if (!o.inPlace) throw new InputError(t.sameFile(file));
    if (kind === "csv") throw new InputError(t.inPlaceCsv(file));
  }
  return out;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Several inputs write several workbooks: `-o NAME.xlsx` would become a folder named NAME.xlsx. Refused first. */
export function manyIntoOneFile(o: Options): boolean {
  return o.files.length > 1 && o.command !== "check" && o.output !== null && extname(o.output).toLowerCase() === ".xlsx" && !isDir(o.output);
}
