// A download's bytes on disk: written to a hidden temp file next to its final name, flushed, then
// moved under that name only when complete and only if nothing is there. A transfer cut off,
// failed or cancelled leaves no file behind; a crash leaves at most a `.….part` file.
import { randomBytes } from "node:crypto";
import { link, open, rename, rm, unlink } from "node:fs/promises";
import { statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { writeError } from "./download-check.js";

/** The temp file for `path`: hidden, in the same folder (so the move is a rename). */
export function tempPathFor(dir: string, label: string): string {
  return join(dir, `.${basename(label)}.${randomBytes(4).toString("hex")}.part`);
}

/**
 * Writes `body` to `temp` (which must not exist); `onBytes` hears the total so far, `first` sees
 * the first chunk before it is written (and may throw). A file system error comes out in words
 * that name the folder (a full disk says so).
 */
export async function receive(
  body: ReadableStream<Uint8Array> | null,
  temp: string,
  onBytes: (bytes: number) => void,
  first: (chunk: Uint8Array) => void = () => {},
): Promise<number> {
  const disk = <T>(p: Promise<T>) =>
    p.catch((error: unknown) => Promise.reject(writeError(error, dirname(temp))));
  const file = await disk(open(temp, "wx"));
  let bytes = 0;
  try {
    if (body) {
      for await (const chunk of body) {
        if (bytes === 0 && chunk.byteLength) first(chunk);
        for (let offset = 0; offset < chunk.byteLength;) {
          const { bytesWritten } = await disk(file.write(chunk, offset, chunk.byteLength - offset));
          offset += bytesWritten;
        }
        bytes += chunk.byteLength;
        onBytes(bytes);
      }
    }
    await disk(file.datasync()); // on disk before it takes its final name
    await disk(file.close());
  } catch (error) {
    await file.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
  return bytes;
}

/** Thrown when something else took the final name while the file was downloading. */
export class NameTakenError extends Error {
  override name = "NameTakenError";
}

/**
 * Gives `temp` the name `path`, never replacing a file there: a hard link fails when the name is
 * taken. Where links are not supported, checks then renames (a narrow window, not atomic).
 */
export async function place(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
    await unlink(temp);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NameTakenError(`${path} appeared meanwhile`);
    }
  }
  if (statSync(path, { throwIfNoEntry: false }))
    throw new NameTakenError(`${path} appeared meanwhile`);
  await rename(temp, path);
}

/** The first of `paths` whose bytes are those of `file` (`size` bytes long), if any. */
export async function sameFile(
  file: string,
  size: number,
  paths: readonly string[],
): Promise<string | undefined> {
  for (const path of paths) {
    if (statSync(path, { throwIfNoEntry: false })?.size !== size) continue;
    if (await sameBytes(file, path).catch(() => false)) return path;
  }
  return undefined;
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([open(a, "r"), open(b, "r")]);
  const bufferX = Buffer.alloc(64 * 1024);
  const bufferY = Buffer.alloc(64 * 1024);
  try {
    for (;;) {
      const [{ bytesRead: n }, { bytesRead: m }] = await Promise.all([
        x.read(bufferX, 0, bufferX.length, null),
        y.read(bufferY, 0, bufferY.length, null),
      ]);
      if (n !== m || !bufferX.subarray(0, n).equals(bufferY.subarray(0, m))) return false;
      if (n === 0) return true;
    }
  } finally {
    await Promise.all([x.close(), y.close()]);
  }
}
