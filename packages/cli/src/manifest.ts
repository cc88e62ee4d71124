// The --manifest file: one JSON line per uploaded file, appended as each upload lands, so an
// interrupted bulk upload can be rerun without sending anything twice.
import { appendFileSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface ManifestEntry {
  /** Absolute path of the file when it was uploaded. */
  path: string;
  size: number;
  sha256: string;
  assetId: string;
  uploadedAt: string;
}

export class Manifest {
  readonly #path: string;
  readonly #seen = new Set<string>();
  /** Lines that could not be read (e.g. cut off by a crash); reported, then ignored. */
  readonly badLines: number;

  constructor(path: string) {
    this.#path = path;
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    let bad = 0;
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as ManifestEntry;
        this.#seen.add(key(entry.path, entry.sha256));
      } catch {
        bad++;
      }
    }
    this.badLines = bad;
  }

  /** True when this exact content at this path was uploaded before. */
  has(path: string, sha256: string): boolean {
    return this.#seen.has(key(path, sha256));
  }

  /** Appends one entry in a single write (O_APPEND): a crash leaves whole lines behind. */
  add(entry: Omit<ManifestEntry, "uploadedAt">): void {
    const full: ManifestEntry = {
      ...entry,
      path: resolve(entry.path),
      uploadedAt: new Date().toISOString(),
    };
    appendFileSync(this.#path, `${JSON.stringify(full)}\n`);
    this.#seen.add(key(full.path, full.sha256));
  }
}

const key = (path: string, sha256: string) => `${resolve(path)}\0${sha256}`;
