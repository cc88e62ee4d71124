// Image arguments → the string the API takes: a data URL with the MIME type sniffed from the
// bytes. Checked before any request: supported type and the 6 MB limit of POST /assets.
import { InvalidImageError } from "../errors.js";
import { bytesToBase64 } from "./base64.js";

/** What `image` and `thumbnail` accept: base64, a data URL, or bytes. */
export type ImageInput = string | Blob | Uint8Array | ArrayBuffer;

/** Largest image POST /assets takes; bigger files go through the multipart `/uploads` flow. */
export const MAX_IMAGE_BYTES = 6 * 1024 * 1024;

export const SUPPORTED_IMAGE_TYPES = [
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/avif",
  "image/tiff",
  "image/heic",
  "image/svg+xml",
] as const;
export type ImageMimeType = (typeof SUPPORTED_IMAGE_TYPES)[number];

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

const HEIC_BRANDS = new Set([
  "heic",
  "heix",
  "hevc",
  "hevx",
  "heim",
  "heis",
  "hevm",
  "hevs",
  "mif1",
  "msf1",
]);

/** The image MIME type of `bytes` from their signature, or undefined when not a supported image. */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | undefined {
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (ascii(b, 0, 8) === "\x89PNG\r\n\x1a\n") return "image/png";
  const head6 = ascii(b, 0, 6);
  if (head6 === "GIF87a" || head6 === "GIF89a") return "image/gif";
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "image/webp";
  const head4 = ascii(b, 0, 4);
  if (head4 === "II*\0" || head4 === "MM\0*") return "image/tiff";
  if (ascii(b, 4, 8) === "ftyp") {
    const brand = ascii(b, 8, 12);
    if (brand === "avif" || brand === "avis") return "image/avif";
    if (HEIC_BRANDS.has(brand)) return "image/heic";
  }
  if (looksLikeSvg(b)) return "image/svg+xml";
  return undefined;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!text.startsWith("<")) return false;
  return /<svg[\s>]/i.test(text);
}

function tooLarge(size: number, what: string): InvalidImageError {
  const mb = (size / 1024 / 1024).toFixed(1);
  return new InvalidImageError(
    `${what} is ${mb} MB; POST /assets takes images up to 6 MB. Upload larger files through the /uploads flow.`,
  );
}

async function toBytes(input: Blob | Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return new Uint8Array(await input.arrayBuffer());
}

function byteLength(input: Blob | Uint8Array | ArrayBuffer): number {
  return input instanceof Uint8Array || input instanceof ArrayBuffer
    ? input.byteLength
    : input.size;
}

const DATA_URL = /^data:([^;,]+)?(?:;[^,]*)?,/;

/** A base64 string or data URL is sent as given, once its size is checked. */
export function checkImageString(input: string, field = "image"): string {
  const isDataUrl = input.startsWith("data:");
  if (isDataUrl && !DATA_URL.test(input)) {
    throw new InvalidImageError(
      `${field} is not a valid data URL; expected data:<mime>;base64,<data>.`,
    );
  }
  const base64Start = isDataUrl ? input.indexOf(",") + 1 : 0;
  const approxBytes = Math.floor(((input.length - base64Start) * 3) / 4);
  if (approxBytes > MAX_IMAGE_BYTES) throw tooLarge(approxBytes, field);
  return input;
}

/**
 * Returns the value to send as `image`/`thumbnail`: strings pass through (after a size check),
 * bytes become `data:<sniffed type>;base64,…`. Throws InvalidImageError before any request.
 */
export async function toImageString(input: ImageInput, field = "image"): Promise<string> {
  if (typeof input === "string") {
    const base64Start = input.startsWith("data:") ? input.indexOf(",") + 1 : 0;
    if (input.startsWith("data:") && !DATA_URL.test(input)) {
      throw new InvalidImageError(
        `${field} is not a valid data URL; expected data:<mime>;base64,<data>.`,
      );
    }
    const approxBytes = Math.floor(((input.length - base64Start) * 3) / 4);
    if (approxBytes > MAX_IMAGE_BYTES) throw tooLarge(approxBytes, field);
    return input;
  }
  const isBytes =
    input instanceof Uint8Array ||
    input instanceof ArrayBuffer ||
    (typeof Blob !== "undefined" && input instanceof Blob);
  if (!isBytes) {
    throw new InvalidImageError(
      `${field} must be a base64 string, a data URL, a Blob/File, a Uint8Array or an ArrayBuffer.`,
    );
  }
  const size = byteLength(input);
  if (size > MAX_IMAGE_BYTES) throw tooLarge(size, field);
  if (size === 0) throw new InvalidImageError(`${field} is empty (0 bytes).`);
  const bytes = await toBytes(input);
  const type = sniffImageType(bytes);
  if (!type) {
    throw new InvalidImageError(
      `${field} is not a supported image (by its content); POST /assets takes ${SUPPORTED_IMAGE_TYPES.join(", ")}. Other kinds of files go through the /uploads flow.`,
    );
  }
  return `data:${type};base64,${bytesToBase64(bytes)}`;
}
