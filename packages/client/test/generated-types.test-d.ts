// The generated types say what the page says: requiredness, enums as unions, bounds in JSDoc.
import { describe, expectTypeOf, test } from "vitest";
import type { components, paths } from "../src/generated/openapi.js";

type Schemas = components["schemas"];
type Body = Schemas["AssetUploadBody"];
type Response = Schemas["AssetUploadResponse"];

describe("generated openapi types", () => {
  test("name is required in the upload body, everything else optional", () => {
    expectTypeOf<Body["name"]>().toEqualTypeOf<string>();
    expectTypeOf<{ name: string }>().toExtend<Body>();
    expectTypeOf<{ image: string }>().not.toExtend<Body>();
    expectTypeOf<Body["collectionIds"]>().toEqualTypeOf<string[] | undefined>();
  });

  test("asset is required in the response and job is optional", () => {
    expectTypeOf<Response["asset"]>().toEqualTypeOf<Schemas["Asset"]>();
    expectTypeOf<Response["job"]>().toEqualTypeOf<Schemas["Job"] | undefined>();
    expectTypeOf<{ job: Schemas["Job"] }>().not.toExtend<Response>();
  });

  test("enum fields are unions of their values", () => {
    expectTypeOf<Schemas["Asset"]["privacy"]>().toEqualTypeOf<"private" | "public" | "unlisted">();
    expectTypeOf<Schemas["Asset"]["status"]>().toEqualTypeOf<"error" | "pending" | "success">();
    expectTypeOf<Schemas["Asset"]["kind"]>().toEqualTypeOf<
      "3d" | "audio" | "document" | "image" | "image-hdr" | "json" | "video"
    >();
    expectTypeOf<"inference-txt2img">().toExtend<Schemas["AssetMetadata"]["type"]>();
    expectTypeOf<"not-a-type">().not.toExtend<Schemas["AssetMetadata"]["type"]>();
    expectTypeOf<Schemas["JobMetadataFlow"]["includeOutputsInWorkflowJob"]>().toEqualTypeOf<
      true | undefined
    >();
  });

  test("originalAssets and projectId are query parameters of POST /assets", () => {
    type Query = NonNullable<paths["/assets"]["post"]["parameters"]["query"]>;
    expectTypeOf<Query>().toEqualTypeOf<{ originalAssets?: boolean; projectId?: string }>();
  });
});
