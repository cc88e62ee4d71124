// `fileFromPath(path)`: a file on disk as a lazy, file-backed File (Node): nothing is read until
// it is sent, and `client.uploads.uploadFile` streams its parts straight from disk.
import type { Stats } from "node:fs";
import { InputReadError } from "../errors.js";
import { nodeModule } from "./node-modules.js";

type Fs = {
  openAsBlob(path: string): Promise<Blob>;
  promises: { stat(path: string): Promise<Stats> };
};

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
