// The --manifest file: one JSON line per uploaded file (an image or a multipart upload alike),
// appended as each upload lands, so an interrupted bulk upload can be rerun without sending
// anything twice. Checked before the first
// request, locked for the run, and written through one descriptor opened up front.
import {
  accessSync,
  appendFileSync,
  closeSync,
  constants,
  openSync,
  readFileSync,
  statSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { fsReason } from "./describe-error.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import { acquireLock, type Lock } from "./manifest-lock.js";

export interface ManifestEntry {
  /** Real path of the file when it was uploaded (older manifests: the absolute path). */
  path: string;
  size: number;
  sha256: string;
  /** null with `unknown`: the answer was lost, the asset may or may not exist. */
  assetId: string | null;
  uploadedAt: string;
  /** The file was sent but its answer lost: a rerun does not send it again until checked. */
  unknown?: true;
}

/** An asset was stored but could not be recorded: the run must stop starting new uploads. */
export class ManifestWriteError extends CliError {
  override name = "ManifestWriteError";
  constructor(message: string) {
    super(message, EXIT.failed);
  }
}

/** Why `path` cannot serve as a manifest; undefined when it can. Touches nothing. */
export function checkManifestPath(path: string): string | undefined {
  const folder = dirname(resolve(path));
  const problem = (what: string) => `--manifest ${path}: ${what}`;
  try {
    if (!statSync(folder).isDirectory()) return problem(`${folder} is not a folder.`);
  } catch {
    return problem(`the folder ${folder} does not exist; create it first.`);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return problem(
      `the folder ${folder} cannot be written (read-only?); choose one you can write to.`,
    );
  }
  try {
    if (statSync(path).isDirectory()) {
      return problem("is a directory; give a file path, e.g. uploads.jsonl inside it.");
    }
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") return problem(`${fsReason(code)}; it must be readable and writable.`);
  }
  return undefined;
}

export class Manifest {
  readonly #path: string;
  readonly #fd: number;
  readonly #lock: Lock;
  /** path + sha256 → the asset id recorded for them. */
  readonly #seen = new Map<string, string>();
  /** path + sha256 → when a file was sent whose answer was lost. */
  readonly #unknown = new Map<string, string>();
  /** Sizes recorded per path: a file whose path and size are not here cannot be in it. */
  readonly #sizes = new Map<string, Set<number>>();
  /** Lines that could not be read (e.g. cut off by a crash); reported, then ignored. */
  readonly badLines: number;
  /** The file ends in a line cut off by a crash: the next entry must not be glued onto it. */
  #cutOff: boolean;

  /** Locks the manifest and reads it. Throws UsageError when it is held or cannot be used. */
  static open(path: string): Manifest {
    const lock = acquireLock(path);
    try {
      return new Manifest(path, lock);
    } catch (error) {
      lock.release();
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`--manifest ${path}: ${fsReason(code)}.`);
    }
  }

  private constructor(path: string, lock: Lock) {
    this.#path = path;
    this.#lock = lock;
    this.#fd = openSync(path, "a+");
    let bad = 0;
    const text = readFileSync(this.#fd, "utf8");
    this.#cutOff = text.length > 0 && !text.endsWith("\n");
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as ManifestEntry;
        this.#remember(entry);
      } catch {
        bad++;
      }
    }
    this.badLines = bad;
  }

  /** The asset id when this content was uploaded before from this file (real or absolute path). */
  find(paths: readonly string[], sha256: string): string | undefined {
    for (const path of paths) {
      const assetId = this.#seen.get(key(path, sha256));
      if (assetId !== undefined) return assetId;
    }
    return undefined;
  }

  get path(): string {
    return this.#path;
  }

  /** When this content was sent by a run that lost the answer (see `addUnknown`). */
  unknownSince(paths: readonly string[], sha256: string): string | undefined {
    for (const path of paths) {
      const since = this.#unknown.get(key(path, sha256));
      if (since !== undefined) return since;
    }
    return undefined;
  }

  /** Records a file sent whose answer was lost: the asset may exist, a rerun must not guess. */
  addUnknown(entry: Omit<ManifestEntry, "uploadedAt" | "assetId" | "unknown">): void {
    this.add({ ...entry, assetId: null, unknown: true });
  }

  /**
   * False when no entry has this path (real or absolute) with this size: the file cannot be in
   * the manifest, so its upload need not wait for its sha256 (hashed meanwhile, for the record).
   */
  mayHave(paths: readonly string[], size: number): boolean {
    return paths.some((path) => {
      const sizes = this.#sizes.get(resolve(path));
      return sizes?.has(size) || sizes?.has(UNKNOWN_SIZE);
    });
  }

  /** Appends one entry in a single write (O_APPEND): a crash leaves whole lines behind. */
  add(entry: Omit<ManifestEntry, "uploadedAt">): void {
    const full: ManifestEntry = { ...entry, uploadedAt: new Date().toISOString() };
    try {
      appendFileSync(this.#fd, `${this.#cutOff ? "\n" : ""}${JSON.stringify(full)}\n`);
      this.#cutOff = false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ManifestWriteError(
        `${entry.assetId ?? entry.path} was stored but could not be recorded in ${this.#path} (${code}); ` +
          "add it by hand before a rerun, or it is uploaded again.",
      );
    }
    this.#remember(full);
  }

  #remember(entry: ManifestEntry): void {
    if (entry.unknown) this.#unknown.set(key(entry.path, entry.sha256), String(entry.uploadedAt));
    else this.#seen.set(key(entry.path, entry.sha256), String(entry.assetId));
    const path = resolve(entry.path);
    const sizes = this.#sizes.get(path) ?? new Set();
    // a hand-written line without a size matches any size: it is hashed before deciding
    this.#sizes.set(path, sizes.add(typeof entry.size === "number" ? entry.size : UNKNOWN_SIZE));
  }

  close(): void {
    closeSync(this.#fd);
    this.#lock.release();
  }
}

const UNKNOWN_SIZE = -1;
const key = (path: string, sha256: string) => `${resolve(path)}\0${sha256}`;
