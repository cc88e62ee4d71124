// `client.uploads`: the multipart flow's operations (create, retrieve, triggerAction), and the
// one-call helpers `uploadFile` and `wait` (lib/uploads.ts, loaded on first use).
import type { APIPromise } from "../core/api-promise.js";
import type { Requester, RequestOptions } from "../core/requester.js";
import type { UploadFileOptions, UploadInput } from "../lib/upload-plan.js";
import type { WaitOptions } from "../lib/upload-wait.js";
import type {
  Upload,
  UploadCreateParams,
  UploadCreateResponse,
  UploadRetrieveParams,
  UploadRetrieveResponse,
  UploadTriggerActionParams,
  UploadTriggerActionResponse,
} from "../generated/types.js";

export class Uploads {
  readonly #requester: Requester;

  /** @internal */
  constructor(requester: Requester) {
    this.#requester = requester;
  }

  /**
   * Creates an upload (POST /uploads): for a multipart file, the signed URL of each part; or an
   * import from a URL, CivitAI or Hugging Face. Nothing is transferred yet.
   */
  create(params: UploadCreateParams, options?: RequestOptions): APIPromise<UploadCreateResponse> {
    return this.#requester.call("createUpload", params, options);
  }

  /** An upload's state; `entityId` is the new asset's id once imported (GET /uploads/{uploadId}). */
  retrieve(
    uploadId: string,
    params?: UploadRetrieveParams,
    options?: RequestOptions,
  ): APIPromise<UploadRetrieveResponse> {
    return this.#requester.call("retrieveUpload", { ...params, uploadId }, options);
  }

  /** Tells the API every part is stored: `{ action: "complete" }` (POST /uploads/{uploadId}/action). */
  triggerAction(
    uploadId: string,
    params: UploadTriggerActionParams,
    options?: RequestOptions,
  ): APIPromise<UploadTriggerActionResponse> {
    return this.#requester.call("triggerUploadAction", { ...params, uploadId }, options);
  }

  /**
   * Uploads any file the API takes, of any size, as one call: creates the upload, sends its
   * parts (several at once, streamed from disk for a `fileFromPath` file in Node), completes it,
   * and waits until the asset exists. Resolves to the final `Upload`: `entityId` is the new
   * asset's id. Kind and content type are sniffed from the content unless given.
   */
  async uploadFile(file: UploadInput, options?: UploadFileOptions): Promise<Upload> {
    const { uploadFile } = await import("../lib/uploads.js");
    return uploadFile(this.#requester, file, options);
  }

  /**
   * Polls an upload until `entityId` (the new asset's id) is set, through `complete`,
   * `validating` and `validated` (every 2 s, for up to 5 min by default). Throws
   * UploadFailedError on `failed`, an APIError on `imported` without an `entityId`, and
   * UploadTimeoutError (with the upload id and last status, to wait again later) when it takes
   * longer.
   */
  async wait(uploadId: string, options?: WaitOptions): Promise<Upload> {
    const { waitForUpload } = await import("../lib/upload-wait.js");
    return waitForUpload(this.#requester, uploadId, options);
  }
}
