// Input files checked before the first request: each check returns a problem to list, never
// throws. Image rules (size limit, supported types, wording) are the client's own.
import { openAsBlob } from "node:fs";
import { open, readFile, realpath, stat } from "node:fs/promises";
import {
  InvalidImageError,
  MAX_IMAGE_BYTES,
  sniffImageType,
  toImageString,
} from "@scenario-sdk/client";
import { fsReason } from "./describe-error.js";
import { displayName } from "./output.js";

export interface CheckedFile {
  /** As given on the command line. */
  path: string;
  /** With links and `..` resolved: the same file given twice has one real path. */
  realPath: string;
  size: number;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Bytes enough for the client's sniffer to recognise every type it supports. */
const SNIFF_BYTES = 4096;

const refuse = (problem: string): Checked<never> => ({ ok: false, problem });
const fsProblem = (path: string, error: unknown) =>
  refuse(`${displayName(path)}: ${fsReason((error as NodeJS.ErrnoException).code)}`);

/** Exists, is a readable file, and is an image the client takes (type by content, ≤ 6 MB). */
export async function checkImageFile(path: string): Promise<Checked<CheckedFile>> {
  let file: CheckedFile;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const name = displayName(path);
      return refuse(`${name}: is a directory; pass the files in it instead (e.g. ${name}/*.png)`);
    }
    file = { path, realPath: await realpath(path), size: info.size };
  } catch (error) {
    return fsProblem(path, error);
  }
  if (file.size > 0 && file.size <= MAX_IMAGE_BYTES) {
    try {
      if (sniffImageType(await readHead(path, SNIFF_BYTES))) return { ok: true, value: file };
    } catch (error) {
      return fsProblem(path, error);
    }
  }
  const refusal = await clientRefusal(path);
  return refusal ? refuse(refusal) : { ok: true, value: file };
}

/**
 * Why the client refuses this file, in its own words (it throws after reading the head, so this
 * is cheap); undefined if it takes the file after all.
 * TODO(client): export `checkImage(input, field)`: the CLI would call it on `openAsBlob(path)`
 * directly, with no sniffing of its own and no second look here.
 */
async function clientRefusal(path: string): Promise<string | undefined> {
  try {
    await toImageString(await openAsBlob(path), displayName(path));
    return undefined;
  } catch (error) {
    if (error instanceof InvalidImageError) return error.message;
    return `${displayName(path)}: ${fsReason((error as NodeJS.ErrnoException).code)}`;
  }
}

async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A canvas file must be readable JSON; returns it re-serialised compactly. */
export async function checkCanvasFile(path: string): Promise<Checked<string>> {
  let text: string;
  try {
    if ((await stat(path)).isDirectory())
      return refuse(`${displayName(path)}: is a directory, not a canvas JSON file`);
    text = await readFile(path, "utf8");
  } catch (error) {
    return fsProblem(path, error);
  }
  try {
    return { ok: true, value: JSON.stringify(JSON.parse(text)) };
  } catch (error) {
    return refuse(`${displayName(path)}: is not valid JSON (${(error as Error).message})`);
  }
}
