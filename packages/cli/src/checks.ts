// Input files checked before the first request: each check returns a problem to list, never
// throws. Image rules (size limit, supported types, wording) are the client's own.
import { openAsBlob } from "node:fs";
import { open, readFile, realpath, stat } from "node:fs/promises";
import { extname } from "node:path";
import {
  checkImage,
  InvalidImageError,
  MAX_IMAGE_BYTES,
  sniffImageType,
  SUPPORTED_IMAGE_TYPES,
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

/**
 * A file `scenario assets upload` takes, and the way it goes: `image` (≤ 6 MB, a supported
 * image by its content) in one `POST /assets`, anything else through the multipart `/uploads`.
 */
export interface UploadFile extends CheckedFile {
  route: "image" | "multipart";
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Bytes enough for the client's sniffers (an SVG after a long licence comment included). */
const SNIFF_BYTES = 64 * 1024;

/** `image/svg+xml` → svg, and the other names these types go by. */
const IMAGE_NAMES = SUPPORTED_IMAGE_TYPES.map((type) => type.slice(6).replace(/\+xml$/, ""));
const IMAGE_EXTENSIONS = new Set([...IMAGE_NAMES, "jpg", "jpe", "tif", "heif"].map((e) => `.${e}`));

const refuse = (problem: string): Checked<never> => ({ ok: false, problem });
const fsProblem = (path: string, error: unknown) =>
  refuse(`${displayName(path)}: ${fsReason((error as NodeJS.ErrnoException).code)}`);

/** Exists and is a file (not a directory); its real path and size. */
async function findFile(path: string): Promise<Checked<CheckedFile>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const name = displayName(path);
      return refuse(`${name}: is a directory; pass the files in it instead (e.g. ${name}/*.png)`);
    }
    return { ok: true, value: { path, realPath: await realpath(path), size: info.size } };
  } catch (error) {
    return fsProblem(path, error);
  }
}

/** Exists, is a readable file, and is an image the client takes (type by content, ≤ 6 MB). */
export async function checkImageFile(path: string): Promise<Checked<CheckedFile>> {
  const found = await findFile(path);
  if (!found.ok) return found;
  try {
    await readHead(path, 1); // unreadable: said in the file system's words, not a Blob's
    await checkImage(await openAsBlob(path), displayName(path));
    return found;
  } catch (error) {
    if (error instanceof InvalidImageError) return refuse(error.message);
    return fsProblem(path, error);
  }
}

/**
 * Exists, is a readable file with something in it, and is what its name says: a file named like
 * an image (`.png`, `.jpg`…) must be one by its content — a Git LFS pointer or a damaged file
 * named `hero.png` is refused rather than uploaded as text. The kinds of other files are the
 * client's to judge (see commands/assets/upload-check.ts).
 */
export async function checkUploadFile(path: string): Promise<Checked<UploadFile>> {
  const found = await findFile(path);
  if (!found.ok) return found;
  const file = found.value;
  const name = displayName(path);
  if (file.size === 0) return refuse(`${name} is empty (0 bytes); there is nothing to upload.`);
  let head: Uint8Array;
  try {
    head = await readHead(path, SNIFF_BYTES);
  } catch (error) {
    return fsProblem(path, error);
  }
  const image = sniffImageType(head);
  if (image && file.size <= MAX_IMAGE_BYTES)
    return { ok: true, value: { ...file, route: "image" } };
  if (!image && IMAGE_EXTENSIONS.has(extname(path).toLowerCase())) {
    return refuse(
      `${name} is named like an image but is not a supported image by its content (${IMAGE_NAMES.join(", ")}); ` +
        "if it is another kind of file, give it that kind's extension (e.g. .mp4, .glb, .txt).",
    );
  }
  return { ok: true, value: { ...file, route: "multipart" } };
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
