// The file an asset is downloaded to: its name (or its id) made safe for any file system, with
// the extension of its type or of --format; unique within the run (`name (2).png`), never a
// file that is already there (what a rerun skips is decided by download-state.ts, not by names).
import { lstatSync } from "node:fs";
import { join } from "node:path";
import type { Asset } from "@scenario-sdk/client";
import { assetName } from "../../asset-lines.js";
import type { DownloadFormat } from "../../asset-types.js";

/** File extensions by MIME type; the first is the one given to a file of that type. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "image/avif": ["avif"],
  "image/tiff": ["tiff", "tif"],
  "image/heic": ["heic"],
  "image/heif": ["heif"],
  "image/svg+xml": ["svg"],
  "image/bmp": ["bmp"],
  "image/vnd.radiance": ["hdr"],
  "image/x-exr": ["exr"],
  "video/mp4": ["mp4"],
  "video/quicktime": ["mov"],
  "video/webm": ["webm"],
  "video/x-msvideo": ["avi"],
  "audio/mpeg": ["mp3"],
  "audio/wav": ["wav"],
  "audio/x-wav": ["wav"],
  "audio/ogg": ["ogg"],
  "audio/flac": ["flac"],
  "audio/mp4": ["m4a"],
  "audio/aac": ["aac"],
  "model/gltf-binary": ["glb"],
  "model/gltf+json": ["gltf"],
  "model/obj": ["obj"],
  "model/stl": ["stl"],
  "model/vnd.usdz+zip": ["usdz"],
  "text/plain": ["txt"],
  "text/markdown": ["md"],
  "text/csv": ["csv"],
  "application/json": ["json"],
  "application/pdf": ["pdf"],
  "application/zip": ["zip"],
  "application/gzip": ["gz"],
};
const KNOWN = new Set([...Object.values(EXTENSIONS).flat(), "fbx", "jpe"]);

/** Longest name kept, in UTF-8 bytes: room for ` (99)`, the extension and the temp suffix in 255. */
const MAX_STEM_BYTES = 200;

export interface FileName {
  /** The name without its extension. */
  stem: string;
  /** `.png`, or "" when the type has none. */
  ext: string;
}

/**
 * `hero.png` for an image named "hero.png" or "hero"; `hero.webp` with `--format webp`; the id
 * when the asset has no name. Path separators, control and reserved characters become `_`.
 */
export function fileNameOf(asset: Asset, format?: DownloadFormat): FileName {
  const name = safeName(assetName(asset) ?? "") || safeName(asset.id) || "asset";
  const dot = name.lastIndexOf(".");
  const own = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const mime = String(asset.mimeType ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
  const wanted = format ? [format] : (EXTENSIONS[mime] ?? fallbackExtension(mime));
  if (own && (wanted.includes(own) || (!wanted.length && !format))) {
    return { stem: name.slice(0, dot), ext: name.slice(dot) }; // already right: kept as written
  }
  const stem = own && KNOWN.has(own) ? name.slice(0, dot) : name;
  return { stem, ext: wanted.length ? `.${wanted[0]}` : "" };
}

/** `model/fbx` → fbx: a plain subtype is as good a guess as any. */
function fallbackExtension(mime: string): string[] {
  const subtype = /^[a-z]+\/([a-z0-9]{2,5})$/.exec(mime)?.[1];
  return subtype ? [subtype] : [];
}

/** One safe path component, or "" when nothing is left. */
export function safeName(name: string): string {
  let safe = name
    .normalize("NFC")
    // oxlint-disable-next-line no-control-regex -- replacing them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029/\\:*?"<>|]/g, "_")
    .replace(/^[\s.]+|[\s.]+$/g, ""); // no hidden file, no `..`, no trailing dot (Windows)
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(safe)) safe = `_${safe}`;
  const bytes = Buffer.from(safe);
  if (bytes.length <= MAX_STEM_BYTES) return safe;
  // cut at a character boundary, keeping the extension
  const dot = safe.lastIndexOf(".");
  const ext = dot > 0 && safe.length - dot <= 8 ? safe.slice(dot) : "";
  let stem = safe.slice(0, safe.length - ext.length);
  while (Buffer.byteLength(stem) > MAX_STEM_BYTES - ext.length)
    stem = [...stem].slice(0, -1).join("");
  return stem + ext;
}

/** The names given out in one run, in one folder. */
export class FileNames {
  readonly #dir: string;
  /** Lower-cased: `Hero.png` and `hero.png` are one file on macOS and Windows. */
  readonly #taken = new Set<string>();
  /** The download an earlier run recorded under a name, if any. */
  readonly #ownerOf: (name: string) => string | undefined;

  constructor(dir: string, ownerOf: (name: string) => string | undefined = () => undefined) {
    this.#dir = dir;
    this.#ownerOf = ownerOf;
  }

  /**
   * `dir/name` for the first of `stem.ext`, `stem (2).ext`, … that no other asset of this run
   * has, that no earlier run wrote for another asset, and that is free on disk: a file already
   * there is never taken for the asset's own, whatever its size. Synchronous, so that two
   * downloads never get one name.
   */
  claim({ stem, ext }: FileName, key: string): string {
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
      const lower = name.toLowerCase();
      const owner = this.#ownerOf(name);
      if (this.#taken.has(lower) || (owner !== undefined && owner !== key)) continue;
      const path = join(this.#dir, name);
      if (lstatSync(path, { throwIfNoEntry: false })) continue;
      this.#taken.add(lower);
      return path;
    }
  }

  /**
   * The files already there under `stem.ext`, `stem (2).ext`, … that no run recorded and this run
   * has not given out: perhaps the asset's own from a run that left no record (an older version,
   * a crash just after the file landed), to be compared with what was downloaded.
   */
  unrecorded({ stem, ext }: FileName): string[] {
    const found: string[] = [];
    for (let n = 1; n <= 100; n++) {
      const name = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
      const there = lstatSync(join(this.#dir, name), { throwIfNoEntry: false });
      if (!there) break;
      const free = !this.#taken.has(name.toLowerCase()) && this.#ownerOf(name) === undefined;
      if (free && there.isFile()) found.push(join(this.#dir, name));
    }
    return found;
  }

  /** Marks a name as this run's (a file kept from an earlier run). */
  reserve(name: string): void {
    this.#taken.add(name.toLowerCase());
  }
}
