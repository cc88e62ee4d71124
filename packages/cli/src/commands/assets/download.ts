// `scenario assets download <id...> | --collection ID [--type T]...`: each asset's file streamed
// into --out, N at a time. The assets come from get-bulk (200 ids a request) or from a listing
// walked page by page as the downloads go. Each file's outcome is its own: a failure is reported
// and the others go on (exit 1 at the end). Ctrl-C starts nothing new and lets files in flight
// finish; a second one cancels them, and no half file is left. What landed is recorded by asset
// id and format (download-state.ts), so a rerun neither downloads it again nor adds a copy.
import { mkdir, rm } from "node:fs/promises";
import { basename } from "node:path";
import type { Asset, DownloadRequestParams, Scenario } from "@scenario-sdk/client";
import { assetSize } from "../../asset-lines.js";
import { assetPages, assetsByIds, NOT_FOUND } from "../../asset-source.js";
import { ByteProgress, formatBytes } from "../../byte-progress.js";
import { createClient } from "../../client-factory.js";
import { AUTH_HINT, AuthStop, isCredentialFailure } from "../../auth-stop.js";
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { describeError, formatFailure, type Failure } from "../../describe-error.js";
import { EXIT } from "../../errors.js";
import { displayName, plural } from "../../output.js";
import { forEachLimitAsync } from "../../pool.js";
import {
  checkContentType,
  checkFirstBytes,
  checkLength,
  expectsBinary,
  writeError,
} from "./download-check.js";
import { NameTakenError, place, receive, sameFile, tempPathFor } from "./download-file.js";
import { checkDownloadInputs, type DownloadFlags, type DownloadInputs } from "./download-inputs.js";
import { fileNameOf, FileNames, type FileName } from "./download-names.js";
import { downloadKey, DownloadState, STATE_FILE } from "./download-state.js";

type Item = { asset: Asset } | { id: string; failure: Failure };

interface Outcome {
  file: string;
  bytes: number;
  skipped: boolean;
  /** A file kept from an earlier run that the user has changed since. */
  changed?: boolean;
}

export async function run(input: CommandInput<DownloadFlags>, ctx: Context): Promise<number> {
  const inputs = checkDownloadInputs(input, ctx);
  const client = await createClient(inputs.client, ctx);
  if (inputs.createDir) await mkdir(inputs.dir, { recursive: true });
  const downloader = new Downloader(client, ctx, inputs, input.flags.project);
  await forEachLimitAsync(
    downloader.items(),
    input.flags.concurrency,
    (item) => downloader.one(item),
    () => ctx.stopping.aborted || downloader.auth.stopped,
  );
  ctx.out.clearProgress();
  return downloader.summarize();
}

class Downloader {
  downloaded = 0;
  skipped = 0;
  failed = 0;
  cancelled = 0;
  bytes = 0;
  listed = 0;
  listingError: unknown;
  /** Set by the first answer that refuses the credentials: start nothing more. */
  readonly auth: AuthStop;
  readonly #names: FileNames;
  readonly #state: DownloadState;
  /** Downloads started in this run: an asset listed twice (on two pages) is one file. */
  readonly #started = new Set<string>();
  readonly #progress: ByteProgress;
  readonly #params: DownloadRequestParams;

