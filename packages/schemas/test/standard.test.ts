import { describe, expect, test } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import {
  Asset,
  AssetUploadBody,
  AssetUploadResponse,
  Error as ErrorSchema,
  Job,
  formatPath,
  is,
  parse,
  ValidationError,
} from "../src/index.js";
import { facts } from "./page-facts.js";

const example = facts.example as { asset: Record<string, unknown>; job: Record<string, unknown> };

describe("Standard Schema v1", () => {
  test("each export has version 1, the vendor and a synchronous validate", () => {
    for (const schema of [AssetUploadResponse, AssetUploadBody, Asset, Job, ErrorSchema]) {
      const std: StandardSchemaV1.Props = schema["~standard"];
      expect(std.version).toBe(1);
      expect(std.vendor).toBe("scenario-sdk");
      const result = std.validate({});
      expect(result).not.toBeInstanceOf(Promise);
    }
  });

  test("validate returns the same value on success", () => {
    const result = AssetUploadResponse["~standard"].validate(example);
    expect(result).toEqual({ value: example });
    expect((result as { value: unknown }).value).toBe(example);
  });

  test("issues carry a readable message and the path down to the value", () => {
    const doc = structuredClone(example) as any;
    doc.asset.metadata.concepts[0].scale = 3;
    const result = AssetUploadResponse["~standard"].validate(doc);
    expect(result.issues).toEqual([
      { message: "must be <= 2, received 3", path: ["asset", "metadata", "concepts", 0, "scale"] },
    ]);
  });

  test("a missing required property points at the property, not its parent", () => {
    const { id: _id, ...asset } = example.asset;
    const result = Asset["~standard"].validate(asset);
    expect(result.issues).toEqual([{ message: "is required", path: ["id"] }]);
  });

  test("an unknown enum value lists a few allowed values", () => {
    const result = Asset["~standard"].validate({ ...example.asset, privacy: "secret" });
    expect(result.issues?.[0]?.message).toBe(
      'expected one of "private", "public", "unlisted", received "secret"',
    );
  });

  test("a wrong type is reported once, without a second enum issue for the same value", () => {
    const result = Asset["~standard"].validate({ ...example.asset, privacy: 5 });
    expect(result.issues).toEqual([{ message: "expected string, received 5", path: ["privacy"] }]);
  });

  test("responses accept properties the API adds later", () => {
    const doc = { ...example, extra: 1, asset: { ...example.asset, newField: { a: 1 } } };
    expect(AssetUploadResponse["~standard"].validate(doc).issues).toBeUndefined();
  });

  test("the request body refuses unknown properties (a misspelt field)", () => {
    const result = AssetUploadBody["~standard"].validate({ name: "x", colectionIds: ["c"] });
    expect(result.issues).toEqual([
      { message: "is not an allowed property", path: ["colectionIds"] },
    ]);
  });

  test("the open Error component accepts any object", () => {
    expect(is(ErrorSchema, { reason: "nope", anything: [1, 2] })).toBe(true);
    expect(is(ErrorSchema, "text")).toBe(false);
  });
});

describe("parse and is", () => {
  test("parse returns the value when valid", () => {
    expect(parse(AssetUploadResponse, example)).toBe(example);
  });

  test("parse throws a ValidationError listing every issue with its JSON path", () => {
    const doc = structuredClone(example) as any;
    delete doc.asset.id;
    doc.asset.tags[0] = 1;
    doc.job.metadata.flow[0].inputs[0].items[0][0].step = 0;
    let error: unknown;
    try {
      parse(AssetUploadResponse, doc);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toHaveLength(3);
    expect((error as Error).message).toBe(
      [
        "Invalid AssetUploadResponse (3 issues):",
        "  $.asset.id: is required",
        "  $.asset.tags[0]: expected string, received 1",
        "  $.job.metadata.flow[0].inputs[0].items[0][0].step: must be >= 1, received 0",
      ].join("\n"),
    );
  });

  test("is is a type guard", () => {
    const value: unknown = example;
    expect(is(AssetUploadResponse, value)).toBe(true);
    expect(is(AssetUploadResponse, { asset: {} })).toBe(false);
    expect(is(AssetUploadResponse, null)).toBe(false);
  });
});

describe("formatPath", () => {
  test.each([
    [[], "$"],
    [["asset", "tags", 0], "$.asset.tags[0]"],
    [["a-b", 1, "c"], '$["a-b"][1].c'],
    [[{ key: "x" }, { key: 2 }], "$.x[2]"],
  ] as const)("formats %j as %s", (path, want) => {
    expect(formatPath(path as never)).toBe(want);
  });
});
