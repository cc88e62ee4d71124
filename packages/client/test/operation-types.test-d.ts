// Each method's params and result are typed from the spec: wire names, query and body flat,
// path params positional, responses the generated components.
import { describe, expectTypeOf, test } from "vitest";
import type {
  APIPromise,
  Asset,
  AssetListParams,
  AssetListResponse,
  AssetRetrieveParams,
  AssetRetrieveResponse,
  AssetSnapshot,
  AssetUpdateTagsParams,
  CursorPage,
  DownloadRequestParams,
  PagePromise,
  Scenario,
  UploadTriggerActionParams,
  components,
} from "../src/index.js";

declare const client: Scenario;

describe("operation params", () => {
  test("query params keep their types: integers, booleans, lists", () => {
    expectTypeOf<AssetListParams["pageSize"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AssetListParams["originalAssets"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<AssetListParams["types"]>().toEqualTypeOf<
      components["schemas"]["AssetType"][] | undefined
    >();
  });

  test("path params are positional, not in the params object", () => {
    expectTypeOf<AssetRetrieveParams>().not.toHaveProperty("assetId");
    // @ts-expect-error assetId is the first argument
    void client.assets.retrieve({ assetId: "a" });
  });

  test("body fields use their wire names, `delete` included", () => {
    expectTypeOf<AssetUpdateTagsParams["delete"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<DownloadRequestParams["targetFormat"]>().not.toBeAny();
    expectTypeOf<UploadTriggerActionParams["action"]>().toEqualTypeOf<"complete">();
    // @ts-expect-error "upload-complete" is stale documentation: the action is "complete"
    void client.uploads.triggerAction("u", { action: "upload-complete" });
  });

  test("required body fields are required", () => {
    // @ts-expect-error lockExpiresAt is required
    void client.assets.lock("a", {});
    // @ts-expect-error assetIds is required
    void client.assets.deleteMultiple({});
  });
});

describe("operation results", () => {
  test("calls return an APIPromise of the generated response component", () => {
    expectTypeOf(client.assets.retrieve("a")).toEqualTypeOf<APIPromise<AssetRetrieveResponse>>();
    expectTypeOf<
      Awaited<ReturnType<Scenario["assets"]["retrieve"]>>["asset"]
    >().toEqualTypeOf<Asset>();
  });

  test("list methods return pages that are async iterables of their items", () => {
    const pages = client.assets.list({ pageSize: 10 });
    expectTypeOf(pages).toExtend<PagePromise<CursorPage<Asset>, Asset>>();
    expectTypeOf(pages).toExtend<AsyncIterable<Asset>>();
    expectTypeOf<Awaited<typeof pages>["assets"]>().toEqualTypeOf<AssetListResponse["assets"]>();
    expectTypeOf(client.assets.listSnapshots("a")).toExtend<AsyncIterable<AssetSnapshot>>();
  });
});
