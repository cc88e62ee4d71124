// `client.assets.download`: a signed URL for one asset (optionally converted), batch archives,
// and the file itself, fetched from its signed URL without credentials.
import type { APIPromise } from "../core/api-promise.js";
import type { Requester, RequestOptions } from "../core/requester.js";
import type {
  DownloadGetStatusParams,
  DownloadGetStatusResponse,
  DownloadRequestBatchParams,
  DownloadRequestBatchResponse,
  DownloadRequestParams,
  DownloadRequestResponse,
} from "../generated/types.js";

export class Download {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * A signed URL to download an asset, converted to `targetFormat` when given
   * (POST /assets/{assetId}/download). The URL carries its own authorization: fetch it with
   * `content()` or any HTTP client, without your Scenario credentials.
   */
  request(
    assetId: string,
    params?: DownloadRequestParams,
    options?: RequestOptions,
  ): APIPromise<DownloadRequestResponse> {
    return this.#requester.call("requestAssetDownload", { ...params, assetId }, options);
  }

  /** Starts a zip archive of assets, inferences and models (POST /assets/download). */
  requestBatch(
    params: DownloadRequestBatchParams,
    options?: RequestOptions,
  ): APIPromise<DownloadRequestBatchResponse> {
    return this.#requester.call("requestAssetsDownload", params, options);
  }

  /** The state of a batch archive, with its `downloadUrl` once ready (GET /assets/download/{jobId}). */
  getStatus(
    jobId: string,
    params?: DownloadGetStatusParams,
    options?: RequestOptions,
  ): APIPromise<DownloadGetStatusResponse> {
    return this.#requester.call("getAssetsDownloadStatus", { ...params, jobId }, options);
  }

  /**
   * The asset's file: requests its signed URL, then fetches it (redirects followed, no
   * credentials sent). Resolves to the `Response`, its body a stream: pipe it to a file.
   * `timeout` is then the longest wait for the next chunk.
   */
  async content(
    assetId: string,
    params?: DownloadRequestParams,
    options?: RequestOptions,
  ): Promise<Response> {
    const { url } = await this.request(assetId, params, options);
    const result = await this.#requester.signed({ method: "GET", url, read: "stream" }, options);
    return result.response!;
  }
}
