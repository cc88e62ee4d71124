// The sha256 of a file on disk, read through a buffer the caller reuses (a read stream would
// allocate a new 64 KiB chunk per read).
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

export interface FileDigest {
  sha256: string;
  /** The bytes hashed: the file's size as it was read. */
  size: number;
}

/** Throws (an AbortError) between two reads once `signal` is aborted. */
export async function sha256File(
  path: string,
  buffer: Uint8Array,
  signal?: AbortSignal,
): Promise<FileDigest> {
  const hash = createHash("sha256");
  const file = await open(path, "r");
  let size = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
  } finally {
    await file.close();
  }
  return { sha256: hash.digest("hex"), size };
}
