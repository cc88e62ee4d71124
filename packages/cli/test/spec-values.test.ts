// The CLI's spec values (generated, data only) are the spec's, and the client exports the same
// enums for library users.
import { readFileSync } from "node:fs";
import * as client from "@scenario-sdk/client";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import * as values from "../src/generated/spec-values.js";

const spec = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"));

describe("generated/spec-values", () => {
  test("every enum is the client's export of the same name", () => {
    const enums = Object.entries(values).filter(([name]) => name.endsWith("Values"));
    expect(enums.length).toBeGreaterThan(10);
    for (const [name, list] of enums) {
      expect((client as Record<string, unknown>)[name], name).toEqual(list);
    }
  });

  test("query enums and batch limits are the spec's", () => {
    const listAssets = spec.paths["/assets"].get.parameters;
    const sortBy = listAssets.find((p: { name?: string }) => p.name === "sortBy");
    expect([...values.ListAssetsSortByValues]).toEqual(sortBy.schema.enum);
    const schemas = spec.components.schemas;
    expect(values.AssetDeleteMultipleBodyAssetIdsMaxItems).toBe(
      schemas.AssetDeleteMultipleBody.properties.assetIds.maxItems,
    );
    expect(values.AssetGetBulkBodyAssetIdsMaxItems).toBe(
      schemas.AssetGetBulkBody.properties.assetIds.maxItems,
    );
    expect(values.AssetsPageSizeMaximum).toBe(
      spec.components.parameters.AssetsPageSize.schema.maximum,
    );
  });

  test("the module is data only: it imports nothing", () => {
    const source = readFileSync(
      new URL("../src/generated/spec-values.ts", import.meta.url),
      "utf8",
    );
    expect(source).not.toMatch(/^import /m);
  });
});
