// `client.uploads.uploadFile`: the multipart flow as one call, orchestration only (the pieces:
// upload-plan.ts checks and plans, upload-parts.ts sends the parts, upload-wait.ts polls).
// create (part count) → PUT each part to its signed URL, several at once, streamed from the file
// → action `complete` once every part is stored → poll until `entityId` is set or `failed`.
// It calls the request layer, not the resources, so `lib/` and `resources/` import no circle.
// Loaded on first use (a browser bundle splits it off until then).
import type { Requester } from "../core/requester.js";
import { APIError, ConflictError } from "../errors.js";
import type { Upload } from "../generated/types.js";
import { ProgressReporter } from "./progress.js";
import { checkUnchanged, sendParts } from "./upload-parts.js";
import { prepare, type UploadFileOptions, type UploadInput } from "./upload-plan.js";
import { uploadOf, waitForUpload } from "./upload-wait.js";

export type { UploadProgress } from "./progress.js";
export {
  checkUploadFile,
  type UploadFileOptions,
  type UploadFilePlan,
  type UploadInput,
} from "./upload-plan.js";
export { waitForUpload, type WaitOptions } from "./upload-wait.js";

export async function uploadFile(
  requester: Requester,
  file: UploadInput,
  options: UploadFileOptions = {},
): Promise<Upload> {
  const { source, plan, params, concurrency, pollInterval, pollTimeout } = await prepare(
    file,
    options,
  );
  const { signal, projectId } = options;
  const scope = projectId !== undefined ? { projectId } : {};
  await checkUnchanged(source.origin, "since `fileFromPath` read it; nothing was sent");
  const upload = uploadOf(
    await requester.call("createUpload", params, { signal }),
    "POST /uploads",
  );
  const parts = [...(upload.parts ?? [])].sort((a, b) => a.number - b.number);
  if (parts.length !== plan.count || parts.some((part, i) => part.number !== i + 1)) {
    throw new APIError(
      undefined,
      undefined,
      `Upload ${upload.id}: the API returned ${parts.length} part URLs for the ${plan.count} parts asked for.`,
      undefined,
    );
  }
  const progress = new ProgressReporter(source.size, options.onProgress);
  await sendParts(requester, source, parts, {
    uploadId: upload.id,
    partSize: plan.partSize,
    concurrency,
    progress,
    signal,
  });
  await checkUnchanged(source.origin, "while it was uploaded; the upload was not completed");
  // the last report waits out the pace (≤ 20 a second) while `complete` is on its way
  const finished = progress.finish();
  const completed = await complete(requester, upload.id, scope, signal);
  await finished;
  if (options.wait === false) {
    return (
      completed ??
      uploadOf(
        await requester.call("retrieveUpload", { ...scope, uploadId: upload.id }, { signal }),
        `GET /uploads/${upload.id}`,
      )
    );
  }
  return waitForUpload(requester, upload.id, {
    interval: pollInterval,
    timeout: pollTimeout,
    signal,
    projectId,
  });
}

/**
 * The action `complete`: the upload as it answered, or undefined when it answered 409 "already
 * completed" (a retry after an answer that was lost: the first attempt was stored).
 */
async function complete(
  requester: Requester,
  uploadId: string,
  scope: { projectId?: string },
  signal: AbortSignal | undefined,
): Promise<Upload | undefined> {
  try {
    return uploadOf(
      await requester.call(
        "triggerUploadAction",
        { action: "complete", ...scope, uploadId },
        {
          signal,
        },
      ),
      `POST /uploads/${uploadId}/action`,
    );
  } catch (error) {
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
}
