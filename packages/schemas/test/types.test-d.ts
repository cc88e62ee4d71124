import { describe, expectTypeOf, test } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { AssetUploadResponse, AssetUploadBody, is, parse, type components } from "../src/index.js";

describe("schema output types are the openapi-typescript component types", () => {
  test("parse(AssetUploadResponse, x) is typed as the generated type", () => {
    const value = parse(AssetUploadResponse, {} as unknown);
    expectTypeOf(value).toEqualTypeOf<components["schemas"]["AssetUploadResponse"]>();
    expectTypeOf(value.asset.privacy).toEqualTypeOf<"private" | "public" | "unlisted">();
  });

  test("the Standard Schema output type is the generated type", () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof AssetUploadBody>>().toEqualTypeOf<
      components["schemas"]["AssetUploadBody"]
    >();
  });

  test("the type named like the schema is the component type", () => {
    expectTypeOf<AssetUploadResponse>().toEqualTypeOf<
      components["schemas"]["AssetUploadResponse"]
    >();
  });

  test("is narrows unknown to the component type", () => {
    const value: unknown = {};
    if (is(AssetUploadResponse, value)) {
      expectTypeOf(value).toEqualTypeOf<components["schemas"]["AssetUploadResponse"]>();
    }
  });
});
