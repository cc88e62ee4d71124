// What `scenario assets download` wrote into a folder, keyed by asset id and format: a hidden
// JSON-lines file in --out, one line appended (a single O_APPEND write, as the upload manifest)
// as each file lands. A rerun trusts this record, never the API's listed size: an asset recorded
// whose file is still there is not downloaded again (even if the user changed the file: it is
// never overwritten); one whose file was removed is downloaded again.
import { appendFileSync, lstatSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

export const STATE_FILE = ".scenario-downloads.jsonl";

interface StateLine {
  assetId: string;
  /** The --format asked for; null for the asset's own file. */
  format: string | null;
  /** The file's name in the folder (never a path). */
  file: string;
  size: number;
  downloadedAt: string;
}

export interface Recorded {
  path: string;
  /** Bytes written when it was downloaded. */
  size: number;
  /** The file there now has another size: the user replaced or edited it (kept as is). */
  changed: boolean;
}

/** The key of one download: the same asset asked for in two formats is two files. */
export const downloadKey = (assetId: string, format: string | undefined) =>
  `${assetId}\0${format ?? ""}`;

export class DownloadState {
  readonly #dir: string;
  readonly #path: string;
  /** key → the latest line recorded for it. */
  readonly #byKey = new Map<string, StateLine>();
  /** Lower-cased file name → the key that wrote it (a name another asset must not take). */
  readonly #owners = new Map<string, string>();
  /** Lines that could not be read (a crash mid-write, a hand edit): ignored. */
  badLines = 0;
  /** The file ends in a line cut off by a crash: the next line must not be glued to it. */
  #cutOff = false;

  constructor(dir: string) {
    this.#dir = dir;
    this.#path = join(dir, STATE_FILE);
    let text = "";
    try {
      text = readFileSync(this.#path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    this.#cutOff = text.length > 0 && !text.endsWith("\n");
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      const entry = parseLine(line);
      if (entry) this.#remember(entry);
      else this.badLines++;
    }
  }

  /** The file recorded for this download, when it is still there. */
  find(assetId: string, format: string | undefined): Recorded | undefined {
    const entry = this.#byKey.get(downloadKey(assetId, format));
    if (!entry) return undefined;
    const path = join(this.#dir, entry.file);
    const there = lstatSync(path, { throwIfNoEntry: false });
    if (!there?.isFile()) return undefined; // removed (or replaced by a folder): download again
    return { path, size: entry.size, changed: there.size !== entry.size };
  }

  /** The download (its key) that `name` was recorded for, if any. */
  ownerOf(name: string): string | undefined {
    return this.#owners.get(name.toLowerCase());
  }

  /** Records a file that has just landed. Throws the file system's error when it cannot. */
  record(assetId: string, format: string | undefined, path: string, size: number): void {
    const entry: StateLine = {
      assetId,
      format: format ?? null,
      file: basename(path),
      size,
      downloadedAt: new Date().toISOString(),
    };
    const start = this.#cutOff ? "\n" : "";
    appendFileSync(this.#path, `${start}${JSON.stringify(entry)}\n`, { mode: 0o644 });
    this.#cutOff = false;
    this.#remember(entry);
  }

  #remember(entry: StateLine): void {
    const key = downloadKey(entry.assetId, entry.format ?? undefined);
    this.#byKey.set(key, entry);
    this.#owners.set(entry.file.toLowerCase(), key);
  }
}

function parseLine(line: string): StateLine | undefined {
  try {
    const entry = JSON.parse(line) as Partial<StateLine> | null;
    const { assetId, file, size, format } = entry ?? {};
    if (typeof assetId !== "string" || typeof file !== "string" || typeof size !== "number") {
      return undefined;
    }
    // a name only: a hand-edited line cannot point outside the folder
    if (!file || basename(file) !== file || file === "." || file === "..") return undefined;
    const downloadedAt = String(entry?.downloadedAt ?? "");
    return {
      assetId,
      file,
      size,
      format: typeof format === "string" ? format : null,
      downloadedAt,
    };
  } catch {
    return undefined;
  }
}
