// The CLI's lists of asset types and download formats are the spec's, value for value.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { ASSET_TYPES, checkFormat, checkTypes, DOWNLOAD_FORMATS } from "../src/asset-types.js";

const spec = parse(
  readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"),
) as { components: { schemas: Record<string, any> } };
const schemas = spec.components.schemas;

describe("asset-types", () => {
  test("ASSET_TYPES is the spec's AssetType enum", () => {
    expect([...ASSET_TYPES]).toEqual(schemas.AssetType.enum);
  });

  test("DOWNLOAD_FORMATS is the spec's DownloadRequestBody.targetFormat enum", () => {
    expect([...DOWNLOAD_FORMATS]).toEqual(schemas.DownloadRequestBody.properties.targetFormat.enum);
  });

  test("checkTypes takes repeated and comma-separated values, each once", () => {
    expect(checkTypes(["txt2img", "uploaded, txt2img"])).toEqual({
      types: ["txt2img", "uploaded"],
      problems: [],
    });
  });

  test.each([
    ["txt2im", /"txt2im" is not one the API knows \(did you mean txt2img\?\)/],
    ["image", /"image" is not one the API knows; `scenario assets list --help` lists them/],
    ["", /"" is not one/],
  ])("checkTypes refuses %j", (value, problem) => {
    expect(checkTypes([value]).problems).toEqual([expect.stringMatching(problem)]);
  });

  test("checkFormat ignores case and suggests the closest", () => {
    expect(checkFormat("PNG")).toEqual({ format: "png" });
    expect(checkFormat("wepb").problem).toMatch(/did you mean webp\?/);
  });
});
