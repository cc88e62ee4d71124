// Sending an upload's parts to their signed URLs, several at once; one failed part stops the
// others. And the check that a file from `fileFromPath` did not change meanwhile.
import type { Requester } from "../core/requester.js";
import { APIError, APIUserAbortError, InputReadError, PermissionDeniedError } from "../errors.js";
import type { FileOrigin } from "./file-from-path.js";
import type { ProgressReporter } from "./progress.js";
import type { Source } from "./upload-plan.js";

/** A part as the API hands it out: its number (from 1) and signed URL. */
export interface PartTarget {
  number: number;
  url: string;
}

export interface SendPartsOptions {
  uploadId: string;
  partSize: number;
  concurrency: number;
  progress: ProgressReporter;
  signal: AbortSignal | undefined;
}

/** PUTs every part, `concurrency` at once; the first failure stops the rest and is thrown. */
export async function sendParts(
  requester: Requester,
  source: Source,
  parts: readonly PartTarget[],
  { uploadId, partSize, concurrency, progress, signal }: SendPartsOptions,
): Promise<void> {
  const put = await partSender(requester, source, partSize, progress);
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
            failure ??= describePartFailure(error, part.number, uploadId, signal);
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
  if (requester.nodeHttp && source.origin) {
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
export async function checkUnchanged(origin: FileOrigin | undefined, when: string): Promise<void> {
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
