// `scenario assets upload <file...>`: check every input, then upload with N in parallel.
import { createHash } from "node:crypto";
import { openAsBlob } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import {
  APIError,
  Scenario,
  type AssetUploadParams,
  type AssetUploadResponse,
} from "@scenario-sdk/client";
import { checkCanvasFile, checkImageFile, type CheckedImage } from "../../checks.js";
import { MISSING_CREDENTIALS, resolveCredentials } from "../../config.js";
import type { Context } from "../../context.js";
import { EXIT, UsageError } from "../../errors.js";
import { Manifest } from "../../manifest.js";

export interface UploadFlags {
  name?: string;
  collection: string[];
  parent?: string;
  hide?: boolean;
  originalAssets?: boolean;
  project?: string;
  canvas?: string;
  thumbnail?: string;
  json?: boolean;
  concurrency: number;
  manifest?: string;
}

interface Prepared {
  client: Scenario;
  images: CheckedImage[];
  canvas?: { path: string; json: string; thumbnail?: CheckedImage };
}

/** Every check before the first request; all problems at once in one UsageError. */
async function prepare(
  files: string[],
  flags: UploadFlags,
  ctx: Context,
  unknown: string[],
): Promise<Prepared> {
  const problems = [...unknown];
  if (flags.canvas && files.length) problems.push("give either image files or --canvas, not both");
  if (!flags.canvas && files.length === 0) {
    problems.push(
      "no files given; usage: scenario assets upload <file...> (or --canvas canvas.json)",
    );
  }
  if (!flags.canvas && flags.thumbnail) problems.push("--thumbnail goes with --canvas");
  if (flags.name !== undefined && files.length > 1) {
    problems.push(
      `--name applies to one file, but ${files.length} were given; drop --name to use each file's name`,
    );
  }
  const checks = await Promise.all(files.map((f) => checkImageFile(f)));
  const images: CheckedImage[] = [];
  for (const check of checks) check.ok ? images.push(check.value) : problems.push(check.problem);
  let canvas: Prepared["canvas"];
  if (flags.canvas) {
    const checked = await checkCanvasFile(flags.canvas);
    const thumb = flags.thumbnail ? await checkImageFile(flags.thumbnail) : undefined;
    if (!checked.ok) problems.push(checked.problem);
    if (thumb && !thumb.ok) problems.push(thumb.problem);
    if (checked.ok && (!thumb || thumb.ok)) {
      canvas = {
        path: flags.canvas,
        json: checked.value,
        ...(thumb?.ok ? { thumbnail: thumb.value } : {}),
      };
    }
  }
  let credentials;
  try {
    credentials = resolveCredentials(ctx.globals, ctx.io.env);
    if (!credentials) problems.push(MISSING_CREDENTIALS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length || !credentials) throw new UsageError(problems);
  const { source: _source, ...options } = credentials;
  const client = new Scenario({
    ...options,
    timeout: ctx.globals.timeout,
    maxRetries: ctx.globals.maxRetries,
    logLevel: ctx.globals.verbose ? "debug" : "off",
    logger: {
      error: ctx.out.info.bind(ctx.out),
      warn: ctx.out.info.bind(ctx.out),
      info: ctx.out.info.bind(ctx.out),
      debug: ctx.out.info.bind(ctx.out),
    },
  });
  return { client, images, ...(canvas ? { canvas } : {}) };
}

/**
 * sha256 of a file, read through `buffer`: one buffer per worker for all its files, where a
 * read stream would allocate a new 64 KiB chunk per read (5 MB of garbage per 5 MB file).
 */
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

function describeFailure(error: unknown): string {
  if (error instanceof APIError) {
    const id = error.requestID ? ` (request id ${error.requestID})` : "";
    return `${error.message}${id}`;
  }
  return error instanceof Error ? error.message : String(error);
}

export async function uploadCommand(
  files: string[],
  flags: UploadFlags,
  ctx: Context,
  unknownOptions: string[] = [],
): Promise<number> {
  const { client, images, canvas } = await prepare(files, flags, ctx, unknownOptions);
  const { out, signal, stopping } = ctx;
  const common: Omit<AssetUploadParams, "name"> = {
    ...(flags.collection.length ? { collectionIds: flags.collection } : {}),
    ...(flags.parent ? { parentId: flags.parent } : {}),
    ...(flags.hide ? { hide: true } : {}),
    ...(flags.originalAssets ? { originalAssets: true } : {}),
    ...(flags.project ? { projectId: flags.project } : {}),
  };

  if (canvas) {
    const thumbnail = canvas.thumbnail ? await openAsBlob(canvas.thumbnail.path) : undefined;
    const response = await client.assets.upload(
      {
        ...common,
        name: flags.name ?? basename(canvas.path),
        canvas: canvas.json,
        ...(thumbnail ? { thumbnail } : {}),
      },
      { signal },
    );
    out.result(canvas.path, response, Boolean(flags.json));
    return EXIT.ok;
  }

  const manifest = flags.manifest ? new Manifest(flags.manifest) : undefined;
  if (manifest?.badLines)
    out.warn(`${flags.manifest}: ignored ${manifest.badLines} unreadable line(s)`);
  let next = 0;
  let done = 0;
  let uploaded = 0;
  let skipped = 0;
  let failed = 0;

  // Files are read only when their upload starts, and streamed from disk (a Blob backed by the
  // file): memory does not grow with the file size or the number of files.
  async function uploadOne(image: CheckedImage, buffer: Uint8Array): Promise<void> {
    const digest = await sha256File(image.path, buffer);
    if (manifest?.has(image.path, digest)) {
      skipped++;
      return;
    }
    const params: AssetUploadParams = {
      ...common,
      name: flags.name ?? basename(image.path),
      image: await openAsBlob(image.path),
    };
    let response: AssetUploadResponse;
    try {
      response = await client.assets.upload(params, { signal });
    } catch (error) {
      if (signal.aborted) return;
      failed++;
      out.error(`${image.path}: upload failed: ${describeFailure(error)}`);
      return;
    }
    manifest?.add({
      path: image.path,
      size: image.size,
      sha256: digest,
      assetId: response.asset.id,
    });
    uploaded++;
    out.result(image.path, response, Boolean(flags.json));
  }

  async function worker(): Promise<void> {
    const buffer = new Uint8Array(64 * 1024);
    while (!stopping.aborted && next < images.length) {
      const image = images[next++]!;
      await uploadOne(image, buffer);
      done++;
      out.progress(done, images.length, failed);
    }
  }

  const workers = Math.max(1, Math.min(flags.concurrency, images.length));
  await Promise.all(Array.from({ length: workers }, worker));
  out.clearProgress();

  if (stopping.aborted) {
    out.error(
      `interrupted: ${uploaded} uploaded, ${images.length - done} not finished.` +
        (manifest
          ? ` Rerun the same command to continue; ${flags.manifest} lists what landed.`
          : ""),
    );
    return EXIT.interrupted;
  }
  if (out.interactive) {
    const parts = [`${uploaded} uploaded`];
    if (skipped) parts.push(`${skipped} skipped (already in ${flags.manifest})`);
    if (failed) parts.push(out.paint("red", `${failed} failed`));
    out.info(parts.join(", "));
  }
  return failed ? EXIT.failed : EXIT.ok;
}
