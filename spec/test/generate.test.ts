// The drift check: committed generated files equal what the spec produces, and a change to the
// spec that is not regenerated is caught.
import { describe, expect, test } from "vitest";
import { generateAll, staleFiles } from "../../scripts/generate.mjs";
import { GENERATED_HEADER } from "../../scripts/generate/header.mjs";
import { loadSpec } from "../../scripts/generate/spec.mjs";
import YAML from "yaml";

const spec = loadSpec();
const files = await generateAll(spec);

describe("pnpm generate", () => {
  test("produces the committed files byte for byte", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(staleFiles(files)).toEqual([]);
  });

  test("starts every generated file with the do-not-edit header", () => {
    for (const { path, content } of files) {
      expect(content.split("\n")[0], path).toBe(GENERATED_HEADER);
    }
  });

  test("reports the files a one-value enum change would regenerate", async () => {
    const text = spec.text.replace("- UPSCALE_360\n", "- UPSCALE_720\n");
    expect(text).not.toBe(spec.text);
    const changed = await generateAll({ text, document: YAML.parse(text) });
    const stale = staleFiles(changed);
    expect(stale).toContain("packages/schemas/src/generated/openapi.ts");
    expect(stale).toContain("packages/schemas/src/generated/validators.js");
  });

  test("a new operation or parameter regenerates the client's operation table", async () => {
    const text = spec.text.replace(
      "x-sdk-method: assets.copy\n",
      "x-sdk-method: assets.copy\n      x-sdk-pagination: { items: assets }\n",
    );
    expect(text).not.toBe(spec.text);
    const stale = staleFiles(await generateAll({ text, document: YAML.parse(text) }));
    expect(stale).toContain("packages/client/src/generated/operations.ts");
  });

  test("leaves no runtime require() and no eval in the validators (CSP, browsers)", () => {
    const validators = files.find((f) => f.path.endsWith("validators.js"))!.content;
    expect(validators).not.toMatch(/\brequire\(/);
    expect(validators).not.toMatch(/\bnew Function\b|\beval\(/);
  });
});
