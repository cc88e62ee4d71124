// What `uploadFile` checks and works out before its first request: the file as a source of
// parts, its name, kind, content type, part plan, and the options. Nothing here sends.
import { InputReadError, ScenarioError } from "../errors.js";
import type { UploadCreateParams, UploadKind } from "../generated/types.js";
import { detectFileKind, KIND_SNIFF_BYTES, UPLOAD_KINDS } from "./file-kinds.js";
import { originOf, readProblem, type FileOrigin } from "./file-from-path.js";
import { planParts, type PartPlan } from "./parts.js";
import type { UploadProgress } from "./progress.js";

/** What `uploadFile` takes: a Blob/File (e.g. from `fileFromPath`), or bytes. */
export type UploadInput = Blob | Uint8Array | ArrayBuffer;

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

/** What `uploadFile` would send for a file: its name, kind, content type and part plan. */
export interface UploadFilePlan {
  name: string;
  kind: UploadKind;
  contentType: string;
  size: number;
  parts: number;
  partSize: number;
}

/** The file as the flow sees it: its size, name, and each part's body. */
export interface Source {
  size: number;
  name: string | undefined;
  slice(start: number, end: number): Blob | Uint8Array;
  origin: FileOrigin | undefined;
}

/** Everything `uploadFile` needs, checked. */
export interface Prepared {
  source: Source;
  plan: PartPlan;
  params: UploadCreateParams;
  concurrency: number;
  pollInterval: number;
  pollTimeout: number;
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

/** The first bytes, for sniffing; a file that cannot be read is an InputReadError naming it. */
async function head(source: Source, name: string): Promise<Uint8Array> {
  const first = source.slice(0, Math.min(source.size, KIND_SNIFF_BYTES));
  if (first instanceof Uint8Array) return first;
  try {
    return new Uint8Array(await first.arrayBuffer());
  } catch (cause) {
    throw new InputReadError(
      `${source.origin?.path ?? name} cannot be read (${(cause as Error).message}); nothing was sent.`,
      { cause },
    );
  }
}

export function positiveInteger(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new ScenarioError(`\`${name}\` must be a whole number ≥ 1, got ${String(value)}.`);
  }
  return value;
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

/** Everything checked before any request: the file readable, name, kind, type, part plan, options. */
export async function prepare(file: UploadInput, options: UploadFileOptions): Promise<Prepared> {
  const source = sourceOf(file);
  const name = options.name ?? source.name;
  if (!name) throw new ScenarioError("uploadFile needs a `name` for bytes (a File has its own).");
  if (source.size === 0) throw new ScenarioError(`${name} is empty (0 bytes).`);
  // a file from `fileFromPath` that vanished or may not be read says so, with its path and why
  const problem = source.origin && (await readProblem(source.origin.path));
  if (problem) throw new InputReadError(`${source.origin!.path} ${problem}; nothing was sent.`);
  const detected =
    options.kind && options.contentType
      ? undefined
      : detectFileKind(await head(source, name), name);
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
