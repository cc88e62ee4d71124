// generated from spec/openapi.yaml by scripts/generate.mjs — do not edit
import type { operations } from "@scenario-sdk/schemas";
import type { OperationSpec } from "../core/operation.js";

/**
 * How to send each operation: its SDK method, method and path template, the names of its
 * path and query parameters and of its JSON body's fields, the component of its 2xx answer.
 */
export const OPERATIONS = {
  listAssets: { sdk: "assets.list", method: "GET", path: "/assets", query: ["pageSize","paginationToken","sortBy","sortDirection","createdAfter","createdBefore","updatedAfter","updatedBefore","privacy","authorId","modelId","inferenceId","parentAssetId","rootAssetId","collectionId","type","types","tags","originalAssets","projectId"], response: "AssetListResponse", items: "assets" },
  uploadAsset: { sdk: "assets.upload", method: "POST", path: "/assets", query: ["originalAssets","projectId"], body: ["name","canvas","collectionIds","hide","image","parentId","thumbnail"], images: ["image","thumbnail"], response: "AssetUploadResponse" },
  deleteAssets: { sdk: "assets.deleteMultiple", method: "DELETE", path: "/assets", query: ["projectId"], body: ["assetIds"], maxItems: {"assetIds":100}, response: "AssetDeleteMultipleResponse" },
  getBulkAssets: { sdk: "assets.getBulk", method: "POST", path: "/assets/get-bulk", query: ["originalAssets","projectId"], body: ["assetIds"], maxItems: {"assetIds":200}, response: "AssetGetBulkResponse" },
  requestAssetsDownload: { sdk: "assets.download.requestBatch", method: "POST", path: "/assets/download", query: ["projectId"], body: ["options","query"], response: "DownloadRequestBatchResponse" },
  getAssetsDownloadStatus: { sdk: "assets.download.getStatus", method: "GET", path: "/assets/download/{jobId}", pathParams: ["jobId"], query: ["projectId"], response: "DownloadGetStatusResponse" },
  retrieveAsset: { sdk: "assets.retrieve", method: "GET", path: "/assets/{assetId}", pathParams: ["assetId"], query: ["originalAssets","withEmbedding","projectId"], response: "AssetRetrieveResponse" },
  updateAsset: { sdk: "assets.update", method: "PUT", path: "/assets/{assetId}", pathParams: ["assetId"], query: ["originalAssets","projectId"], body: ["name","description","canvas","thumbnail","lockId","lockExpiresAt","disableSnapshot"], response: "AssetUpdateResponse" },
  copyAsset: { sdk: "assets.copy", method: "POST", path: "/assets/{assetId}/copy", pathParams: ["assetId"], query: ["originalAssets","projectId"], body: ["targetProjectId"], response: "AssetCopyResponse" },
  lockAsset: { sdk: "assets.lock", method: "PUT", path: "/assets/{assetId}/lock", pathParams: ["assetId"], query: ["originalAssets","projectId"], body: ["lockExpiresAt"], response: "AssetLockResponse" },
  unlockAsset: { sdk: "assets.unlock", method: "PUT", path: "/assets/{assetId}/unlock", pathParams: ["assetId"], query: ["originalAssets","projectId"], body: ["lockId","forceUnlock"], response: "AssetUnlockResponse" },
  listAssetSnapshots: { sdk: "assets.listSnapshots", method: "GET", path: "/assets/{assetId}/snapshots", pathParams: ["assetId"], query: ["pageSize","paginationToken","projectId"], response: "AssetListSnapshotsResponse", items: "snapshots" },
  updateAssetTags: { sdk: "assets.updateTags", method: "PUT", path: "/assets/{assetId}/tags", pathParams: ["assetId"], query: ["projectId"], body: ["add","delete","strict"], response: "AssetUpdateTagsResponse" },
  requestAssetDownload: { sdk: "assets.download.request", method: "POST", path: "/assets/{assetId}/download", pathParams: ["assetId"], query: ["projectId"], body: ["targetFormat"], response: "DownloadRequestResponse" },
  createUpload: { sdk: "uploads.create", method: "POST", path: "/uploads", query: ["projectId"], body: ["fileName","contentType","fileSize","parts","kind","url","civitaiModelUrl","huggingFaceModelName","assetOptions"], response: "UploadCreateResponse" },
  retrieveUpload: { sdk: "uploads.retrieve", method: "GET", path: "/uploads/{uploadId}", pathParams: ["uploadId"], query: ["projectId"], response: "UploadRetrieveResponse" },
  triggerUploadAction: { sdk: "uploads.triggerAction", method: "POST", path: "/uploads/{uploadId}/action", pathParams: ["uploadId"], query: ["projectId"], body: ["action"], response: "UploadTriggerActionResponse" },
} as const satisfies { [K in keyof operations]: OperationSpec };

export type OperationId = keyof typeof OPERATIONS;
