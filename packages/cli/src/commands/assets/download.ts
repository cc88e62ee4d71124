// `scenario assets download <id...> | --collection ID [--type T]...`: each asset's file streamed
// into --out, N at a time. The assets come from get-bulk (200 ids a request) or from a listing
// walked page by page as the downloads go. Each file's outcome is its own: a failure is reported
// and the others go on (exit 1 at the end). Ctrl-C starts nothing new and lets files in flight
// finish; a second one cancels them, and no half file is left.
import { mkdir, rm } from "node:fs/promises";
import type { Asset, DownloadRequestParams, Scenario } from "@scenario-sdk/client";
import { assetSize } from "../../asset-lines.js";
import { assetPages, assetsByIds, NOT_FOUND } from "../../asset-source.js";
import { ByteProgress, formatBytes } from "../../byte-progress.js";
import { createClient } from "../../client-factory.js";
import { AUTH_HINT, isCredentialFailure } from "../../auth-stop.js";
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { describeError, formatFailure, type Failure } from "../../describe-error.js";
import { EXIT } from "../../errors.js";
import { displayName, plural } from "../../output.js";
import { forEachLimitAsync } from "../../pool.js";
import { NameTakenError, place, receive, tempPathFor } from "./download-file.js";
import { checkDownloadInputs, type DownloadFlags, type DownloadInputs } from "./download-inputs.js";
import { fileNameOf, FileNames, type Claim, type FileName } from "./download-names.js";

type Item = { asset: Asset } | { id: string; failure: Failure };

interface Outcome {
  file: string;
  bytes: number;
  skipped: boolean;
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
    () => ctx.stopping.aborted,
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
  readonly #names: FileNames;
  readonly #progress: ByteProgress;
  readonly #params: DownloadRequestParams;

  constructor(
    private readonly client: Scenario,
    private readonly ctx: Context,
    private readonly inputs: DownloadInputs,
    private readonly projectId: string | undefined,
  ) {
    this.#names = new FileNames(inputs.dir);
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
    let key = id;
    try {
      const { file, bytes, skipped } = await this.#download(item.asset, (k) => (key = k));
      this.#progress.fileDone(key, true, bytes);
      const shown = displayName(file);
      if (skipped) {
        this.skipped++;
        out.result(`${id} → ${shown} (already there)`, { id, file, bytes, skipped: true });
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
   * The file's name is chosen as soon as its size is known: from the asset (no request at all
   * when the file is already there), else from the answer's length (before a byte is written),
   * else once it is all received.
   */
  async #download(asset: Asset, keyed: (key: string) => void): Promise<Outcome> {
    const name = fileNameOf(asset, this.inputs.format);
    const expected = this.#expectedSize(asset);
    let claim = expected === undefined ? undefined : this.#names.claim(name, expected);
    if (claim) keyed(claim.path);
    if (claim?.existing) return { file: claim.path, bytes: expected!, skipped: true };

    const { signal } = this.ctx;
    const response = await this.client.assets.download.content(asset.id, this.#params, { signal });
    if (signal.aborted) {
      // cancelled while the headers came: don't open a file for a body that will not come
      await response.body?.cancel().catch(() => {});
      signal.throwIfAborted();
    }
    const length = contentLength(response);
    if (expected === undefined && length !== undefined) this.#progress.sized(length);
    if (!claim && length !== undefined) {
      claim = this.#names.claim(name, length);
      keyed(claim.path);
      if (claim.existing) {
        await response.body?.cancel().catch(() => {});
        return { file: claim.path, bytes: length, skipped: true };
      }
    }
    const key = claim?.path ?? asset.id;
    const temp = tempPathFor(this.inputs.dir, claim?.path ?? `${name.stem}${name.ext}`);
    const bytes = await receive(response.body, temp, (n) => this.#progress.set(key, n));
    try {
      if (expected === undefined && length === undefined) this.#progress.sized(bytes);
      const placed = await this.#place(temp, claim, name, bytes);
      if (placed.existing) {
        await rm(temp, { force: true });
        return { file: placed.path, bytes, skipped: true };
      }
      if (expected !== undefined && bytes !== expected) {
        this.ctx.out.warn(
          `${asset.id}: received ${bytes} bytes where the API lists ${expected}; kept as ${displayName(placed.path)}, but a rerun cannot tell it is there and downloads it again`,
        );
      }
      return { file: placed.path, bytes, skipped: false };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Moves the finished file under its name; if something took that name meanwhile, the next one. */
  async #place(temp: string, claim: Claim | undefined, name: FileName, bytes: number) {
    for (let attempt = 0; ; attempt++) {
      claim = claim ?? this.#names.claim(name, bytes);
      if (claim.existing) return claim;
      try {
        await place(temp, claim.path);
        return claim;
      } catch (error) {
        if (!(error instanceof NameTakenError) || attempt >= 3) throw error;
        claim = undefined;
      }
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
