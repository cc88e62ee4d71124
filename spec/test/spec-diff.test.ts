// spec:diff's classification, on a table of edits to the real spec: each edit, the class its
// change must get, and words a user reads. The library decides; two SDK rules tighten it
// (a response field or any enum value that disappears is breaking).
import { describe, expect, test } from "vitest";
import { diffSpecs, formatChanges, hasBreaking } from "../../scripts/spec-diff/classify.mjs";
import { loadSpec } from "../../scripts/generate/spec.mjs";

type Doc = Record<string, any>;
const base: Doc = loadSpec().document;
const schemas = (d: Doc) => d.components.schemas;
const param = (name: string, required = false) => ({
  name,
  in: "query",
  required,
  schema: { type: "string" },
});

const TABLE: [string, (d: Doc) => void, string, RegExp][] = [
  [
    "remove an operation",
    (d) => delete d.paths["/assets/{assetId}/unlock"].put,
    "breaking",
    /PUT \/assets\/\{assetId\}\/unlock: operation removed/,
  ],
  [
    "add an operation",
    (d) =>
      (d.paths["/assets/{assetId}/archive"] = {
        post: { responses: { "204": { description: "ok" } } },
      }),
    "non-breaking",
    /POST \/assets\/\{assetId\}\/archive: operation added/,
  ],
  [
    "add an optional query parameter",
    (d) => d.paths["/assets"].get.parameters.push(param("createdBy")),
    "non-breaking",
    /GET \/assets: query parameter `createdBy` added/,
  ],
  [
    "add a required query parameter",
    (d) => d.paths["/assets"].get.parameters.push(param("createdBy", true)),
    "breaking",
    /GET \/assets: required query parameter `createdBy` added/,
  ],
  [
    "make an optional parameter required",
    (d) => (d.components.parameters.OriginalAssets.required = true),
    "breaking",
    /POST \/assets, .*: query parameter `originalAssets` is now required/,
  ],
  [
    "remove a response field",
    (d) => delete schemas(d).Asset.properties.description,
    "breaking",
    /response 200: field `asset.description` removed/,
  ],
  [
    "add a response field",
    (d) => (schemas(d).Asset.properties.rating = { type: "number" }),
    "non-breaking",
    /response 200: field `asset.rating` added/,
  ],
  [
    "make a response field optional",
    (d) =>
      (schemas(d).Asset.required = schemas(d).Asset.required.filter(
        (k: string) => k !== "privacy",
      )),
    "breaking",
    /field `asset.privacy` may now be absent/,
  ],
  [
    "remove a response enum value",
    (d) => schemas(d).Asset.properties.status.enum.shift(),
    "breaking",
    /`asset.status` can no longer be "error"/,
  ],
  [
    "remove a request enum value",
    (d) => schemas(d).DownloadRequestBody.properties.targetFormat.enum.pop(),
    "breaking",
    /request body: `targetFormat` can no longer be "obj"/,
  ],
  [
    "add a request enum value",
    (d) => schemas(d).DownloadRequestBody.properties.targetFormat.enum.push("bmp"),
    "non-breaking",
    /request body: `targetFormat` can be "bmp"/,
  ],
  [
    "add a required request field",
    (d) => (schemas(d).AssetCopyBody.required = ["targetProjectId"]),
    "breaking",
    /request body: field `targetProjectId` is now required/,
  ],
  [
    "narrow a request field's type",
    (d) => (schemas(d).AssetUpdateBody.properties.name = { type: "string", maxLength: 8 }),
    "breaking",
    /request body: maxLength of `name`/,
  ],
  [
    "change a request field's type",
    (d) => (schemas(d).AssetUpdateBody.properties.name.type = "integer"),
    "breaking",
    /request body: type of `name` changed from "string" to "integer"/,
  ],
  [
    "deprecate an operation",
    (d) => (d.paths["/assets/{assetId}/lock"].put.deprecated = true),
    "deprecated",
    /PUT \/assets\/\{assetId\}\/lock/,
  ],
  ["edit a summary", (d) => (d.paths["/assets"].get.summary = "List them"), "docs", /GET \/assets/],
];

describe("spec:diff classification", () => {
  const rows = TABLE.map(([name, edit, expected, words]) => ({ name, edit, expected, words }));
  test.each(rows)("$name -> $expected", ({ edit, expected, words }) => {
    const after = structuredClone(base);
    edit(after);
    const changes = diffSpecs(base, after);
    const match = changes.find((c: any) => words.test(`${c.operations.join(", ")}: ${c.text}`));
    expect(match, formatChanges(changes, { docs: true })).toBeDefined();
    expect(match.class).toBe(expected);
    expect(hasBreaking(changes)).toBe(expected === "breaking");
  });

  test("the spec against itself has no changes", () => {
    expect(diffSpecs(base, structuredClone(base))).toEqual([]);
  });

  test("a change reached from several operations is one line naming them all", () => {
    const after = structuredClone(base);
    delete schemas(after).Asset.properties.description;
    const lines = formatChanges(diffSpecs(base, after)).split("\n");
    const line = lines.find((l) => l.includes("`asset.description` removed"));
    expect(lines.filter((l) => l.includes("`asset.description` removed"))).toHaveLength(1);
    expect(line).toMatch(/^ {2}breaking {6}POST \/assets, GET \/assets\/\{assetId\}, /);
  });
});
