// `client.uploads.wait`: polls an upload until the asset exists. `complete`, `validating` and
// `validated` mean the API is still processing it; only an `entityId` (the new asset's id) ends
// the wait well, and `failed` ends it badly.
import { sleep } from "../core/timeout.js";
import type { Requester, RequestOptions } from "../core/requester.js";
import { APIError, APIUserAbortError, UploadFailedError, UploadTimeoutError } from "../errors.js";
import type { Upload } from "../generated/types.js";
import { positiveInteger } from "./upload-plan.js";

export interface WaitOptions {
  /** Milliseconds between polls (default 2000, as the official helper). */
  interval?: number | undefined;
  /** Milliseconds before giving up with an UploadTimeoutError (default 300 000). */
  timeout?: number | undefined;
  signal?: AbortSignal | undefined;
  projectId?: string | undefined;
}

/** Polls the upload until `entityId` is set (resolves) or its status is `failed` (throws). */
export async function waitForUpload(
  requester: Requester,
  uploadId: string,
  options: WaitOptions = {},
): Promise<Upload> {
  const interval = positiveInteger(options.interval, "interval", 2000);
  const timeout = positiveInteger(options.timeout, "timeout", 300_000);
  const { signal } = options;
  const request: RequestOptions = { signal };
  const scope = options.projectId !== undefined ? { projectId: options.projectId } : {};
  const deadline = Date.now() + timeout;
  for (;;) {
    const upload = uploadOf(
      await requester.call("retrieveUpload", { ...scope, uploadId }, request),
      `GET /uploads/${uploadId}`,
    );
    if (upload.status === "failed") {
      throw new UploadFailedError(uploadId, upload.errorMessage ?? undefined);
    }
    if (upload.entityId) return upload;
    if (upload.status === "imported") {
      throw new APIError(
        undefined,
        undefined,
        `Upload ${uploadId} is imported but the API gave no entityId (the new asset's id); look for the asset in the web app, or ask Scenario support about upload ${uploadId}.`,
        undefined,
      );
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new UploadTimeoutError(uploadId, timeout, upload.status);
    try {
      await sleep(Math.min(interval, left), signal);
    } catch (cause) {
      throw new APIUserAbortError({ cause });
    }
  }
}

/** The `upload` of an answer, which must be there: else an APIError, never a TypeError later. */
export function uploadOf(answer: { upload?: Upload }, what: string): Upload {
  const upload = answer.upload;
  if (!upload || typeof upload !== "object" || typeof upload.id !== "string") {
    throw new APIError(
      undefined,
      undefined,
      `${what} answered without an upload (an object with an id); set \`validateResponses: true\` to see what it sent.`,
      undefined,
    );
  }
  return upload;
}
