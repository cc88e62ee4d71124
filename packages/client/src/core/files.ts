// Image arguments, checked before any request (supported type by content, the 6 MB limit of
// POST /assets) and turned into what the API takes: a data URL with the sniffed MIME type.
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

function byteLength(input: Blob | Uint8Array | ArrayBuffer): number {
  return input instanceof Uint8Array || input instanceof ArrayBuffer
    ? input.byteLength
    : input.size;
}

async function head(input: Blob | Uint8Array | ArrayBuffer, bytes: number): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input.subarray(0, bytes);
  if (input instanceof ArrayBuffer)
    return new Uint8Array(input, 0, Math.min(bytes, input.byteLength));
  return new Uint8Array(await input.slice(0, bytes).arrayBuffer());
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

/** Image bytes checked and typed, to be sent as `data:<type>;base64,…` (see json-body.ts). */
export class ImageBytes {
  constructor(
    readonly type: ImageMimeType,
    readonly source: Blob | Uint8Array | ArrayBuffer,
    readonly size: number,
  ) {}

  /** The data URL as one string (browsers, and callers who want the string). */
  async toDataUrl(): Promise<string> {
    const bytes =
      this.source instanceof Uint8Array
        ? this.source
        : this.source instanceof ArrayBuffer
          ? new Uint8Array(this.source)
          : new Uint8Array(await this.source.arrayBuffer());
    return `data:${this.type};base64,${bytesToBase64(bytes)}`;
  }
}

/**
 * Checks an image argument before any request: a string must be within 6 MB; bytes must be a
 * supported image (by content) within 6 MB. Returns the string, or the typed bytes.
 */
export async function checkImage(input: ImageInput, field = "image"): Promise<string | ImageBytes> {
  if (typeof input === "string") return checkImageString(input, field);
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
  const type = sniffImageType(await head(input, SNIFF_BYTES));
  if (!type) {
    throw new InvalidImageError(
      `${field} is not a supported image (by its content); POST /assets takes ${SUPPORTED_IMAGE_TYPES.join(", ")}. Other kinds of files go through the /uploads flow.`,
    );
  }
  return new ImageBytes(type, input, size);
}

/** Bytes enough to recognise every supported type (SVG may start with a prolog or comment). */
const SNIFF_BYTES = 4096;

/**
 * The value to send as `image`/`thumbnail`, as one string: strings pass through (after a size
 * check), bytes become `data:<sniffed type>;base64,…`. Throws InvalidImageError before any request.
 */
export async function toImageString(input: ImageInput, field = "image"): Promise<string> {
  const checked = await checkImage(input, field);
  return typeof checked === "string" ? checked : checked.toDataUrl();
}
