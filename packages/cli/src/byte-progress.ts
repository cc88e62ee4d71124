// Byte progress of a batch of transfers (uploads, downloads) on one line: the bytes of every file
// so far against their total, files done, the file moving now, failures. Redrawn at most ten
// times a second on a terminal; elsewhere (CI, a pipe) a plain line at most every 10 s, so that a
// long transfer shows it is alive without flooding a log.
import type { Output } from "./output.js";

const REDRAW_MS = 100;
/** How often a plain progress line may be written when stderr is not a terminal. */
export const PLAIN_EVERY_MS = 10_000;

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export class ByteProgress {
  readonly #out: Output;
  #totalBytes: number;
  #totalFiles: number;
  /** Some files' sizes are not known yet: the byte total is a lower bound. */
  #unsized = 0;
  #growing = false;
  readonly #loaded = new Map<string, number>();
  #sum = 0;
  #done = 0;
  #failed = 0;
  #current = "";
  #drawnAt = 0;
  /** When the last plain line was written (the start, at first: none before 10 s). */
  #plainAt = Date.now();

  /** `totalBytes` of `totalFiles` files to move. */
  constructor(out: Output, totalBytes: number, totalFiles: number) {
    this.#out = out;
    this.#totalBytes = totalBytes;
    this.#totalFiles = totalFiles;
  }

  /**
   * A file joined the batch (a listing walked page by page), with its size when known; a file
   * whose size was not known reports it with `sized` once its transfer says.
   */
  add(bytes: number | undefined): void {
    this.#totalFiles++;
    if (bytes === undefined) this.#unsized++;
    else this.#totalBytes += bytes;
  }

  /** The size of a file added without one. */
  sized(bytes: number): void {
    this.#unsized--;
    this.#totalBytes += bytes;
  }

  /** More files may still join (the listing goes on): totals are shown as lower bounds. */
  set growing(growing: boolean) {
    this.#growing = growing;
  }

  /** Bytes of `file` moved so far (a transfer started again reports from zero again). */
  set(file: string, loaded: number): void {
    this.#sum += loaded - (this.#loaded.get(file) ?? 0);
    this.#loaded.set(file, loaded);
    this.#current = file;
    this.#draw(false);
  }

  /** `file` is finished (or failed: its bytes stay counted as far as they got). */
  fileDone(file: string, ok: boolean, size?: number): void {
    if (ok && size !== undefined) this.set(file, size);
    if (ok) this.#done++;
    else this.#failed++;
    this.#draw(true);
  }

  /** `progress: 12 MiB of 40 MiB sent, 3/10 files, 1 failed`, for logs. */
  #plain(now: number): void {
    this.#plainAt = now;
    const atLeast = this.#growing || this.#unsized > 0 ? "+" : "";
    const files = `${this.#done}/${this.#totalFiles}${this.#growing ? "+" : ""} files`;
    const fails = this.#failed ? `, ${this.#failed} failed` : "";
    this.#out.info(
      `progress: ${formatBytes(this.#sum)} of ${formatBytes(this.#totalBytes)}${atLeast}, ${files}${fails}`,
    );
  }

  get bytes(): number {
    return this.#sum;
  }

  #draw(force: boolean): void {
    const now = Date.now();
    if (!this.#out.interactive) {
      if (now - this.#plainAt >= PLAIN_EVERY_MS) this.#plain(now);
      return;
    }
    if (!force && now - this.#drawnAt < REDRAW_MS) return;
    this.#drawnAt = now;
    const out = this.#out;
    const files = `${this.#done}/${this.#totalFiles}${this.#growing ? "+" : ""} files`;
    const atLeast = this.#growing || this.#unsized > 0 ? "+" : "";
    // with sizes unknown, files done say more than bytes
    const fraction = this.#unsized
      ? (this.#done + this.#failed) / this.#totalFiles
      : this.#totalBytes
        ? this.#sum / this.#totalBytes
        : 0;
    const fails = this.#failed ? out.paint("red", ` · ${this.#failed} failed`) : "";
    const moving = this.#current ? ` · ${this.#current.split(/[\\/]/).pop()}` : "";
    out.progressLine(
      `${out.bar(fraction)} ${formatBytes(this.#sum)} / ${formatBytes(this.#totalBytes)}${atLeast} · ${files}${fails}${moving}`,
    );
  }
}
