// `client.uploads.uploadFile` and `client.uploads.wait`: the multipart flow as one call.
// create (part count) → PUT each part to its signed URL, several at once, streamed from the file
// → action `complete` once every part is stored → poll until `entityId` is set or the status is
// terminal. Loaded on first use (a browser bundle splits it off until then).
import { sleep } from "../core/timeout.js";
import type { Requester, RequestOptions } from "../core/requester.js";
import {
  APIError,
  APIUserAbortError,
  InputReadError,
  PermissionDeniedError,
  ScenarioError,
  UploadFailedError,
  UploadTimeoutError,
} from "../errors.js";
import type { Upload, UploadCreateParams, UploadKind } from "../generated/types.js";
import type { Uploads } from "../resources/uploads.js";
import { detectFileKind, KIND_SNIFF_BYTES, UPLOAD_KINDS } from "./file-kinds.js";
import { originOf, type FileOrigin } from "./file-from-path.js";
import { planParts } from "./parts.js";
import { ProgressReporter, type UploadProgress } from "./progress.js";

export type { UploadProgress } from "./progress.js";

/** What `uploadFile` takes: a Blob/File (e.g. from `fileFromPath`), or bytes. */
export type UploadInput = Blob | Uint8Array | ArrayBuffer;

export interface WaitOptions {
  /** Milliseconds between polls (default 2000, as the official helper). */
  interval?: number | undefined;
  /** Milliseconds before giving up with an UploadTimeoutError (default 300 000). */
  timeout?: number | undefined;
  signal?: AbortSignal | undefined;
  projectId?: string | undefined;
}

export interface UploadFileOptions {
  /** The asset's file name (default: the File's name). */
  name?: string | undefined;
  /** Default: sniffed from the content, the extension as a hint. */
  kind?: UploadKind | undefined;
  /** Default: sniffed from the content, the extension as a hint. */
  contentType?: string | undefined;
  collectionIds?: string[] | undefined;
  parentId?: string | undefined;
  hide?: boolean | undefined;
  projectId?: string | undefined;
  /** Bytes per part (default: 5 MiB, more when the file needs over 10,000 parts). */
  partSize?: number | undefined;
  /** Parts in flight at once (default 4). */
  concurrency?: number | undefined;
  /** Bytes sent so far: at least every 1 % or 100 ms, at most 20 times a second. */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Aborts every part in flight, and the polling. */
  signal?: AbortSignal | undefined;
  /** Wait until the asset exists (default true); false returns right after `complete`. */
  wait?: boolean | undefined;
  /** `wait`'s interval and timeout (defaults 2 s and 5 min). */
  pollInterval?: number | undefined;
  pollTimeout?: number | undefined;
}

/** The file as the flow sees it: its size, name, first bytes, and each part's body. */
interface Source {
  size: number;
  name: string | undefined;
  slice(start: number, end: number): Blob | Uint8Array;
  origin: FileOrigin | undefined;
}

function sourceOf(file: UploadInput): Source {
  if (typeof Blob !== "undefined" && file instanceof Blob) {
    return {
      size: file.size,
      name: (file as File).name || undefined,
      // untyped slices: fetch would send a Blob's type as Content-Type, which a signed URL may refuse
      slice: (start, end) => file.slice(start, end),
      origin: originOf(file),
    };
  }
  const bytes =
    file instanceof Uint8Array ? file : file instanceof ArrayBuffer ? new Uint8Array(file) : null;
  if (!bytes) {
    throw new ScenarioError(
      "uploadFile takes a Blob or File (e.g. `await fileFromPath(path)`), a Uint8Array or an ArrayBuffer.",
    );
  }
  return {
    size: bytes.byteLength,
    name: undefined,
    slice: (start, end) => bytes.subarray(start, end),
    origin: undefined,
  };
}

async function head(source: Source): Promise<Uint8Array> {
  const first = source.slice(0, Math.min(source.size, KIND_SNIFF_BYTES));
  return first instanceof Uint8Array ? first : new Uint8Array(await first.arrayBuffer());
}

function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new ScenarioError(`\`${name}\` must be a whole number ≥ 1, got ${String(value)}.`);
  }
  return value;
}

/** What `uploadFile` would send for a file: its name, kind, content type and part plan. */
export interface UploadFilePlan {
  name: string;
  kind: UploadKind;
  contentType: string;
  size: number;
  parts: number;
  partSize: number;
}

/**
 * Checks a file and options the way `uploads.uploadFile` does before its first request (name,
 * kind, content type, part plan, options), sending nothing: the plan, or the ScenarioError
 * uploadFile would throw.
 */
