// `cchc`: parse the command line, run each file, print, and return the exit code
// (0 no errors, 1 the sheet has errors, 2 unusable input). Nothing is thrown to the caller.
import { parseArgs } from "./args.js";
import { runFile } from "./commands.js";
import { InputError } from "./errors.js";
import { manyIntoOneFile } from "./paths.js";
import { TEXT } from "./text.js";
import { runUnits } from "./units.js";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: progress may be shown */
  tty: boolean;
}

const processIo: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  tty: !!process.stderr.isTTY,
};

/** `cchc check … | head` closes the pipe early: that is the reader's choice, not a crash. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount("error") > 0) continue;
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe();
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`cchc: ${parsed.error}\n${TEXT[parsed.lang].usage}\n`);
    return 2;
  }
  const o = parsed.options;
  const t = TEXT[o.lang];
  if (o.help) {
    io.out(t.help);
    return 0;
  }
  if (o.command === null) {
    io.err(t.help);
    return 2;
  }
  if (o.files.length === 0) {
    io.err(`cchc: ${t.noFiles}\n${t.usage}\n`);
    return 2;
  }

  if (o.command === "units") {
    try {
      return await runUnits(o, io);
    } catch (e) {
      io.err(`cchc: ${t.internal(o.files.join(", "), e instanceof Error ? e.message : String(e))}\n`);
      return 2;
    }
  }

  if (manyIntoOneFile(o)) {
    io.err(`cchc: ${t.manyToFile(o.output as string)}\n`);
    return 2;
  }
  const many = o.files.length > 1;
  const json: unknown[] = [];
  let exit = 0;
  for (const [i, file] of o.files.entries()) {
    if (io.tty && many) io.err(`\r\x1b[K${t.progress(i + 1, o.files.length, file)}`);
    try {
      const r = await runFile(o.command, file, o, many);
      exit = Math.max(exit, r.code);
      for (const w of r.warnings) io.err(`${io.tty && many ? "\r\x1b[K" : ""}cchc: ${w}\n`);
      if (o.json) json.push(many ? { file, ...(r.json as object) } : r.json);
      else {
        if (io.tty && many) io.err("\r\x1b[K");
        io.out(`${i > 0 ? "\n" : ""}${r.lines.join("\n")}\n`);
      }
    } catch (e) {
      if (io.tty && many) io.err("\r\x1b[K");
      const why = e instanceof InputError ? e.message : t.internal(file, e instanceof Error ? e.message : String(e));
      io.err(`cchc: ${why}\n`);
      exit = 2;
    }
  }
  if (io.tty && many) io.err("\r\x1b[K");
  if (o.json && json.length > 0) io.out(`${JSON.stringify(many ? json : json[0], null, 2)}\n`);
  return exit;
}
