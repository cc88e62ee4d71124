// Typed usage: params and results are typed from the spec; mistakes are compile errors.
import { describe, expectTypeOf, test } from "vitest";
import type { APIPromise, AssetUploadParams, AssetUploadResponse, Scenario } from "../src/index.js";

declare const client: Scenario;

describe("client.assets.upload types", () => {
  test("takes the wire names, bytes for images, and returns the generated response type", () => {
    const result = client.assets.upload({
      name: "hero.png",
      image: new Uint8Array(),
      thumbnail: new Blob([]),
      collectionIds: ["col_1"],
      originalAssets: true,
      projectId: "proj_1",
      hide: false,
      parentId: "asset_1",
    });
    expectTypeOf(result).toEqualTypeOf<APIPromise<AssetUploadResponse>>();
    expectTypeOf(result).toExtend<Promise<AssetUploadResponse>>();
    expectTypeOf<Awaited<typeof result>["asset"]["id"]>().toEqualTypeOf<string>();
  });

  test("rejects a wrong parameter name or type", () => {
    // @ts-expect-error name is required
    void client.assets.upload({ image: "aGVsbG8=" });
    // @ts-expect-error collection_ids is the Python name; the wire name is collectionIds
    void client.assets.upload({ name: "x", collection_ids: ["c"] });
    // @ts-expect-error collectionIds is a list of strings
    void client.assets.upload({ name: "x", collectionIds: "col_1" });
    // @ts-expect-error hide is a boolean
    void client.assets.upload({ name: "x", hide: "yes" });
    // @ts-expect-error image is a string or bytes, not a number
    void client.assets.upload({ name: "x", image: 42 });
    // @ts-expect-error timeout is a request option, not a parameter
    void client.assets.upload({ name: "x", timeout: 5 });
  });

  test("takes per-request options", () => {
    void client.assets.upload(
      { name: "x" },
      { signal: new AbortController().signal, timeout: 1, maxRetries: 0 },
    );
    // @ts-expect-error retries is not an option (maxRetries is)
    void client.assets.upload({ name: "x" }, { retries: 1 });
    expectTypeOf<AssetUploadParams["originalAssets"]>().toEqualTypeOf<boolean | undefined>();
  });
});
