import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./load-code.js";

const SCOPES = ["https://www.googleapis.com/auth/script.container.ui", "https://www.googleapis.com/auth/spreadsheets.currentonly"];

describe("appsscript.json", () => {
  beforeAll(ensureBuilt);

  it.each(["appsscript/appsscript.json", "dist/appsscript/appsscript.json"])("%s asks for exactly the two scopes, on V8", (path) => {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { runtimeVersion: string; oauthScopes: string[] };
    expect([...manifest.oauthScopes].sort()).toEqual(SCOPES);
    expect(manifest.runtimeVersion).toBe("V8");
  });
});
