// Writes the committed sample files from the real figures of seed 001 (test/fixtures/seed001.ts):
//   samples/bang-tieu-chi-2021.xlsx  the messy layout staff really have (what `npm start` scores)
//   samples/bang-tieu-chi-2021.csv   the same, saved as "CSV UTF-8" under Vietnamese settings
//   samples/don-vi/*.xlsx            four units of one Sở on the same criteria (what `npm start` consolidates)
// Run from the repository root:
//   npx esbuild samples/make-samples.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=dist/samples/make-samples.mjs && node dist/samples/make-samples.mjs
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { csvText, messyWorkbook } from "../test/cli/workbooks.js";
import { donViWorkbook } from "../test/cli/units-workbooks.js";
import { DON_VI } from "../test/fixtures/don-vi.js";

const dir = process.argv[2] ?? "samples";
// fixed dates, so regenerating changes nothing a reader would see
const when = new Date(Date.UTC(2021, 7, 27));
const wb = messyWorkbook();
wb.created = when;
wb.modified = when;
await wb.xlsx.writeFile(join(dir, "bang-tieu-chi-2021.xlsx"));
await writeFile(join(dir, "bang-tieu-chi-2021.csv"), csvText(), "utf8");
process.stdout.write(`${join(dir, "bang-tieu-chi-2021.xlsx")}\n${join(dir, "bang-tieu-chi-2021.csv")}\n`);
await mkdir(join(dir, "don-vi"), { recursive: true });
for (const u of DON_VI) {
  await donViWorkbook(u).xlsx.writeFile(join(dir, "don-vi", u.file));
  process.stdout.write(`${join(dir, "don-vi", u.file)}\n`);
}
