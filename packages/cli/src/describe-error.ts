// What went wrong with one item, in words a person can act on, and as the `error` object of
// --json output. Classes are told apart with `instanceof` against the client's exports.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "@scenario-sdk/client";
import type { Endpoint } from "./context.js";
import { ProxyTunnelError } from "./proxy.js";

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
    const via = endpoint?.proxy ? ` (through the proxy ${endpoint.proxy})` : "";
    return failure(`no answer from ${host}${within}${via}; raise --timeout to wait longer`);
  }
  if (error instanceof APIConnectionError) {
    const tunnel = causeOf(error, ProxyTunnelError);
    if (tunnel) return failure(`cannot reach ${host}: ${tunnel.message}; check the proxy`);
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

/** The host a connection error names when it is not the API's (a storage's or a CDN's). */
function otherHost(error: unknown, endpoint: Endpoint | undefined): string | undefined {
  if (!endpoint || !(error instanceof APIConnectionError)) return undefined;
  return error.host && error.host !== endpoint.host ? error.host : undefined;
}

/** The first error of class `type` in `error`'s chain of causes. */
function causeOf<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
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

// the client's hint on a lost POST names an SDK call; the CLI says it in its own words
export const SDK_LOST_HINT = /\s*The request was sent but its answer was lost[^]*$/;

/** The system's code (ECONNREFUSED, ENOTFOUND…) when the client has one, else its words. */
function networkReason(error: APIConnectionError): string {
  const words = error.message.replace(SDK_LOST_HINT, "");
  return error.code ?? words.replace(/^Connection error:\s*/, "").replace(/ \([^)]*\)\.$/, "");
}
