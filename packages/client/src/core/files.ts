// Image arguments, checked before any request (a supported type by content, the 6 MB limit of
// POST /assets) and turned into what the API takes: a data URL with the sniffed MIME type.
import { InvalidImageError } from "../errors.js";
import { base64ToBytes, bytesToBase64 } from "./base64.js";

/** What `image` and `thumbnail` accept: base64, a data URL, bytes, or a fetch `Response`. */
export type ImageInput = string | Blob | Uint8Array | ArrayBuffer | Response;

/** Largest image POST /assets takes; bigger files go through `client.uploads.uploadFile`. */
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

const LARGER_FILES = "Larger files and other kinds go through `client.uploads.uploadFile`.";

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
  if (isSvg(b)) return "image/svg+xml";
  return undefined;
}

/**
 * SVG when the document's root element is `<svg`: after an optional BOM, XML declaration,
 * comments (a licence header may be long), processing instructions and a doctype. An HTML page
 * with an inline `<svg>` is not an SVG file.
 */
function isSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith("<?", i)) i = skipPast(text, "?>", i);
    else if (text.startsWith("<!--", i)) i = skipPast(text, "-->", i);
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) i = skipDoctype(text, i);
    else return /^<svg[\s/>]/i.test(text.slice(i, i + 5));
    if (i < 0) return false;
  }
}

function skipPast(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** A doctype may hold an internal subset in brackets, with `>` inside it. */
function skipDoctype(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "[") depth++;
    else if (text[i] === "]") depth--;
    else if (text[i] === ">" && depth <= 0) return i + 1;
  }
  return -1;
}

function tooLarge(size: number, field: string): InvalidImageError {
  const mb = (size / 1024 / 1024).toFixed(1);
  return new InvalidImageError(
    `${field} is ${mb} MB; POST /assets takes images up to 6 MB. ${LARGER_FILES}`,
  );
}

function notAnImage(field: string, what: string): InvalidImageError {
  return new InvalidImageError(
    `${field} ${what}; POST /assets takes ${SUPPORTED_IMAGE_TYPES.join(", ")} (judged by content). ${LARGER_FILES}`,
  );
}

/** Bytes enough to recognise every supported type, SVG after a long licence comment included. */
const SNIFF_BYTES = 64 * 1024;

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A base64 string or a data URL, checked and sent as given: not empty, base64 (a file name or
 * other text is refused), a supported image by its content, within 6 MB.
 */
export function checkImageString(input: string, field = "image"): string {
  let data = input;
  let declared: string | undefined;
  if (input.startsWith("data:")) {
    const match = DATA_URL.exec(input);
    if (!match || !/;base64$/i.test(match[2] ?? "")) {
      throw new InvalidImageError(
        `${field} is not a base64 data URL; expected data:<image type>;base64,<data>.`,
      );
    }
    declared = match[1]!.toLowerCase();
    if (!(SUPPORTED_IMAGE_TYPES as readonly string[]).includes(declared)) {
      throw notAnImage(field, `is a data URL of type "${declared || "(none)"}"`);
    }
    data = input.slice(match[0].length);
  }
  if (data === "") throw new InvalidImageError(`${field} is empty.`);
  const approxBytes = Math.floor((data.length * 3) / 4);
  if (approxBytes > MAX_IMAGE_BYTES) throw tooLarge(approxBytes, field);
  if (data.length % 4 !== 0 || !BASE64.test(data)) {
    const hint =
      /^[^\s/\\]+\.[A-Za-z0-9]{2,5}$/.test(data) || /[/\\]/.test(data.slice(0, 200))
        ? ` It looks like a file name: pass the file's bytes instead (e.g. \`await fileFromPath("${data.slice(0, 60)}")\` or \`fs.openAsBlob\`).`
        : "";
    throw new InvalidImageError(
      `${field} is neither base64 nor a data URL (data:<type>;base64,…).${hint}`,
    );
  }
  const head = base64ToBytes(data.slice(0, Math.floor(SNIFF_BYTES / 3) * 4));
  const type = sniffImageType(head);
  if (!type) throw notAnImage(field, "is not a supported image by its content");
  if (declared && declared !== type) {
    throw new InvalidImageError(
      `${field} is a data URL of type ${declared}, but its content is ${type}; fix the type in the data URL.`,
    );
  }
  return input;
}

/** Image bytes checked and typed, to be sent as `data:<type>;base64,…` (see json-body.ts). */
export class ImageBytes {
  constructor(
    readonly type: ImageMimeType,
    readonly source: Blob | Uint8Array | ArrayBuffer,
    readonly size: number,
    /** The param's name, for errors while it is sent. */
    readonly field: string,
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

function isBytes(input: unknown): input is Blob | Uint8Array | ArrayBuffer {
  return (
    input instanceof Uint8Array ||
    input instanceof ArrayBuffer ||
    (typeof Blob !== "undefined" && input instanceof Blob)
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

/** A fetch `Response` as a Blob, refused early when its declared length is over the limit. */
async function responseBytes(response: Response, field: string): Promise<Blob> {
  if (!response.ok) {
    throw new InvalidImageError(`${field} is a Response with status ${response.status}.`);
  }
  const length = Number(response.headers.get("content-length"));
  if (length > MAX_IMAGE_BYTES) throw tooLarge(length, field);
  return response.blob();
}

/**
 * Checks an image argument before any request: a string must be base64 or a data URL of a
 * supported image within 6 MB; bytes must be a supported image (by content) within 6 MB.
 * Returns the string, or the typed bytes.
 */
export async function checkImage(input: ImageInput, field = "image"): Promise<string | ImageBytes> {
  if (typeof input === "string") return checkImageString(input, field);
  // bytes are asked about first: in Node, reading the global `Response` loads undici (tens of ms)
  if (!isBytes(input) && typeof Response !== "undefined" && input instanceof Response) {
    input = await responseBytes(input, field);
  }
  if (!isBytes(input)) {
    throw new InvalidImageError(
      `${field} must be a base64 string, a data URL, a Blob/File, a Uint8Array, an ArrayBuffer or a Response.`,
    );
  }
  const size = byteLength(input);
  if (size > MAX_IMAGE_BYTES) throw tooLarge(size, field);
  if (size === 0) throw new InvalidImageError(`${field} is empty (0 bytes).`);
  const type = sniffImageType(await head(input, SNIFF_BYTES));
  if (!type) throw notAnImage(field, "is not a supported image by its content");
  return new ImageBytes(type, input, size, field);
}

/**
 * The value to send as `image`/`thumbnail`, as one string: strings pass through (once checked),
 * bytes become `data:<sniffed type>;base64,…`. Throws InvalidImageError before any request.
 */
export async function toImageString(input: ImageInput, field = "image"): Promise<string> {
  const checked = await checkImage(input, field);
  return typeof checked === "string" ? checked : checked.toDataUrl();
}