export async function checkUploadFile(
  file: UploadInput,
  options: UploadFileOptions = {},
): Promise<UploadFilePlan> {
  const { source, plan, params } = await prepare(file, options);
  return {
    name: params.fileName!,
    kind: params.kind!,
    contentType: params.contentType!,
    size: source.size,
    parts: plan.count,
    partSize: plan.partSize,
  };
}

/** Everything checked before any request: name, kind, type, part plan, options. */
async function prepare(file: UploadInput, options: UploadFileOptions) {
  const source = sourceOf(file);
  const name = options.name ?? source.name;
  if (!name) throw new ScenarioError("uploadFile needs a `name` for bytes (a File has its own).");
  if (source.size === 0) throw new ScenarioError(`${name} is empty (0 bytes).`);
  const detected =
    options.kind && options.contentType ? undefined : detectFileKind(await head(source), name);
  const kind = options.kind ?? detected?.kind;
  if (!kind) {
    throw new ScenarioError(
      `${name}: cannot tell what kind of file this is from its content or name; pass its \`kind\` (${UPLOAD_KINDS.join(", ")}), and its \`contentType\` if you know it.`,
    );
  }
  if (!UPLOAD_KINDS.includes(kind)) {
    throw new ScenarioError(`\`kind\` must be one of ${UPLOAD_KINDS.join(", ")}, got "${kind}".`);
  }
  const contentType = options.contentType ?? detected?.contentType ?? "application/octet-stream";
  const hasAssetOptions =
    options.collectionIds !== undefined ||
    options.parentId !== undefined ||
    options.hide !== undefined;
  if (hasAssetOptions && kind === "model") {
    throw new ScenarioError(
      "collectionIds, parentId and hide apply to assets; a `model` upload takes none of them.",
    );
  }
  const plan = planParts(source.size, options.partSize);
  const params: UploadCreateParams = {
    kind,
    fileName: name,
    contentType,
    fileSize: source.size,
    parts: plan.count,
    ...(hasAssetOptions
      ? {
          assetOptions: {
            ...(options.collectionIds ? { collectionIds: options.collectionIds } : {}),
            ...(options.parentId !== undefined ? { parentId: options.parentId } : {}),
            ...(options.hide !== undefined ? { hide: options.hide } : {}),
          },
        }
      : {}),
    ...(options.projectId !== undefined ? { projectId: options.projectId } : {}),
  };
  return {
    source,
    plan,
    params,
    concurrency: positiveInteger(options.concurrency, "concurrency", 4),
    pollInterval: positiveInteger(options.pollInterval, "pollInterval", 2000),
    pollTimeout: positiveInteger(options.pollTimeout, "pollTimeout", 300_000),
  };
}

export async function uploadFile(
  uploads: Uploads,
  requester: Requester,
  file: UploadInput,
  options: UploadFileOptions = {},
): Promise<Upload> {
  const { source, plan, params, concurrency, pollInterval, pollTimeout } = await prepare(
    file,
    options,
  );
  const { signal, projectId } = options;
  const scope = projectId !== undefined ? { projectId } : {};
  await checkUnchanged(source.origin, "since `fileFromPath` read it; nothing was sent");
  const upload = uploadOf(await uploads.create(params, { signal }), "POST /uploads");
  const parts = [...(upload.parts ?? [])].sort((a, b) => a.number - b.number);
  if (parts.length !== plan.count || parts.some((part, i) => part.number !== i + 1)) {
    throw new APIError(
      undefined,
      undefined,
      `Upload ${upload.id}: the API returned ${parts.length} part URLs for the ${plan.count} parts asked for.`,
      undefined,
    );
  }
  const progress = new ProgressReporter(source.size, options.onProgress);
  const put = await partSender(requester, source, plan.partSize, progress);
  // one failed part stops the others: no point storing parts of an upload that cannot complete
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort(); // aborted while the upload was being created
  let next = 0;
  let failure: unknown;
  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, parts.length) }, async () => {
        while (next < parts.length && !stop.signal.aborted) {
          const part = parts[next++]!;
          try {
            await put(part.number, part.url, stop.signal);
          } catch (error) {
            failure ??= describePartFailure(error, part.number, upload.id, signal);
            stop.abort(failure);
          }
        }
      }),
    );
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  if (failure) throw failure;
  if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
  await checkUnchanged(source.origin, "while it was uploaded; the upload was not completed");
  // the last report waits out the pace (≤ 20 a second) while `complete` is on its way
  const finished = progress.finish();
  const completed = uploadOf(
    await uploads.triggerAction(upload.id, { action: "complete", ...scope }, { signal }),
    `POST /uploads/${upload.id}/action`,
  );
  await finished;
  if (options.wait === false) return completed;
  return waitForUpload(uploads, upload.id, {
    interval: pollInterval,
    timeout: pollTimeout,
    signal,
    projectId,
  });
}

