// The files of `scenario assets upload` as the upload reads them, and as the stop message names them.
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { formatBytes } from "../../byte-progress.js";
import { FileReadError } from "../../describe-error.js";
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
