// `fileFromPath(path)`: a file on disk as a lazy, file-backed File (Node): nothing is read until
// it is sent, and `client.uploads.uploadFile` streams its parts straight from disk.
import type { Stats } from "node:fs";
import { InputReadError } from "../errors.js";
import { nodeModule } from "./node-modules.js";

type Fs = {
  openAsBlob(path: string): Promise<Blob>;
  promises: {
    stat(path: string): Promise<Stats>;
    open(path: string, flags: string): Promise<{ close(): Promise<void> }>;
  };
};

const REASONS: Record<string, string> = {
  ENOENT: "no longer exists (ENOENT)",
  EACCES: "may not be read by this process: permission denied (EACCES)",
  EPERM: "may not be read by this process: operation not permitted (EPERM)",
  EISDIR: "is a directory (EISDIR)",
};

/**
 * Why the file at `path` cannot be opened for reading now (undefined when it can). A File from
 * `fileFromPath` is read lazily; opening it first turns a later, nameless `NotReadableError` into
 * a reason said with the path.
 */
export async function readProblem(path: string): Promise<string | undefined> {
  const fs = await nodeModule<Fs>("node:fs");
  try {
    await (await fs.promises.open(path, "r")).close();
    return undefined;
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    return (code && REASONS[code]) ?? `cannot be read (${code ?? (cause as Error).message})`;
  }
}

/** Where a File from `fileFromPath` lives, and what it looked like then (to notice changes). */
export interface FileOrigin {
  path: string;
  size: number;
  mtimeMs: number;
}

const ORIGIN = Symbol.for("@scenario-sdk/client.fileOrigin");

/** The path behind a File made by `fileFromPath`, if it is one. */
export function originOf(file: unknown): FileOrigin | undefined {
  return (file as { [ORIGIN]?: FileOrigin } | null)?.[ORIGIN];
}

/**
 * A file on disk as a `File` whose bytes are read only when sent (Node ≥ 20). Its `name` is the
 * file's base name unless `name` is given.
 */
export async function fileFromPath(path: string, name?: string): Promise<File> {
  const fs = await nodeModule<Fs>("node:fs");
  let info: Stats;
  let blob: Blob;
  try {
    info = await fs.promises.stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    blob = await fs.openAsBlob(path);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    throw new InputReadError(
      `${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? (cause as Error).message})`}.`,
      { cause },
    );
  }
  const file = new File([blob], name ?? path.split(/[\\/]/).pop()!);
  const origin: FileOrigin = { path, size: info.size, mtimeMs: info.mtimeMs };
  Object.defineProperty(file, ORIGIN, { value: origin });
  return file;
}