/** Polls the upload until `entityId` is set or the status is terminal (imported, complete, failed). */
export async function waitForUpload(
  uploads: Uploads,
  uploadId: string,
  options: WaitOptions = {},
): Promise<Upload> {
  const interval = positiveInteger(options.interval, "interval", 2000);
  const timeout = positiveInteger(options.timeout, "timeout", 300_000);
  const { signal } = options;
  const request: RequestOptions = { signal };
  const params = options.projectId !== undefined ? { projectId: options.projectId } : {};
  const deadline = Date.now() + timeout;
  for (;;) {
    const upload = uploadOf(
      await uploads.retrieve(uploadId, params, request),
      `GET /uploads/${uploadId}`,
    );
    if (upload.status === "failed") {
      throw new UploadFailedError(uploadId, upload.errorMessage ?? undefined);
    }
    if (upload.entityId || upload.status === "imported" || upload.status === "complete") {
      return upload;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new UploadTimeoutError(uploadId, timeout);
    try {
      await sleep(Math.min(interval, left), signal);
    } catch (cause) {
      throw new APIUserAbortError({ cause });
    }
  }
}

/** The `upload` of an answer, which must be there: else an APIError, never a TypeError later. */
function uploadOf(answer: { upload?: Upload }, what: string): Upload {
  const upload = answer.upload;
  if (!upload || typeof upload !== "object" || typeof upload.id !== "string") {
    throw new APIError(
      undefined,
      undefined,
      `${what} answered without an upload (an object with an id); set \`validateResponses: true\` to see what it sent.`,
      undefined,
    );
  }
  return upload;
}

type PartSender = (number: number, url: string, signal: AbortSignal) => Promise<void>;

/**
 * How each part is sent. On the Node transport a file from `fileFromPath` is piped from disk
 * (core/transport-node.ts); elsewhere a slice of the Blob or bytes is the body.
 * Either way each attempt sends the part anew, so retries (connection errors, 5xx) are safe.
 */
async function partSender(
  requester: Requester,
  source: Source,
  partSize: number,
  progress: ProgressReporter,
): Promise<PartSender> {
  const range = (number: number) => {
    const start = (number - 1) * partSize;
    return [start, Math.min(source.size, start + partSize)] as const;
  };
  if (requester.nodeFetch && source.origin) {
    const file = await (await import("./file-range.js")).fileRanges(source.origin);
    return async (number, url, signal) => {
      const [start, end] = range(number);
      await requester.signed(
        {
          method: "PUT",
          url,
          read: "text",
          redirect: "error",
          headers: { "content-length": String(end - start) },
          // each attempt counts its part from zero again
          body: () => file.range(start, end, (sent) => progress.set(number, sent)) as never,
        },
        { signal },
      );
    };
  }
  return async (number, url, signal) => {
    const [start, end] = range(number);
    const body = source.slice(start, end);
    await requester.signed(
      { method: "PUT", url, read: "text", body: body as BodyInit },
      { signal },
    );
    progress.set(number, end - start);
  };
}

/** A part's failure, said with the part and the upload; a 403 from storage says what it means. */
function describePartFailure(
  error: unknown,
  number: number,
  uploadId: string,
  signal: AbortSignal | undefined,
): unknown {
  if (signal?.aborted || error instanceof InputReadError) return error;
  if (error instanceof PermissionDeniedError) {
    const reason = /<Message>([^<]*)<\/Message>/.exec(String(error.error ?? ""))?.[1];
    return new PermissionDeniedError(
      403,
      undefined,
      `Storage refused part ${number} of upload ${uploadId}${reason ? ` (${reason})` : ""}: its signed URL expired or its signature is invalid. Start the upload again.`,
      error.headers,
      { cause: error },
    );
  }
  if (error instanceof APIError)
    error.message = `Part ${number} of upload ${uploadId}: ${error.message}`;
  return error;
}

/** A file from `fileFromPath` must not change from then until every part is read from disk. */
async function checkUnchanged(origin: FileOrigin | undefined, when: string): Promise<void> {
  if (!origin || !isNode()) return;
  const file = await (await import("./file-range.js")).fileRanges(origin);
  if (!(await file.unchanged())) {
    throw new InputReadError(`${origin.path} changed ${when}. Upload it again.`);
  }
}

function isNode(): boolean {
  return (
    typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions
      ?.node === "string"
  );
}
