// How `scenario assets list` and `get` print an asset on stdout: with --json the API's object,
// one per line; on a terminal a table row (id, kind, name, created, size) fitted to its width;
// in a pipe or a file tab-separated fields (id, kind, name, createdAt, size in bytes), no header.
import type { Asset } from "@scenario-sdk/client";
import { formatBytes } from "./byte-progress.js";
import { formatDate } from "./dates.js";
import { displayName, type Output } from "./output.js";

const GAP = "  ";
const KIND_WIDTH = 9; // "image-hdr", "document"
const SIZE_WIDTH = 8; // "1023 KiB"
const NAME_MIN = 12;
const NAME_MAX = 60;

interface Layout {
  id: number;
  name: number;
  /** The creation time fits (else the date alone). */
  time: boolean;
}

/** The name an asset was given, if any (`metadata.name`). */
export function assetName(asset: Asset): string | undefined {
  const name = (asset.metadata as { name?: unknown } | undefined)?.name;
  return typeof name === "string" && name ? name : undefined;
}

/** The asset's size in bytes, if the API gave it (`properties.size`). */
export function assetSize(asset: Asset): number | undefined {
  const size = (asset.properties as { size?: unknown } | undefined)?.size;
  return typeof size === "number" && Number.isFinite(size) && size >= 0 ? size : undefined;
}

/** `text` cut to `width` characters, `…` marking the cut. */
export function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
}

export class AssetLines {
  readonly #out: Output;
  readonly #columns: number | undefined;
  #layout: Layout | undefined;

  constructor(out: Output, json: boolean) {
    this.#out = out;
    this.#columns = json ? undefined : out.stdoutColumns;
  }

  /** Prints `assets`; the first call lays out the table from them (its widest id). */
  print(assets: readonly Asset[]): void {
    if (this.#columns !== undefined && !this.#layout && assets.length) {
      this.#layout = layOut(assets, this.#columns);
      this.#out.print(this.#header(this.#layout));
    }
    for (const asset of assets) this.#out.result(this.#line(asset), asset);
  }

  #line(asset: Asset): string {
    const name = displayName(assetName(asset) ?? "");
    const size = assetSize(asset);
    const layout = this.#layout;
    if (!layout) {
      return [asset.id, asset.kind, name, asset.createdAt, size ?? ""].join("\t");
    }
    return this.#row(layout, [
      asset.id,
      String(asset.kind ?? ""),
      name,
      formatDate(asset.createdAt, layout.time),
      size === undefined ? "" : formatBytes(size),
    ]);
  }

  #header(layout: Layout): string {
    return this.#row(layout, ["ID", "KIND", "NAME", "CREATED", "SIZE"]);
  }

  #row(layout: Layout, [id, kind, name, created, size]: string[]): string {
    return [
      id!.padEnd(layout.id),
      fit(kind!, KIND_WIDTH).padEnd(KIND_WIDTH),
      fit(name!, layout.name).padEnd(layout.name),
      created!.padEnd(layout.time ? 16 : 10),
      size!.padStart(SIZE_WIDTH),
    ].join(GAP);
  }
}

/** Column widths for a terminal `columns` wide: ids whole, the name gets what is left. */
function layOut(assets: readonly Asset[], columns: number): Layout {
  const id = Math.max(2, ...assets.map((a) => a.id.length));
  const fixed = id + KIND_WIDTH + SIZE_WIDTH + 4 * GAP.length;
  const withTime = columns - 1 - fixed - 16;
  const time = withTime >= NAME_MIN + 6;
  const name = Math.min(NAME_MAX, Math.max(NAME_MIN, time ? withTime : withTime + 6));
  return { id, name, time };
}
