// `scenario assets upload <file...>`: check every input, then upload N files at a time — images
// of 6 MB or less in one POST /assets, anything else through the multipart /uploads flow — with
// byte progress, a manifest that records what landed, and a clean stop on Ctrl-C.
import type { AssetUploadParams } from "@scenario-sdk/client";
import { ByteProgress } from "../../byte-progress.js";
import type { CommandInput } from "../../command-spec.js";
import { createClient } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { EXIT } from "../../errors.js";
import { Manifest } from "../../manifest.js";
import { forEachLimit } from "../../pool.js";
import {
  assetName,
  checkUploadInputs,
  multipartOptions,
  type UploadFlags,
} from "./upload-inputs.js";
import { describeMoving, openFile } from "./upload-files.js";
import { Uploader } from "./upload-send.js";

/** Bytes read at a time to hash a file for the manifest, one buffer per lane. */
const HASH_BUFFER_BYTES = 1024 * 1024;

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
  const image: Omit<AssetUploadParams, "name"> = {
    ...(flags.collection.length ? { collectionIds: flags.collection } : {}),
    ...(flags.parent ? { parentId: flags.parent } : {}),
    ...(flags.hide ? { hide: true } : {}),
    ...(flags.originalAssets ? { originalAssets: true } : {}),
    ...(flags.project ? { projectId: flags.project } : {}),
  };
  const { files } = inputs;
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const progress = inputs.canvas ? undefined : new ByteProgress(out, bytes, files.length);
  const uploader = new Uploader(client, ctx, manifest, progress, {
    image,
    multipart: multipartOptions(flags),
    name: (path) => assetName(flags, path),
    processingTimeout: flags.processingTimeout,
  });
  sayWhatIsInFlight(uploader, ctx);

  if (inputs.canvas) {
    const { path, json, thumbnail } = inputs.canvas;
    await uploader.canvas(path, async () => ({
      ...image,
      name: assetName(flags, path),
      canvas: json,
      ...(thumbnail ? { thumbnail: await openFile(thumbnail.path) } : {}),
    }));
  } else {
    const buffers: Uint8Array[] = [];
    await forEachLimit(
      files,
      flags.concurrency,
      async (file, _index, lane) => {
        const buffer = manifest ? (buffers[lane] ??= new Uint8Array(HASH_BUFFER_BYTES)) : EMPTY;
        await uploader.file(file, buffer);
      },
      () => ctx.stopping.aborted || uploader.halted || uploader.auth.stopped,
    );
  }
  out.clearProgress();
  return summarize(uploader, inputs.canvas ? 1 : files.length, flags, ctx);
}

const EMPTY = new Uint8Array(0);

/**
 * On the first signal, names the big files still moving: they are let finish, which can take a
 * while, and a second signal cancels them.
 */
function sayWhatIsInFlight(uploader: Uploader, ctx: Context): void {
  ctx.stopping.addEventListener(
    "abort",
    // after the general "stopping" line, which is written once every listener has run
    () =>
      setImmediate(() => {
        if (!uploader.moving.size || ctx.signal.aborted) return;
        ctx.out.info(
          `waiting for ${uploader.moving.size} upload(s) in flight to land: ${describeMoving(uploader.moving)}. ` +
            "A big file can take a while; Ctrl-C again cancels (a cancelled file is not recorded, a rerun sends it again).",
        );
      }),
    { once: true },
  );
}

function summarize(uploader: Uploader, total: number, flags: UploadFlags, ctx: Context): number {
  const { out } = ctx;
  const stoppedCode = ctx.stoppedExitCode();
  if (stoppedCode !== undefined) {
    const rerun = flags.manifest
      ? ` Rerun the same command to continue; ${flags.manifest} lists what landed.`
      : "";
    const parts = [`${uploader.uploaded} uploaded`];
    if (uploader.skipped) parts.push(`${uploader.skipped} skipped`);
    if (uploader.failed) parts.push(`${uploader.failed} failed`);
    if (uploader.cancelled) parts.push(`${uploader.cancelled} cancelled in flight`);
    parts.push(`${total - uploader.done} not started`);
    out.error(`interrupted: ${parts.join(", ")}.${rerun}`);
    return stoppedCode;
  }
  // on stderr in a pipe or CI too (for a batch), so that a job's log says what it did
  const parts = [`${uploader.uploaded} uploaded`];
  if (uploader.skipped) parts.push(`${uploader.skipped} skipped (already in ${flags.manifest})`);
  if (uploader.failed) parts.push(out.paint("red", `${uploader.failed} failed`));
  if (total > 1) out.info(parts.join(", "));
  const auth = uploader.auth.finish(total - uploader.done);
  if (auth !== undefined) return auth;
  return uploader.failed || uploader.halted ? EXIT.failed : EXIT.ok;
}
