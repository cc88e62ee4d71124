// `scenario assets upload <file...>`: check every input, then upload N at a time. Each file's
// outcome is its own (a failure is reported and the others go on); every stored asset is
// recorded in the manifest before anything else happens to it.
import { createHash } from "node:crypto";
import { openAsBlob } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { AssetUploadParams, AssetUploadResponse, Scenario } from "@scenario-sdk/client";
import type { CheckedFile } from "../../checks.js";
import type { CommandInput } from "../../command-spec.js";
import { createClient } from "../../client-factory.js";
import type { Context } from "../../context.js";
import {
  describeError,
  FileReadError,
  formatFailure,
  UnexpectedAnswerError,
} from "../../describe-error.js";
import { EXIT } from "../../errors.js";
import { Manifest, ManifestWriteError } from "../../manifest.js";
import { displayName } from "../../output.js";
import { forEachLimit } from "../../pool.js";
import { checkUploadInputs, type UploadFlags } from "./upload-inputs.js";

export async function run(input: CommandInput<UploadFlags>, ctx: Context): Promise<number> {
  const { flags } = input;
  const inputs = await checkUploadInputs(input, ctx);
  const { out } = ctx;
  for (const note of inputs.notes) out.warn(note);
  const manifest = flags.manifest ? Manifest.open(flags.manifest) : undefined;
  if (manifest) ctx.defer(() => manifest.close());
  if (manifest?.badLines)
    out.warn(`${flags.manifest}: ignored ${manifest.badLines} unreadable line(s)`);
  const client = await createClient(inputs.client, ctx);
  const common: Omit<AssetUploadParams, "name"> = {
    ...(flags.collection.length ? { collectionIds: flags.collection } : {}),
    ...(flags.parent ? { parentId: flags.parent } : {}),
    ...(flags.hide ? { hide: true } : {}),
    ...(flags.originalAssets ? { originalAssets: true } : {}),
    ...(flags.project ? { projectId: flags.project } : {}),
  };
  const uploader = new Uploader(client, ctx, manifest);

  if (inputs.canvas) {
    const { path, json, thumbnail } = inputs.canvas;
    await uploader.send(path, async () => ({
      ...common,
      name: flags.name ?? basename(path),
      canvas: json,
      ...(thumbnail ? { thumbnail: await openFile(thumbnail.path) } : {}),
    }));
  } else {
    // one hashing buffer per lane, reused for all its files (a read stream would allocate a
    // new 64 KiB chunk per read)
    const buffers = Array.from({ length: flags.concurrency }, () => new Uint8Array(64 * 1024));
    await forEachLimit(
      inputs.images,
      flags.concurrency,
      async (image, _index, worker) => {
        await uploader.image(image, buffers[worker]!, {
          ...common,
          name: flags.name ?? basename(image.path),
        });
        out.progress(uploader.done, inputs.images.length, uploader.failed);
      },
      () => ctx.stopping.aborted || uploader.halted,
    );
  }
  out.clearProgress();
  return summarize(uploader, inputs.canvas ? 1 : inputs.images.length, flags, ctx);
}

function summarize(uploader: Uploader, total: number, flags: UploadFlags, ctx: Context): number {
  const { out } = ctx;
  const stoppedCode = ctx.stoppedExitCode();
  if (stoppedCode !== undefined) {
    const rerun = flags.manifest
      ? ` Rerun the same command to continue; ${flags.manifest} lists what landed.`
      : "";
    out.error(
      `interrupted: ${uploader.uploaded} uploaded, ${total - uploader.done} not finished.${rerun}`,
    );
    return stoppedCode;
  }
  if (out.interactive) {
    const parts = [`${uploader.uploaded} uploaded`];
    if (uploader.skipped) parts.push(`${uploader.skipped} skipped (already in ${flags.manifest})`);
    if (uploader.failed) parts.push(out.paint("red", `${uploader.failed} failed`));
    out.info(parts.join(", "));
  }
  return uploader.failed || uploader.halted ? EXIT.failed : EXIT.ok;
}

/** Sends items (several lanes at once) and keeps the tally; nothing it does throws. */
class Uploader {
  uploaded = 0;
  skipped = 0;
  failed = 0;
  done = 0;
  /** The manifest could not be written: start nothing more. */
  halted = false;

  constructor(
    private readonly client: Scenario,
    private readonly ctx: Context,
    private readonly manifest: Manifest | undefined,
  ) {}

  /** An image file: skipped when the manifest has its content, recorded there once stored. */
  async image(image: CheckedFile, buffer: Uint8Array, params: AssetUploadParams): Promise<void> {
    let digest: string | undefined;
    const { manifest } = this;
    await this.send(
      image.path,
      async () => {
        if (manifest) digest = await sha256File(image.path, buffer);
        if (digest && manifest?.has([image.realPath, image.path], digest)) return undefined;
        return { ...params, image: await openFile(image.path) };
      },
      (assetId, sent) => {
        if (!manifest || !digest) return;
        const size = (sent.image as Blob).size;
        manifest.add({ path: image.realPath, size, sha256: digest, assetId });
      },
    );
  }

  /**
   * Uploads what `prepare` returns (undefined: skip), then `record`s it, then reports it. Any
   * failure, from the disk, the network or the API, is this item's and reported as such.
   */
  async send(
    file: string,
    prepare: () => Promise<AssetUploadParams | undefined>,
    record?: (assetId: string, sent: AssetUploadParams) => void,
  ): Promise<void> {
    const { out, signal } = this.ctx;
    try {
      const params = await prepare();
      if (!params) {
        this.skipped++;
        return;
      }
      const response = await this.client.assets.upload(params, { signal });
      const assetId = assetIdOf(response);
      record?.(assetId, params);
      this.uploaded++;
      out.result(`${displayName(file)} → ${assetId}`, { file, response });
    } catch (error) {
      if (signal.aborted) return; // cancelled by a second Ctrl-C: reported in the summary
      this.failed++;
      // stored but not recorded: not an upload failure, and nothing more may start
      if (error instanceof ManifestWriteError) this.halted = true;
      const what = error instanceof ManifestWriteError ? "not recorded" : "upload failed";
      const failure = describeError(error, this.ctx.endpoint);
      out.failure(`${displayName(file)}: ${what}: ${formatFailure(failure)}`, {
        file,
        error: failure,
      });
    } finally {
      this.done++;
    }
  }
}

/** The new asset's id; an answer without one is this file's failure, not a crash. */
function assetIdOf(response: AssetUploadResponse | null | undefined): string {
  const id = (response as { asset?: { id?: unknown } } | null | undefined)?.asset?.id;
  if (typeof id === "string" && id) return id;
  // TODO(client): once a 2xx that is not the expected object is an APIError (with its status
  // and request id), this check only guards against an asset without an id.
  throw new UnexpectedAnswerError(
    `the API answered without an asset id (${JSON.stringify(response)?.slice(0, 80)}); ` +
      "the file may or may not be stored: check before uploading it again",
  );
}

/** The file as a Blob read from disk as it is sent; when it is gone, says why. */
async function openFile(path: string): Promise<Blob> {
  try {
    return await openAsBlob(path);
  } catch {
    // openAsBlob's own error does not say what is wrong with the file: ask the file system
    const code = await stat(path).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code,
    );
    throw new FileReadError(code);
  }
}

async function sha256File(path: string, buffer: Uint8Array): Promise<string> {
  const hash = createHash("sha256");
  const file = await open(path, "r");
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest("hex");
}
