// Clear words on bad input: exit 2, one Vietnamese line naming the real cause, nothing written.
import { copyFile, readdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAtomic } from "../../cli/save.js";
import type { Workbook } from "../../cli/xlsx.js";
import { seed001Clean } from "../fixtures/seed001.js";
import { cchc, save, tmp } from "./helpers.js";
import { cleanWorkbook } from "./workbooks.js";

// Real files: the seed-001 workbook saved as .ods by LibreOffice 7.4, encrypted with the password "matkhau"
// (officecrypto-tool, as Excel's File › Info › Encrypt with Password does), and zipped with a note beside it;
// the .xlsb holds the parts of a binary workbook (content types, relationships, xl/workbook.bin).
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/files/${name}`, import.meta.url));

let t: Awaited<ReturnType<typeof tmp>>;
beforeAll(async () => {
  t = await tmp();
});
afterAll(() => t.done());

const oneLine = (err: string) => {
  expect(err).toMatch(/^cchc: [^\n]+\n$/);
  expect(err).not.toMatch(/\bat .+:\d+|EACCES|ENOTDIR|\.tmp\b/);
};

/** Runs `args` on a copy of `file` in an empty folder: exit 2, one line, and no file written beside it. */
async function refused(file: string, as: string, ...args: string[]) {
  const dir = t.path(`case-${as.replace(/\W+/g, "_")}`);
  await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
  const input = `${dir}/${as}`;
  await copyFile(file, input);
  const results = [];
  for (const command of ["check", "score", "plan"]) {
    const r = await cchc(command, input, ...args);
    expect(r.code, command).toBe(2);
    oneLine(r.err);
    expect(r.out).toBe("");
    results.push(r);
  }
  expect(await readdir(dir)).toEqual([as]);
  return results[0]!;
}

describe("files that are not .xlsx workbooks", () => {
  it.each([["bang-tieu-chi.ods"], ["bang-tieu-chi.xlsx"]])("an OpenDocument spreadsheet (named %s) is named as such", async (as) => {
    const r = await refused(fixture("bang-tieu-chi.ods"), as);
    expect(r.err).toContain("là bảng tính OpenDocument (.ods");
    expect(r.err).toContain("lưu thành .xlsx");
  });

  it.each([["bang-tieu-chi.xlsx"], ["bang-tieu-chi.xls"]])("a password-protected workbook (named %s) is named as such, not as an old .xls", async (as) => {
    const r = await refused(fixture("bang-tieu-chi.mat-khau.xlsx"), as);
    expect(r.err).toContain("được đặt mật khẩu");
    expect(r.err).not.toContain(".xls cũ");
    const en = await cchc("check", fixture("bang-tieu-chi.mat-khau.xlsx"), "--lang", "en");
    expect(en.err).toContain("is password-protected");
  });

  it("a binary .xlsb workbook is named as such", async () => {
    const r = await refused(fixture("bang-tieu-chi.xlsb"), "bang-tieu-chi.xlsb");
    expect(r.err).toContain("là sổ tính nhị phân .xlsb");
  });

  it.each([["bang-tieu-chi.zip"], ["bang-tieu-chi.xlsx"]])("a plain zip (named %s) says what it holds", async (as) => {
    const r = await refused(fixture("bang-tieu-chi.zip"), as);
    expect(r.err).toContain("là tệp nén .zip");
    expect(r.err).toContain("“bang-tieu-chi.xlsx”");
  });
});

describe("outputs that cannot be written", () => {
  it("a folder that cannot be created (a file in the way): the cause in words, no raw error, nothing written", async () => {
    const input = await save(cleanWorkbook(seed001Clean()), t.path("out-blocked.xlsx"));
    const blocker = t.path("khong-phai-thu-muc");
    await writeFile(blocker, "tệp thường");
    const r = await cchc("score", input, "-o", `${blocker}/ket-qua.xlsx`);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain("không ghi được");
    expect(r.err).toContain("một phần của đường dẫn là tệp");
  });

  it.each([
    ["EACCES", "không có quyền ghi vào thư mục này"],
    ["EROFS", "ổ đĩa chỉ cho phép đọc"],
    ["ENOSPC", "ổ đĩa đã đầy"],
    ["EBUSY", "tệp đang mở trong chương trình khác"],
  ])("%s becomes words, without the temporary file's name", async (code, words) => {
    const failing = {
      xlsx: {
        writeFile: async (p: string) => {
          throw Object.assign(new Error(`${code}: permission denied, open '${p}'`), { code });
        },
      },
    } as unknown as Workbook;
    const target = t.path(`denied-${code}/ket-qua.xlsx`);
    const error = await saveAtomic(failing, target, "vi").catch((e: Error) => e);
    expect((error as Error).message).toBe(`không ghi được “${target}”: ${words}; chưa ghi gì. Hãy chọn nơi khác với -o.`);
    expect(await readdir(t.path(`denied-${code}`))).toEqual([]);
  });

  it("several inputs with -o FILE.xlsx are refused before anything is written (no folder named FILE.xlsx)", async () => {
    const a = await save(cleanWorkbook(seed001Clean()), t.path("many-a.xlsx"));
    const b = await save(cleanWorkbook(seed001Clean()), t.path("many-b.xlsx"));
    for (const command of ["score", "plan"]) {
      const r = await cchc(command, a, b, "-o", t.path("tong-hop.xlsx"));
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain("-o phải là một thư mục");
      expect(existsSync(t.path("tong-hop.xlsx"))).toBe(false);
      expect(existsSync(t.path("many-a.cham-diem.xlsx"))).toBe(false);
    }
  });
});
