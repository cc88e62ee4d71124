// Whether a download's answer is the asset at all: a CDN's login or error page can come with
// status 200, and a body can contradict its own Content-Length. Either is that file's failure,
// and nothing is kept. Also the words for a file that cannot be written (a full disk).
import type { Asset } from "@scenario-sdk/client";
import { displayName } from "../../output.js";

/** The answer is not the asset's bytes. */
export class NotTheAssetError extends Error {
  override name = "NotTheAssetError";
}

/** The file could not be written to the folder (a full disk, a read-only one…). */
export class DiskWriteError extends Error {
  override name = "DiskWriteError";
}

/** Formats whose files are text or XML themselves: a page in markup may be the asset. */
const MARKUP = /^(image\/svg\+xml|text\/|application\/(json|xml)|model\/(obj|gltf\+json))/;
const MARKUP_FORMATS = new Set(["svg", "obj"]);

/** True when the asset's file (or the --format asked for) is binary, so it never starts with `<`. */
export function expectsBinary(asset: Asset, format: string | undefined): boolean {
  if (format) return !MARKUP_FORMATS.has(format);
  const mime = String(asset.mimeType ?? "").toLowerCase();
  return /^(image|video|audio)\//.test(mime) && !MARKUP.test(mime);
}

/** Throws when the answer says it is a web page or XML where a binary file is expected. */
export function checkContentType(response: Response, binary: boolean): void {
  if (!binary) return;
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (/^(text\/html|application\/xhtml\+xml|text\/xml|application\/xml)$/.test(type)) {
    throw notTheAsset(`a ${type} page`);
  }
}

/** Throws when the first bytes received are markup (`<`, after blanks or a BOM) for a binary file. */
export function checkFirstBytes(chunk: Uint8Array, binary: boolean): void {
  if (!binary) return;
  let i = 0;
  if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
  while (i < chunk.length && (chunk[i] === 0x20 || (chunk[i]! >= 0x09 && chunk[i]! <= 0x0d))) i++;
  if (chunk[i] === 0x3c /* < */) throw notTheAsset("an HTML or XML page");
}

/** Throws when the bytes received are not the number `content-length` announced. */
export function checkLength(received: number, announced: number | undefined): void {
  if (announced !== undefined && received !== announced) {
    throw new NotTheAssetError(
      `received ${received} bytes where the answer announced ${announced} (Content-Length); nothing was kept, rerun to try again`,
    );
  }
}

const notTheAsset = (what: string) =>
  new NotTheAssetError(
    `the answer is ${what}, not the asset (a CDN login or error page?); nothing was kept`,
  );

/** The words for a file system error while writing into `dir`; other errors unchanged. */
export function writeError(error: unknown, dir: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !(error as NodeJS.ErrnoException).syscall) return error;
  const where = displayName(dir);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new DiskWriteError(
      `the disk is full: cannot write into ${where} (${code}); free some space, then rerun: files already there are skipped`,
    );
  }
  if (code === "EROFS") return new DiskWriteError(`${where} is on a read-only file system`);
  if (code === "EACCES" || code === "EPERM") {
    return new DiskWriteError(`cannot write into ${where}: permission denied`);
  }
  return new DiskWriteError(`cannot write into ${where} (${code})`);
}
