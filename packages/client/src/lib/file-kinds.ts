// What kind of asset a file is (the `kind` and `contentType` of POST /uploads), judged by its
// first bytes, with the file name's extension as a hint where the bytes cannot tell (text, OBJ,
// USDZ, model weights). A PNG named `.jpg` is a PNG.
import { UploadKindValues } from "../generated/enums.js";
import type { UploadKind } from "../generated/types.js";
import { sniffImageType } from "../core/files.js";

export interface FileKind {
  kind: UploadKind;
  contentType: string;
}

/** The kinds POST /uploads takes (the spec's UploadKind). */
export const UPLOAD_KINDS: readonly UploadKind[] = UploadKindValues;

/** Bytes enough for every signature below (and an SVG after a licence comment). */
export const KIND_SNIFF_BYTES = 64 * 1024;

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/** ISO base media (`ftyp` box) brands: MP4/QuickTime video, M4A audio; images are sniffed first. */
function isoMedia(bytes: Uint8Array): FileKind | undefined {
  if (ascii(bytes, 4, 8) !== "ftyp") return undefined;
  const brand = ascii(bytes, 8, 12);
  if (brand === "M4A " || brand === "M4B ") return { kind: "audio", contentType: "audio/mp4" };
  if (brand === "qt  ") return { kind: "video", contentType: "video/quicktime" };
  return { kind: "video", contentType: "video/mp4" };
}

/** By extension, for formats whose bytes say nothing definite. */
const BY_EXTENSION: Record<string, FileKind> = {
  txt: { kind: "text", contentType: "text/plain" },
  md: { kind: "text", contentType: "text/markdown" },
  csv: { kind: "text", contentType: "text/csv" },
  json: { kind: "text", contentType: "application/json" },
  obj: { kind: "3d", contentType: "model/obj" },
  stl: { kind: "3d", contentType: "model/stl" },
  ply: { kind: "3d", contentType: "application/octet-stream" },
  gltf: { kind: "3d", contentType: "model/gltf+json" },
  usdz: { kind: "3d", contentType: "model/vnd.usdz+zip" },
  safetensors: { kind: "model", contentType: "application/octet-stream" },
  ckpt: { kind: "model", contentType: "application/octet-stream" },
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** UTF-8 without control characters but tab, line breaks and form feed (the head may end inside a character). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) return false;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, bytes.length - 4));
    return true;
  } catch {
    return false;
  }
}

/**
 * The kind and content type `uploads.uploadFile` gives a file, from its first bytes
 * (`KIND_SNIFF_BYTES` are enough) and its name, or undefined when it cannot tell.
 */
export function detectFileKind(head: Uint8Array, name: string): FileKind | undefined {
  const image = sniffImageType(head);
  if (image) return { kind: "image", contentType: image };
  const riff = ascii(head, 0, 4) === "RIFF" ? ascii(head, 8, 12) : "";
  if (riff === "WAVE") return { kind: "audio", contentType: "audio/wav" };
  if (riff === "AVI ") return { kind: "video", contentType: "video/x-msvideo" };
  const iso = isoMedia(head);
  if (iso) return iso;
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    // EBML: WebM declares its doctype near the start; other EBML files are Matroska
    const webm = ascii(head, 0, 64).includes("webm");
    return { kind: "video", contentType: webm ? "video/webm" : "video/x-matroska" };
  }
  const head4 = ascii(head, 0, 4);
  if (ascii(head, 0, 3) === "ID3" || (head[0] === 0xff && (head[1]! & 0xe0) === 0xe0)) {
    return { kind: "audio", contentType: "audio/mpeg" };
  }
  if (head4 === "OggS") return { kind: "audio", contentType: "audio/ogg" };
  if (head4 === "fLaC") return { kind: "audio", contentType: "audio/flac" };
  if (head4 === "glTF") return { kind: "3d", contentType: "model/gltf-binary" };
  if (ascii(head, 0, 18) === "Kaydara FBX Binary") {
    return { kind: "3d", contentType: "application/octet-stream" };
  }
  const hinted = BY_EXTENSION[extensionOf(name)];
  // a zip is a USDZ only by name; text formats only when the bytes are text
  if (hinted && (head4 === "PK\x03\x04" ? hinted.contentType.includes("usdz") : true)) {
    if (hinted.kind !== "text" || looksLikeText(head)) return hinted;
  }
  if (looksLikeText(head) && !hinted) return { kind: "text", contentType: "text/plain" };
  return undefined;
}
