// `client.assets`: one thin method per operation of the `/assets` family; the request layer
// places each param where the spec says (generated/operations.ts).
import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import type { PageOf, Requester, RequestOptions } from "../core/requester.js";
import type {
  Asset,
  AssetCopyParams,
  AssetCopyResponse,
  AssetDeleteMultipleParams,
  AssetDeleteMultipleResponse,
  AssetGetBulkParams,
  AssetGetBulkResponse,
  AssetListParams,
  AssetListSnapshotsParams,
  AssetLockParams,
  AssetLockResponse,
  AssetRetrieveParams,
  AssetRetrieveResponse,
  AssetSnapshot,
  AssetUnlockParams,
  AssetUnlockResponse,
  AssetUpdateParams,
  AssetUpdateResponse,
  AssetUpdateTagsParams,
  AssetUpdateTagsResponse,
  AssetUploadParams,
  AssetUploadResponse,
} from "../generated/types.js";
import { Download } from "./download.js";

export class Assets {
  readonly #requester: Requester;
  /** `/assets/download` and `/assets/{assetId}/download`: signed URLs and batch archives. */
  readonly download: Download;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
    this.download = new Download(requester);
  }

  /**
   * Lists assets (GET /assets). Awaited: the first page (`.assets`, `.nextPaginationToken`);
   * with `for await`: every asset of every page, fetched as the loop gets there.
   */
  list(
    params?: AssetListParams,
    options?: RequestOptions,
  ): PagePromise<PageOf<"listAssets">, Asset> {
    return this.#requester.page("listAssets", params, options);
  }

  /**
   * Uploads an image (≤ 6 MB) or a canvas (POST /assets). `image` and `thumbnail` also take
   * bytes, sent as a data URL with the type sniffed from the content; larger files and other
   * kinds go through `client.uploads.uploadFile`. Retried on network errors and 408/409/429/5xx
   * up to `maxRetries`: a retry after a lost answer can create a second asset.
   */
  upload(params: AssetUploadParams, options?: RequestOptions): APIPromise<AssetUploadResponse> {
    return this.#requester.call("uploadAsset", params, options);
  }

  /** One asset (GET /assets/{assetId}). */
  retrieve(
    assetId: string,
    params?: AssetRetrieveParams,
    options?: RequestOptions,
  ): APIPromise<AssetRetrieveResponse> {
    return this.#requester.call("retrieveAsset", { ...params, assetId }, options);
  }

  /** Updates a canvas asset (PUT /assets/{assetId}). */
  update(
    assetId: string,
    params?: AssetUpdateParams,
    options?: RequestOptions,
  ): APIPromise<AssetUpdateResponse> {
    return this.#requester.call("updateAsset", { ...params, assetId }, options);
  }

  /** Deletes up to 100 assets (DELETE /assets); more are refused before any request. */
  deleteMultiple(
    params: AssetDeleteMultipleParams,
    options?: RequestOptions,
  ): APIPromise<AssetDeleteMultipleResponse> {
    return this.#requester.call("deleteAssets", params, options);
  }

  /** Up to 200 assets by id (POST /assets/get-bulk); ids the API does not return are absent. */
  getBulk(params: AssetGetBulkParams, options?: RequestOptions): APIPromise<AssetGetBulkResponse> {
    return this.#requester.call("getBulkAssets", params, options);
  }

  /** Copies an asset, to another project with `targetProjectId` (POST /assets/{assetId}/copy). */
  copy(
    assetId: string,
    params?: AssetCopyParams,
    options?: RequestOptions,
  ): APIPromise<AssetCopyResponse> {
    return this.#requester.call("copyAsset", { ...params, assetId }, options);
  }

  /** Locks a canvas until `lockExpiresAt` (PUT /assets/{assetId}/lock); keep the `lockId`. */
  lock(
    assetId: string,
    params: AssetLockParams,
    options?: RequestOptions,
  ): APIPromise<AssetLockResponse> {
    return this.#requester.call("lockAsset", { ...params, assetId }, options);
  }

  /** Unlocks a canvas with its `lockId`, or `forceUnlock` (PUT /assets/{assetId}/unlock). */
  unlock(
    assetId: string,
    params?: AssetUnlockParams,
    options?: RequestOptions,
  ): APIPromise<AssetUnlockResponse> {
    return this.#requester.call("unlockAsset", { ...params, assetId }, options);
  }

  /** A canvas's snapshots (GET /assets/{assetId}/snapshots); paginated. */
  listSnapshots(
    assetId: string,
    params?: AssetListSnapshotsParams,
    options?: RequestOptions,
  ): PagePromise<PageOf<"listAssetSnapshots">, AssetSnapshot> {
    return this.#requester.page("listAssetSnapshots", { ...params, assetId }, options);
  }

  /**
   * Adds and deletes tags (PUT /assets/{assetId}/tags). With `strict`, adding a tag the asset
   * has or deleting one it lacks is an error; without, both are no-ops.
   */
  updateTags(
    assetId: string,
    params: AssetUpdateTagsParams,
    options?: RequestOptions,
  ): APIPromise<AssetUpdateTagsResponse> {
    return this.#requester.call("updateAssetTags", { ...params, assetId }, options);
  }
}
