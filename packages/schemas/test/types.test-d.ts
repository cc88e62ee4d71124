import { describe, expectTypeOf, test } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import {
  AssetListResponse,
  type AssetUploadBody,
  AssetUploadResponse,
  type UploadCreateBody,
  UploadRetrieveResponse,
  is,
  parse,
  type components,
} from "../src/index.js";

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

  test("the family's components have their generated types (nullable cursor, Gen-B kinds)", () => {
    const page = parse(AssetListResponse, {} as unknown);
    expectTypeOf(page.nextPaginationToken).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(page.assets[0]!.kind).toEqualTypeOf<components["schemas"]["AssetKind"]>();
    expectTypeOf<"text">().toMatchTypeOf<components["schemas"]["AssetKind"]>();
    const { upload } = parse(UploadRetrieveResponse, {} as unknown);
    expectTypeOf(upload.entityId).toEqualTypeOf<string | null | undefined>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof UploadCreateBody>["kind"]>().toEqualTypeOf<
      components["schemas"]["UploadKind"] | undefined
    >();
    expectTypeOf<"text">().toMatchTypeOf<components["schemas"]["UploadKind"]>();
  });
});
