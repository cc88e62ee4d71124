// What went wrong with one item, in words a person can act on, and as the `error` object of
// --json output. Classes are told apart with `instanceof` against the client's exports.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@scenario-sdk/client";
import type { Endpoint } from "./context.js";

export interface Failure {
  status: number | null;
  message: string;
  requestId: string | null;
}

/** A file that passed the checks could not be read when its turn came (deleted, moved…). */
export class FileReadError extends Error {
  override name = "FileReadError";
  constructor(readonly code: string | undefined) {
    super(`cannot read it any more: ${fsReason(code)} (was it changed after the checks?)`);
  }
}

/** An answer that is not what a 2xx promises (e.g. `{}` or `null` from POST /assets). */
export class UnexpectedAnswerError extends Error {
  override name = "UnexpectedAnswerError";
}

const failure = (message: string): Failure => ({ status: null, message, requestId: null });

export function describeError(error: unknown, endpoint?: Endpoint): Failure {
  // a signed storage or CDN URL (downloads, upload parts) is on another host than the API's
  const elsewhere = otherHost(error, endpoint);
  if (elsewhere) endpoint = { host: elsewhere, timeout: endpoint!.timeout };
  const host = endpoint?.host ?? "the API";
  if (error instanceof APIUserAbortError) return failure("cancelled");
  if (error instanceof APIConnectionTimeoutError) {
    const within = endpoint ? ` within ${endpoint.timeout} ms` : "";
    return failure(`no answer from ${host}${within}; raise --timeout to wait longer`);
  }
  if (error instanceof APIConnectionError) {
    const via = endpoint?.proxy ? ` (through the proxy ${endpoint.proxy})` : "";
    return failure(`cannot reach ${host}: ${networkReason(error)}${via}`);
  }
  if (error instanceof APIError) {
    return {
      status: error.status ?? null,
      message: error.message,
      requestId: error.requestID ?? null,
    };
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && (error as NodeJS.ErrnoException).syscall) {
    return failure(new FileReadError(code).message);
  }
  return failure(error instanceof Error ? error.message : String(error));
}

/**
 * The host a connection error names when it is not the API's: the client says it in its message,
 * as `(host).` or in the URL of a timed-out body.
 * TODO(client): an `APIConnectionError.host` would replace reading it from the message.
 */
function otherHost(error: unknown, endpoint: Endpoint | undefined): string | undefined {
  if (!endpoint || !(error instanceof APIConnectionError)) return undefined;
  const named =
    /\(([A-Za-z0-9.[\]:-]+)\)\.?$/.exec(error.message)?.[1] ??
    /\bhttps?:\/\/([^/\s)]+)/.exec(error.message)?.[1];
  return named && named !== endpoint.host ? named : undefined;
}

/** `message (request id …)`: one line for a person. */
export function formatFailure(f: Failure): string {
  return f.requestId ? `${f.message} (request id ${f.requestId})` : f.message;
}

/** A file system error code in words. */
export function fsReason(code: string | undefined): string {
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "not readable (permission denied)";
  if (code === "EISDIR") return "is a directory";
  return `cannot be read (${code ?? "unknown error"})`;
}

/**
 * The first error code down the cause chain (ECONNREFUSED, ENOTFOUND…), else the deepest message.
 * TODO(client): an `APIConnectionError.code` (that first code) would replace this walk.
 */
function networkReason(error: Error): string {
  let reason = error.message.replace(/^Connection error:\s*/, "");
  for (let cause = error.cause, depth = 0; cause && depth < 5; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === "string") return code;
    if (typeof message === "string" && message) reason = message;
    cause = (cause as { cause?: unknown }).cause;
  }
  return reason;
}
