// The built package, as users load it: ESM import and CJS require give the same API.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

function node(code: string, type: "module" | "commonjs"): string {
  return execFileSync(process.execPath, [`--input-type=${type}`, "-e", code], {
    cwd: root,
    encoding: "utf8",
  });
}

const PROBE = `
  const keys = Object.keys(s).sort();
  const example = JSON.parse(require("node:fs").readFileSync("../../spec/page-facts.json", "utf8")).example;
  const ok = s.AssetUploadResponse["~standard"].validate(example);
  const bad = s.AssetUploadResponse["~standard"].validate({});
  console.log(JSON.stringify({ keys, ok: !ok.issues, bad: bad.issues.length }));
`;

describe("dist", () => {
  beforeAll(() => {
    if (!existsSync(`${root}/dist/index.js`))
      throw new Error("dist/ is missing: run `pnpm build` first");
  });

  test("ESM import and CJS require expose the same, working API", () => {
    const cjs = JSON.parse(node(`const s = require("@scenario-sdk/schemas");${PROBE}`, "commonjs"));
    const esm = JSON.parse(
      node(
        `import * as s from "@scenario-sdk/schemas"; import { createRequire } from "node:module"; const require = createRequire(import.meta.url);${PROBE}`,
        "module",
      ),
    );
    expect(esm).toEqual(cjs);
    expect(cjs.ok).toBe(true);
    expect(cjs.bad).toBeGreaterThan(0);
    expect(cjs.keys).toEqual(
      expect.arrayContaining([
        "AssetUploadResponse",
        "Asset",
        "Job",
        "Error",
        "parse",
        "is",
        "ValidationError",
      ]),
    );
  });

  test("the ESM build has no Node built-ins, eval or require (browsers, strict CSP)", async () => {
    const { readFileSync } = await import("node:fs");
    const code = readFileSync(`${root}/dist/index.js`, "utf8");
    expect(code).not.toMatch(/\brequire\(|from "node:|\bnew Function\b|\beval\(/);
  });
});
