// The files of `scenario assets upload` as the upload reads them, as the stop message names them,
// and the asset id of the answer to POST /assets.
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { formatBytes } from "../../byte-progress.js";
import type { AssetUploadResponse } from "@scenario-sdk/client";
import { FileReadError, UnexpectedAnswerError } from "../../describe-error.js";
import { displayName } from "../../output.js";

/** The file as a Blob read from disk as it is sent; when it is gone, says why. */
export async function openFile(path: string): Promise<Blob> {
  try {
    return await openAsBlob(path);
  } catch {
    // openAsBlob's own error does not say what is wrong with the file: ask the file system
    const code = await stat(path).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code,
    );
    throw new FileReadError(code);
  }
}

/** `trailer.mp4 (1.2 GiB of 2.0 GiB sent)`, for each file still moving. */
export function describeMoving(
  moving: ReadonlyMap<string, { loaded: number; total: number }>,
): string {
  return [...moving]
    .map(
      ([path, { loaded, total }]) =>
        `${displayName(path)} (${formatBytes(loaded)} of ${formatBytes(total)} sent)`,
    )
    .join(", ");
}

/** The new asset's id; an answer without one is this file's failure, not a crash. */
export function assetIdOf(response: AssetUploadResponse | null | undefined): string {
  const id = (response as { asset?: { id?: unknown } } | null | undefined)?.asset?.id;
  if (typeof id === "string" && id) return id;
  // a 2xx that is not a JSON object is already the client's APIError (with its status and
  // request id): this guards against an object without an asset id
  throw new UnexpectedAnswerError(
    `the API answered without an asset id (${JSON.stringify(response)?.slice(0, 80)}); ` +
      "the file may or may not be stored: check before uploading it again",
  );
}
