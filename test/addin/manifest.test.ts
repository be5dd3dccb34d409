import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { productionManifest } from "../../scripts/addin-manifest-prod.mjs";
import { freshBuild } from "./build-output.js";
import { MIN_EXCEL_API } from "../../addin/excel/support.js";

const require = createRequire(import.meta.url);
// xml2js as office-addin-manifest itself resolves it (a strict XML parser, already installed with that tool)
const xml2js = createRequire(require.resolve("office-addin-manifest"))("xml2js") as {
  parseStringPromise(xml: string, options: object): Promise<unknown>;
};
const manifestCli = join(require.resolve("office-addin-manifest").replace(/lib[/\\]main\.js$/, ""), "cli.js");
const xml = readFileSync("manifest.xml", "utf8");

type Node = { name: string; attrs: Record<string, string>; children: Node[]; text: string };

async function parse(text: string): Promise<Node> {
  const doc = (await xml2js.parseStringPromise(text, { explicitChildren: true, preserveChildrenOrder: true, charkey: "_text", strict: true })) as Record<string, any>;
  const convert = (name: string, n: any): Node => ({
    name,
    attrs: n.$ ?? {},
    text: typeof n === "string" ? n : (n._text ?? ""),
    children: (n.$$ ?? []).map((c: any) => convert(c["#name"], c)),
  });
  const [name, root] = Object.entries(doc)[0] as [string, any];
  return convert(name, root);
}

const walk = (n: Node): Node[] => [n, ...n.children.flatMap(walk)];

function runInfo(path: string) {
  // never prompt, never phone home: stdin closed, usage data off
  return spawnSync(process.execPath, [manifestCli, "info", path], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 30000,
    env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_LEVEL: "off", CI: "true" },
  });
}

describe("manifest.xml", () => {
  let nodes: Node[];
  beforeAll(async () => {
    nodes = walk(await parse(xml));
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(nodes.filter((n) => /^bt:(Image|Url|String)$/.test(n.name)).map((n) => n.attrs.id));
    const used = nodes.map((n) => n.attrs.resid).filter((r): r is string => Boolean(r));
    expect(used.length).toBeGreaterThan(20);
    for (const r of used) expect(ids.has(r), r).toBe(true);
  });

  it("uses https for every URL", () => {
    const urls = nodes.flatMap((n) => [...Object.values(n.attrs), n.text]).filter((v) => /^[a-z]+:\/\//i.test(v.trim()));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls.filter((u) => !u.startsWith("http://schemas.microsoft.com") && !u.startsWith("http://www.w3.org"))) expect(u).toMatch(/^https:\/\//);
  });

  it("has the three ribbon buttons with Vietnamese labels and English overrides", () => {
    const control = (id: string) => nodes.find((n) => n.name === "Control" && n.attrs.id === id)!;
    const action = (id: string) => walk(control(id)).find((n) => n.name === "Action")!;
    expect(action("CCHC.Score").attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(action("CCHC.Plan").attrs["xsi:type"]).toBe("ExecuteFunction");
    expect(action("CCHC.Pane").attrs["xsi:type"]).toBe("ShowTaskpane");
    const fnNames = nodes.filter((n) => n.name === "FunctionName").map((n) => n.text);
    const commands = readFileSync("addin/commands/commands.ts", "utf8");
    for (const f of fnNames) expect(commands).toMatch(new RegExp(`\\b${f}: action\\(`));
    const strings = nodes.filter((n) => n.name === "bt:String");
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const s of strings) {
      expect(s.attrs.DefaultValue, s.attrs.id).toBeTruthy();
      const en = s.children.find((c) => c.name === "bt:Override" && c.attrs.Locale === "en-US");
      expect(en?.attrs.Value, s.attrs.id).toBeTruthy();
    }
    const label = (id: string) => strings.find((s) => s.attrs.id === id)!;
    expect(label("Score.Label").attrs.DefaultValue).toBe("Tính điểm");
    expect(label("Plan.Label").attrs.DefaultValue).toBe("Lập kế hoạch");
    expect(label("Pane.Label").attrs.DefaultValue).toBe("Mở bảng điều khiển");
    expect(nodes.find((n) => n.name === "DefaultLocale")?.text).toBe("vi-VN");
  });

  it("installs on Excel 2019 (ExcelApi 1.7), shares one runtime where Excel has it, least permission", () => {
    const cf = nodes.find((n) => n.name === "ExtensionPoint" && n.attrs["xsi:type"] === "CustomFunctions")!;
    expect(walk(cf).some((n) => n.name === "Namespace")).toBe(false);
    expect(nodes.find((n) => n.name === "Runtime")?.attrs.lifetime).toBe("long");
    // a base requirement on SharedRuntime would hide the add-in from Excel 2016/2019 altogether
    const sets = nodes.filter((n) => n.name === "Set");
    expect(sets.map((n) => [n.attrs.Name, n.attrs.MinVersion])).toEqual([["ExcelApi", MIN_EXCEL_API]]);
    expect(nodes.find((n) => n.name === "Permissions")?.text).toBe("ReadWriteDocument");
    expect(nodes.find((n) => n.name === "Host" && n.attrs.Name)?.attrs.Name).toBe("Workbook");
  });

  it("points only at files the build produces, with icons of the sizes asked for", async () => {
    const out = await freshBuild();
    const urls = nodes.flatMap((n) => Object.values(n.attrs)).filter((v) => v.startsWith("https://localhost:3000/"));
    for (const u of new Set(urls)) {
      const bytes = readFileSync(join(out, u.slice("https://localhost:3000/".length)));
      expect(bytes.length, u).toBeGreaterThan(0);
    }
    for (const img of nodes.filter((n) => n.name === "bt:Image" && n.attrs.size)) {
      const res = nodes.find((n) => n.name === "bt:Image" && n.attrs.id === img.attrs.resid)!;
      const png = readFileSync(join(out, res.attrs.DefaultValue!.replace("https://localhost:3000/", "")));
      expect(png.readUInt32BE(16), res.attrs.id).toBe(Number(img.attrs.size));
    }
  });

  it("office-addin-manifest info reads it offline without prompting", () => {
    const r = runInfo("manifest.xml");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("b9b14a19-1878-4a2f-a923-2be2ce3010b6");
    expect(r.stdout).toContain("ReadWriteDocument");
  });

  it("derives a production manifest for a host URL", async () => {
    const prod = productionManifest(xml, "https://cchc.soyte.example.vn/addin/");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://cchc.soyte.example.vn/addin/taskpane.html");
    expect(prod).toContain("<AppDomain>https://cchc.soyte.example.vn</AppDomain>");
    expect(() => productionManifest(xml, "http://cchc.example.vn")).toThrow(/https/);
    const dir = mkdtempSync(join(tmpdir(), "cchc-manifest-"));
    writeFileSync(join(dir, "manifest.xml"), prod);
    const r = runInfo(join(dir, "manifest.xml"));
    expect(r.status, r.stderr).toBe(0);
    await parse(prod);
  });
});
