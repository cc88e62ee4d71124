// Sends one request with per-attempt timeouts and retries, over either transport, for API calls (requester.ts) and for
// signed storage/CDN URLs alike. The rules:
// - connection errors, 408, 409, 429 and 5xx are retried up to `maxRetries` (retry.ts);
// - once a 2xx status has arrived nothing is retried: a body that cannot be read then is an
//   APIError, since for a POST the server has already done the work;
// - an answer that is not valid HTTP (headers too large, a parser error) is never retried;
// - a request body that fails at its source (a file changed while it was sent) is not retried.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InputReadError,
} from "../errors.js";
import { toHeaders, type HeaderMap } from "./headers.js";
import type { LevelLogger } from "./log.js";
import { retryDelayMs, shouldRetryStatus } from "./retry.js";
import { sleep } from "./timeout.js";

/** Per-request settings: the client's, overridden by the call's options. */
export interface AttemptSettings {
  timeout: number;
  maxRetries: number;
  signal?: AbortSignal | null | undefined;
}

/** Extra `RequestInit` fields for every call (e.g. undici's `dispatcher`); ours take precedence. */
export type FetchOptions = Omit<RequestInit, "method" | "headers" | "body" | "signal"> &
  Record<string, unknown>;

export interface SendRequest {
  method: string;
  url: string;
  /** Final headers, lower-case names. */
  headers: Record<string, string>;
  /**
   * A body that can be sent again as it is, or a function giving a fresh one per attempt. The
   * Node transport also takes a Node `Readable` (a file range, piped from disk).
   */
  body?: BodyInit | null | (() => BodyInit) | undefined;
  /**
   * API calls: "error" (the API does not redirect; one means a wrong baseURL, and with it Node's
   * fetch skips teeing the request body, nodejs/undici#4058). Signed URLs: "follow".
   */
  redirect: "error" | "follow";
  /** "text": read the whole body within the attempt. "stream": hand a 2xx body back unread. */
  read: "text" | "stream";
  settings: AttemptSettings;
  /** How logs and errors name the request: never a signed URL's query string. */
  label: string;
}

export interface SendResult {
  status: number;
  headers: HeaderMap;
  /** The body as text ("" in stream mode). */
  text: string;
  /** A 2xx JSON body already parsed by the transport (transport-node.ts), else undefined. */
  json?: unknown;
  /** Stream mode: the response, its body unread (see stream-body.ts for its guard). */
  response?: Response;
}

export type Send = (request: SendRequest) => Promise<SendResult>;

/** How one attempt failed: the cause, whether its timer ended it, and the status if one came. */
export class AttemptFailure {
  constructor(
    readonly cause: unknown,
    readonly timedOut: boolean,
    readonly status?: number,
    readonly headers?: HeaderMap,
  ) {}
}

/**
 * One attempt on the wire, the only thing a transport implements (transport-fetch.ts,
 * transport-node.ts): send, read the body within `timeout` ms (or hand a 2xx body back unread
 * in stream mode), stop when `signal` aborts. It rejects with an AttemptFailure; every rule
 * about what that means (retry, error class, log line) is in `createSend`, once for both.
 * An API redirect rejects with the message "unexpected redirect" (as undici says it).
 */
export type Exchange = (
  request: SendRequest,
  timeout: number,
  signal: AbortSignal | null | undefined,
) => Promise<SendResult>;

