// Input checks run before the first request: each returns a problem to list, never throws.
import { open, readFile, stat } from "node:fs/promises";
import {
  MAX_IMAGE_BYTES,
  SUPPORTED_IMAGE_TYPES,
  sniffImageType,
  type ImageMimeType,
} from "@scenario-sdk/client";

export interface CheckedImage {
  path: string;
  size: number;
  type: ImageMimeType;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const SNIFF_BYTES = 4096;
const SHORT_TYPES = SUPPORTED_IMAGE_TYPES.map((t) => t.replace("image/", "")).join(", ");

function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `${path}: no such file`;
  if (code === "EACCES" || code === "EPERM") return `${path}: not readable (permission denied)`;
  return `${path}: cannot be read (${code ?? String(error)})`;
}

/** Exists, is a file, is readable, is not empty, is ≤ 6 MB, and is a supported image by content. */
export async function checkImageFile(path: string): Promise<Checked<CheckedImage>> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return {
        ok: false,
        problem: `${path}: is a directory; pass the files in it instead (e.g. ${path}/*.png)`,
      };
    }
    size = info.size;
  } catch (error) {
    return { ok: false, problem: describeFsError(path, error) };
  }
  if (size === 0) return { ok: false, problem: `${path}: is empty (0 bytes)` };
  if (size > MAX_IMAGE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      problem: `${path}: is ${mb} MB; \`scenario assets upload\` takes images up to 6 MB. Larger files go through the /uploads flow.`,
    };
  }
  let head: Uint8Array;
  try {
    const handle = await open(path, "r");
    try {
      const buffer = new Uint8Array(Math.min(size, SNIFF_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: describeFsError(path, error) };
  }
  const type = sniffImageType(head);
  if (!type) {
    return {
      ok: false,
      problem: `${path}: is not a supported image by its content (supported: ${SHORT_TYPES}).`,
    };
  }
  return { ok: true, value: { path, size, type } };
}

/** A canvas file must be readable JSON; returns it re-serialised compactly. */
export async function checkCanvasFile(path: string): Promise<Checked<string>> {
  let text: string;
  try {
    if ((await stat(path)).isDirectory())
      return { ok: false, problem: `${path}: is a directory, not a canvas JSON file` };
    text = await readFile(path, "utf8");
  } catch (error) {
    return { ok: false, problem: describeFsError(path, error) };
  }
  try {
    return { ok: true, value: JSON.stringify(JSON.parse(text)) };
  } catch (error) {
    return { ok: false, problem: `${path}: is not valid JSON (${(error as Error).message})` };
  }
}