  constructor(
    private readonly client: Scenario,
    private readonly ctx: Context,
    private readonly inputs: DownloadInputs,
    private readonly projectId: string | undefined,
  ) {
    this.auth = new AuthStop(ctx);
    this.#state = new DownloadState(inputs.dir);
    this.#names = new FileNames(inputs.dir, (name) => this.#state.ownerOf(name));
    this.#progress = new ByteProgress(ctx.out, 0, 0);
    this.#progress.growing = true;
    this.#params = {
      ...(inputs.format ? { targetFormat: inputs.format } : {}),
      ...(projectId ? { projectId } : {}),
    };
  }

  /** The assets to download, fetched as the downloads ask for them. */
  async *items(): AsyncGenerator<Item> {
    const { client, inputs, projectId } = this;
    const { signal, endpoint } = this.ctx;
    if (inputs.listing) {
      const params = { ...inputs.listing, ...(projectId ? { projectId } : {}) };
      try {
        for await (const page of assetPages(client, params, { signal })) {
          this.listed += page.assets.length;
          for (const asset of page.assets) this.#progress.add(this.#expectedSize(asset));
          this.#progress.growing = page.more;
          for (const asset of page.assets) yield { asset };
        }
      } catch (error) {
        this.listingError = error;
      }
      return;
    }
    for await (const batch of assetsByIds(client, inputs.ids, { projectId, signal })) {
      this.#progress.growing = batch.more;
      if ("error" in batch) {
        // credentials refused: every other request would be too; one hint, not a line per id
        if (this.auth.check(batch.error)) return;
        const failure = describeError(batch.error, endpoint);
        for (const id of batch.ids) yield { id, failure };
        continue;
      }
      for (const asset of batch.found.values()) this.#progress.add(this.#expectedSize(asset));
      for (const id of batch.ids) {
        const asset = batch.found.get(id);
        yield asset
          ? { asset }
          : { id, failure: { status: null, message: NOT_FOUND, requestId: batch.requestId } };
      }
    }
  }

  /** Downloads one asset and reports it; nothing it does throws. */
  async one(item: Item): Promise<void> {
    const { out, signal } = this.ctx;
    if ("failure" in item) {
      if (!signal.aborted) this.#fail(item.id, item.failure);
      return;
    }
    const { id } = item.asset;
    const started = downloadKey(id, this.inputs.format);
    if (this.#started.has(started)) return; // listed again: the first one is its file
    this.#started.add(started);
    let key = id;
    try {
      const { file, bytes, skipped, changed } = await this.#download(item.asset, (k) => (key = k));
      this.#progress.fileDone(key, true, bytes);
      const shown = displayName(file);
      if (skipped) {
        this.skipped++;
        const note = changed ? "already there, changed since: kept as it is" : "already there";
        const extra = changed ? { changed: true } : {};
        out.result(`${id} → ${shown} (${note})`, { id, file, bytes, skipped: true, ...extra });
      } else {
        this.downloaded++;
        this.bytes += bytes;
        out.result(`${id} → ${shown}`, { id, file, bytes });
      }
    } catch (error) {
      this.#progress.fileDone(key, false);
      if (signal.aborted) {
        this.cancelled++; // a second Ctrl-C: said in the summary
        return;
      }
      this.auth.check(error);
      this.#fail(id, describeError(error, this.ctx.endpoint), "download failed: ");
    }
  }

  #fail(id: string, failure: Failure, what = ""): void {
    this.failed++;
    this.ctx.out.failure(`${id}: ${what}${formatFailure(failure)}`, { id, error: failure });
  }

  /** The size the file will have, when known before downloading (not with --format). */
  #expectedSize(asset: Asset): number | undefined {
    return this.inputs.format ? undefined : assetSize(asset);
  }

  /**
   * The download recorded in the folder's state is not asked for again (its file is kept as it
   * is, even if changed); otherwise the answer is checked to be the asset, written to a temp file
   * and moved under a free name, then recorded.
   */
  async #download(asset: Asset, keyed: (key: string) => void): Promise<Outcome> {
    const { format, dir } = this.inputs;
    const done = this.#state.find(asset.id, format);
    if (done) {
      keyed(done.path);
      this.#names.reserve(basename(done.path));
      return { file: done.path, bytes: done.size, skipped: true, changed: done.changed };
    }
    const { signal } = this.ctx;
    const response = await this.client.assets.download.content(asset.id, this.#params, { signal });
    const binary = expectsBinary(asset, format);
    try {
      if (signal.aborted) signal.throwIfAborted(); // cancelled while the headers came
      checkContentType(response, binary);
    } catch (error) {
      await response.body?.cancel().catch(() => {}); // no file opened for a body not wanted
      throw error;
    }
    const length = contentLength(response);
    if (this.#expectedSize(asset) === undefined && length !== undefined) {
      this.#progress.sized(length);
    }
    const key = downloadKey(asset.id, format);
    const name = fileNameOf(asset, format);
    const path = this.#names.claim(name, key);
    keyed(path);
    const temp = tempPathFor(dir, path);
    const bytes = await receive(
      response.body,
      temp,
      (n) => this.#progress.set(path, n),
      (chunk) => checkFirstBytes(chunk, binary),
    );
    try {
      checkLength(bytes, length);
      if (this.#expectedSize(asset) === undefined && length === undefined) {
        this.#progress.sized(bytes);
      }
      // the same bytes already there under its name, unrecorded (an older version's run): kept
      const same = await sameFile(temp, bytes, this.#names.unrecorded(name));
      if (same) this.#names.reserve(basename(same));
      const file = same ?? (await this.#place(temp, path, name, key));
      if (same) await rm(temp, { force: true });
      this.#record(asset.id, file, bytes);
      return { file, bytes, skipped: Boolean(same) };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Moves the finished file under its name; if something took that name meanwhile, the next one. */
  async #place(temp: string, path: string, name: FileName, key: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        await place(temp, path);
        return path;
      } catch (error) {
        if (!(error instanceof NameTakenError) || attempt >= 3)
          throw writeError(error, this.inputs.dir);
        path = this.#names.claim(name, key);
      }
    }
  }

  /** Notes the landed file in the folder's state; a file that cannot be noted is still kept. */
  #record(assetId: string, file: string, bytes: number): void {
    try {
      this.#state.record(assetId, this.inputs.format, file, bytes);
    } catch (error) {
      const failure = describeError(writeError(error, this.inputs.dir));
      this.ctx.out.warn(
        `${assetId}: kept as ${displayName(file)} but not recorded in ${STATE_FILE}: ${failure.message}; a rerun downloads it again`,
      );
    }
  }

  summarize(): number {
    const { out } = this.ctx;
    const parts = [`${this.downloaded} downloaded (${formatBytes(this.bytes)})`];
    if (this.skipped) parts.push(`${this.skipped} already there`);
    if (this.failed) parts.push(out.paint("red", `${this.failed} failed`));
    const stopped = this.ctx.stoppedExitCode();
    if (stopped !== undefined) {
      if (this.cancelled) parts.push(`${this.cancelled} cancelled`);
      out.error(
        `interrupted: ${parts.join(", ")}; the rest not started. Rerun the same command to continue: files already there are skipped.`,
      );
      return stopped;
    }
    if (this.listingError !== undefined) {
      const failure = describeError(this.listingError, this.ctx.endpoint);
      out.failure(
        `listing stopped after ${plural(this.listed, "asset")}: ${formatFailure(failure)}`,
        {
          collection: this.inputs.listing?.collectionId ?? null,
          error: failure,
        },
      );
    }
    // on stderr in a pipe or CI too (for a batch), so that a job's log says what it did
    if (this.downloaded + this.skipped + this.failed > 1) out.info(parts.join(", "));
    const done = this.downloaded + this.skipped + this.failed;
    const auth = this.auth.finish(this.inputs.listing ? 0 : this.inputs.ids.length - done);
    if (auth !== undefined) return auth;
    if (isCredentialFailure(this.listingError)) {
      out.error(`${AUTH_HINT}.`);
      return EXIT.auth;
    }
    return this.failed || this.listingError !== undefined ? EXIT.failed : EXIT.ok;
  }
}

/** The body's length from `content-length`, when it is the length of what is received. */
function contentLength(response: Response): number | undefined {
  const encoding = response.headers.get("content-encoding");
  if (encoding && encoding !== "identity") return undefined; // fetch decodes: another length
  const value = response.headers.get("content-length");
  return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
}