export function createSend(exchange: Exchange, log: LevelLogger): Send {
  return async function send(request) {
    const { timeout, maxRetries, signal } = request.settings;
    const { label } = request;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
      const started = Date.now();
      let answer: SendResult;
      try {
        answer = await exchange(request, timeout, signal);
      } catch (failure) {
        const { cause, timedOut, status, headers } =
          failure instanceof AttemptFailure ? failure : new AttemptFailure(failure, false);
        if (signal?.aborted) throw new APIUserAbortError({ cause });
        const source = findCause(cause, InputReadError) ?? unreadableFile(cause);
        if (source) throw source;
        const reason = describeCause(cause);
        if (status !== undefined) {
          // the status arrived: after a 2xx nothing is retried (the work is done)
          if (status >= 200 && status < 300) {
            const what = timedOut ? `timed out after ${timeout} ms` : `failed: ${reason}`;
            log.error(`${label} → ${status}, reading the body ${what}`);
            throw new APIError(
              status,
              undefined,
              `Reading the response body ${what}. The request itself succeeded (the server may have done the work), so it is not retried.`,
              toHeaders(headers),
              { cause },
            );
          }
          // an error status whose body was cut off: the status decides, as below
          answer = { status, headers: headers!, text: "" };
        } else if (reason === "unexpected redirect") {
          // Node's fetch with redirect: "error" (a browser's fetch says no more than "failed")
          throw new APIError(
            undefined,
            undefined,
            `${target(request)} was answered with a redirect, which the client does not follow: check \`baseURL\`.`,
            undefined,
            { cause },
          );
        } else if (isInvalidResponse(cause)) {
          log.error(`${label}: invalid HTTP response (${reason}), not retried`);
          throw new APIError(
            undefined,
            undefined,
            `${target(request)} got an answer that is not valid HTTP (${reason}); not retried, since the server may have acted on the request.`,
            undefined,
            { cause },
          );
        } else {
          const host = hostOf(request.url);
          const error = timedOut
            ? new APIConnectionTimeoutError(timeout, { cause }, label, host)
            : new APIConnectionError(
                `Connection error: ${reason} (${host}).`,
                { cause },
                codeOf(cause),
                host,
              );
          if (retry >= maxRetries) {
            log.error(`${label} failed: ${error.message}`);
            throw error;
          }
          const delay = retryDelayMs(retry);
          log.warn(
            `${label} failed (${error.message}), retry ${retry + 1}/${maxRetries} in ${Math.round(delay)} ms`,
          );
          await wait(delay, signal);
          continue;
        }
      }
      const { status, headers, text } = answer;
      // the log line's end, built only when a line is kept (not on the hot path)
      const tail = () => {
        const id = headers.get("x-request-id");
        return `in ${Date.now() - started} ms${id ? ` (request id ${id})` : ""}`;
      };
      if (status >= 400 && retry < maxRetries && shouldRetryStatus(status, headers)) {
        const delay = retryDelayMs(retry, headers, status === 429 ? text : undefined);
        log.warn(
          `${label} → ${status} ${tail()}, retry ${retry + 1}/${maxRetries} in ${Math.round(delay)} ms`,
        );
        await wait(delay, signal);
        continue;
      }
      if (status >= 400) log.error(`${label} → ${status} ${tail()}`);
      else if (log.enabled("info")) log.info(`${label} → ${status} ${tail()}`);
      return answer;
    }
  };
}

async function wait(ms: number, signal: AbortSignal | null | undefined) {
  try {
    await sleep(ms, signal);
  } catch (cause) {
    throw new APIUserAbortError({ cause });
  }
}

function findCause<T extends Error>(
  error: unknown,
  type: new (...args: never[]) => T,
): T | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
}

/** A file-backed Blob that changed on disk while fetch read it (undici: NotReadableError). */
function unreadableFile(error: unknown): InputReadError | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { name?: unknown }).name === "NotReadableError") {
      return new InputReadError(
        "The file could not be read while it was sent: did it change or disappear? Not retried.",
        { cause: error },
      );
    }
  }
  return undefined;
}

/** undici's codes for an answer it could not parse as HTTP. */
function isInvalidResponse(cause: unknown): boolean {
  const code = codeOf(cause);
  return code !== undefined && (code === "UND_ERR_HEADERS_OVERFLOW" || code.startsWith("HPE_"));
}

/** A system error code: Node's errors carry it themselves, fetch's wrap them in `cause`. */
export function codeOf(cause: unknown): string | undefined {
  for (let e = cause, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export function describeCause(cause: unknown): string {
  const code = codeOf(cause);
  if (code) return code;
  const inner = (cause as { cause?: { message?: string } })?.cause;
  if (inner?.message) return inner.message;
  return cause instanceof Error ? cause.message : String(cause);
}

/** Method, origin and path: never the query string (a signed URL's credential). */
function target(request: SendRequest): string {
  try {
    const url = new URL(request.url);
    return `${request.method} ${url.origin}${url.pathname}`;
  } catch {
    return request.label;
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "unknown host";
  }
}
