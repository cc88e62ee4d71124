// What openapi-fetch calls instead of `fetch`: sends a request with per-attempt timeouts and
// retries, and hands back the response with its body already read (so the timeout covers the
// body too, and a body cut off mid-way is a connection error that can be retried).
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "../errors.js";
import { StreamingJsonBody } from "./json-body.js";
import type { Logger } from "./log.js";
import { retryDelayMs, shouldRetryStatus } from "./retry.js";
import { sleep, startAttempt } from "./timeout.js";

/** Per-request settings, carried from the client through openapi-fetch's init to the transport. */
export interface AttemptSettings {
  /** Per-request headers (lower-case names), over the client's. */
  headers?: Record<string, string> | undefined;
  timeout: number;
  maxRetries: number;
  signal?: AbortSignal | null | undefined;
}

/**
 * Stands in for the WHATWG `Request` openapi-fetch builds on each call: building a real one is
 * costly in Node's undici and would be rebuilt by `fetch` anyway. It only keeps what fetch needs.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  /** What openapi-fetch set for this call (the content type of the body). */
  readonly headers: Headers;
  readonly body: BodyInit | StreamingJsonBody | null | undefined;
  readonly settings: AttemptSettings;

  constructor(url: string, init: RequestInit & { settings: AttemptSettings }) {
    this.url = url;
    this.method = init.method ?? "GET";
    // openapi-fetch already merged the headers into a fresh Headers object: keep it, don't copy
    this.headers = init.headers as Headers;
    this.body = init.body as BodyInit | StreamingJsonBody | null | undefined;
    this.settings = init.settings;
  }
}

/** The response handed back to openapi-fetch: status, headers and the body as text. */
export class BufferedResponse {
  readonly ok: boolean;
  constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  text(): Promise<string> {
    return Promise.resolve(this.body);
  }
}

/**
 * Client headers, the body's content type (the one header openapi-fetch sets), then the
 * request's own: one plain object, which undici takes faster than a Headers instance.
 */
function mergeHeaders(
  base: Record<string, string>,
  withJson: Record<string, string>,
  request: LightRequest,
): Record<string, string> {
  const type = request.headers?.get("content-type");
  // the common case, a JSON body and no headers of its own: one shared object (fetch copies it)
  if (!request.settings.headers && (type === "application/json" || !type))
    return type ? withJson : base;
  const headers = { ...base };
  if (type) headers["content-type"] = type;
  return request.settings.headers ? Object.assign(headers, request.settings.headers) : headers;
}

/** Extra `RequestInit` fields for every call (e.g. undici's `dispatcher`); ours take precedence. */
export type FetchOptions = Omit<RequestInit, "method" | "headers" | "body" | "signal"> &
  Record<string, unknown>;

/** `baseHeaders` (lower-case names) go with every request; they hold the credentials: never log them. */
export function createTransport(
  fetchImpl: typeof fetch,
  log: Logger,
  baseHeaders: Record<string, string>,
  fetchOptions?: FetchOptions,
) {
  const base = Object.freeze({ ...baseHeaders });
  const withJson = Object.freeze({ ...baseHeaders, "content-type": "application/json" });
  return async function send(request: LightRequest): Promise<BufferedResponse> {
    const { timeout, maxRetries, signal } = request.settings;
    const label = `${request.method} ${request.url}`;
    const streaming = request.body instanceof StreamingJsonBody ? request.body : undefined;
    const headers = streaming
      ? { ...mergeHeaders(base, withJson, request), "content-length": String(streaming.length) }
      : mergeHeaders(base, withJson, request);
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
      const attempt = startAttempt(timeout, signal);
      const started = Date.now();
      let status: number;
      let responseHeaders: Headers;
      let body: string;
      try {
        const init: RequestInit & { duplex?: "half" } = {
          ...fetchOptions,
          method: request.method,
          headers,
          // a streamed body is opened anew for each attempt
          body: streaming ? streaming.stream() : ((request.body as BodyInit | undefined) ?? null),
          signal: attempt.signal,
          // Redirects are not followed: the API does not send them (one means a wrong baseURL),
          // and a streamed body could not be sent again. With both options Node's fetch also
          // skips cloning the request, which tees its body: the unread branch would keep every
          // chunk of a streamed upload until it ends (nodejs/undici#4058), and the tee alone
          // costs a small JSON request ~15 % of its CPU time.
          redirect: "error",
          window: null,
        };
        if (streaming) init.duplex = "half";
        const response = await fetchImpl(request.url, init);
        status = response.status;
        responseHeaders = response.headers;
        body = await response.text();
      } catch (cause) {
        if (signal?.aborted) throw new APIUserAbortError({ cause });
        const reason = describeCause(cause);
        // Node's fetch with redirect: "error" (a browser's fetch says no more than "failed")
        if (reason === "unexpected redirect") {
          const message = `${label} was answered with a redirect, which the client does not follow: check \`baseURL\`.`;
          throw new APIError(undefined, undefined, message, undefined, { cause });
        }
        const error = attempt.timedOut
          ? new APIConnectionTimeoutError(timeout, { cause })
          : new APIConnectionError(`Connection error: ${reason}`, { cause });
        if (retry >= maxRetries) {
          log.debug(`${label} failed (${error.message}), no retries left`);
          throw error;
        }
        const delay = retryDelayMs(retry);
        log.debug(
          `${label} failed (${error.message}), retry ${retry + 1}/${maxRetries} in ${Math.round(delay)} ms`,
        );
        await wait(delay, signal);
        continue;
      } finally {
        attempt.done();
      }
      const ms = Date.now() - started;
      if (status >= 400 && retry < maxRetries && shouldRetryStatus(status, responseHeaders)) {
        const delay = retryDelayMs(retry, responseHeaders, status === 429 ? body : undefined);
        log.debug(
          `${label} → ${status} in ${ms} ms, retry ${retry + 1}/${maxRetries} in ${Math.round(delay)} ms`,
        );
        await wait(delay, signal);
        continue;
      }
      log.debug(`${label} → ${status} in ${ms} ms`);
      return new BufferedResponse(status, responseHeaders, body);
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

function describeCause(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
  if (inner?.code) return inner.code;
  if (inner?.message) return inner.message;
  return cause instanceof Error ? cause.message : String(cause);
}
