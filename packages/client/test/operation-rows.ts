// One given/want row per operation of the generated table: a call with valid params, and what
// the facts say goes on the wire (method, path, query, JSON body). The wire test runs them
// against a scripted server, the contract test against the Prism mock of the spec.
import type { Scenario } from "../src/index.js";
import type { OperationId } from "../src/generated/operations.js";

export interface Row {
  /** The operation (its row in the generated table). */
  operation: OperationId;
  call: (client: Scenario) => PromiseLike<unknown>;
  want: {
    method: string;
    /** Path after the base URL. */
    path: string;
    query: Record<string, string>;
    /** The JSON body, or undefined when none is sent. */
    body: Record<string, unknown> | undefined;
  };
}

/** A 1×1 PNG as base64 (the mock and the sniffer both take it). */
export const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

const P = { projectId: "proj_1" };

export const ROWS: Row[] = [
  {
    operation: "listAssets",
    call: (c) =>
      c.assets.list({
        pageSize: 2,
        paginationToken: "cursor+/= fixture",
        sortBy: "createdAt",
        sortDirection: "desc",
        createdAfter: "2026-01-01T00:00:00.000Z",
        collectionId: "col_1",
        types: ["uploaded", "txt2img"],
        originalAssets: true,
        ...P,
      }),
    want: {
      method: "GET",
      path: "/assets",
      query: {
        pageSize: "2",
        paginationToken: "cursor+/= fixture",
        sortBy: "createdAt",
        sortDirection: "desc",
        createdAfter: "2026-01-01T00:00:00.000Z",
        collectionId: "col_1",
        types: "uploaded,txt2img",
        originalAssets: "true",
        projectId: "proj_1",
      },
      body: undefined,
    },
  },
  {
    operation: "uploadAsset",
    call: (c) =>
      c.assets.upload({ name: "hero.png", image: PNG_BASE64, collectionIds: ["col_1"], ...P }),
    want: {
      method: "POST",
      path: "/assets",
      query: P,
      body: { name: "hero.png", image: PNG_BASE64, collectionIds: ["col_1"] },
    },
  },
  {
    operation: "deleteAssets",
    call: (c) => c.assets.deleteMultiple({ assetIds: ["asset_1", "asset_2"], ...P }),
    want: {
      method: "DELETE",
      path: "/assets",
      query: P,
      body: { assetIds: ["asset_1", "asset_2"] },
    },
  },
  {
    operation: "getBulkAssets",
    call: (c) => c.assets.getBulk({ assetIds: ["asset_1"], originalAssets: false, ...P }),
    want: {
      method: "POST",
      path: "/assets/get-bulk",
      query: { originalAssets: "false", ...P },
      body: { assetIds: ["asset_1"] },
    },
  },
  {
    operation: "retrieveAsset",
    call: (c) => c.assets.retrieve("asset_1", { withEmbedding: true, ...P }),
    want: {
      method: "GET",
      path: "/assets/asset_1",
      query: { withEmbedding: "true", ...P },
      body: undefined,
    },
  },
  {
    operation: "updateAsset",
    call: (c) =>
      c.assets.update("asset_1", { name: "Board", canvas: "{}", disableSnapshot: true, ...P }),
    want: {
      method: "PUT",
      path: "/assets/asset_1",
      query: P,
      body: { name: "Board", canvas: "{}", disableSnapshot: true },
    },
  },
  {
    operation: "copyAsset",
    call: (c) => c.assets.copy("asset_1", { targetProjectId: "proj_2", ...P }),
    want: {
      method: "POST",
      path: "/assets/asset_1/copy",
      query: P,
      body: { targetProjectId: "proj_2" },
    },
  },
  {
    operation: "lockAsset",
    call: (c) => c.assets.lock("asset_1", { lockExpiresAt: "2026-12-01T00:00:00.000Z", ...P }),
    want: {
      method: "PUT",
      path: "/assets/asset_1/lock",
      query: P,
      body: { lockExpiresAt: "2026-12-01T00:00:00.000Z" },
    },
  },
  {
    operation: "unlockAsset",
    call: (c) => c.assets.unlock("asset_1", { forceUnlock: true, ...P }),
    want: { method: "PUT", path: "/assets/asset_1/unlock", query: P, body: { forceUnlock: true } },
  },
  {
    operation: "listAssetSnapshots",
    call: (c) => c.assets.listSnapshots("asset_1", { pageSize: 10, ...P }),
    want: {
      method: "GET",
      path: "/assets/asset_1/snapshots",
      query: { pageSize: "10", ...P },
      body: undefined,
    },
  },
  {
    operation: "updateAssetTags",
    call: (c) =>
      c.assets.updateTags("asset_1", { add: ["hero"], delete: ["draft"], strict: false, ...P }),
    want: {
      method: "PUT",
      path: "/assets/asset_1/tags",
      query: P,
      body: { add: ["hero"], delete: ["draft"], strict: false },
    },
  },
  {
    operation: "requestAssetsDownload",
    call: (c) =>
      c.assets.download.requestBatch({
        options: { fileNameTemplate: "<generator>-<prompt>-<num>-<seed>", flat: true },
        query: { assetIds: ["asset_1"], inferenceIds: [], modelIds: [] },
        ...P,
      }),
    want: {
      method: "POST",
      path: "/assets/download",
      query: P,
      body: {
        options: { fileNameTemplate: "<generator>-<prompt>-<num>-<seed>", flat: true },
        query: { assetIds: ["asset_1"], inferenceIds: [], modelIds: [] },
      },
    },
  },
  {
    operation: "getAssetsDownloadStatus",
    call: (c) => c.assets.download.getStatus("job_1", P),
    want: { method: "GET", path: "/assets/download/job_1", query: P, body: undefined },
  },
  {
    operation: "requestAssetDownload",
    call: (c) => c.assets.download.request("asset_1", { targetFormat: "webp", ...P }),
    want: {
      method: "POST",
      path: "/assets/asset_1/download",
      query: P,
      body: { targetFormat: "webp" },
    },
  },
  {
    operation: "createUpload",
    call: (c) =>
      c.uploads.create({
        kind: "image",
        fileName: "reference.png",
        contentType: "image/png",
        fileSize: 4096,
        parts: 2,
        assetOptions: { collectionIds: ["col_1"], parentId: "asset_0", hide: false },
        ...P,
      }),
    want: {
      method: "POST",
      path: "/uploads",
      query: P,
      body: {
        kind: "image",
        fileName: "reference.png",
        contentType: "image/png",
        fileSize: 4096,
        parts: 2,
        assetOptions: { collectionIds: ["col_1"], parentId: "asset_0", hide: false },
      },
    },
  },
  {
    operation: "retrieveUpload",
    call: (c) => c.uploads.retrieve("upload_1", P),
    want: { method: "GET", path: "/uploads/upload_1", query: P, body: undefined },
  },
  {
    operation: "triggerUploadAction",
    call: (c) => c.uploads.triggerAction("upload_1", { action: "complete", ...P }),
    want: {
      method: "POST",
      path: "/uploads/upload_1/action",
      query: P,
      body: { action: "complete" },
    },
  },
];
