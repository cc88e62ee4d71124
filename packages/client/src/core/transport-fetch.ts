// The fetch transport: browsers, Deno, Bun, workers, a user's `fetch`, and Node when
// `fetchOptions` are given (e.g. an undici `dispatcher` for a proxy). One attempt; the rules
// around it are transport.ts's.
import { startAttempt } from "./timeout.js";
import { AttemptFailure, type Exchange, type FetchOptions } from "./transport.js";

export function fetchExchange(fetchImpl: typeof fetch, fetchOptions?: FetchOptions): Exchange {
  return async function exchange(request, timeout, signal) {
    const attempt = startAttempt(timeout, signal);
    let response: Response | undefined;
    try {
      const body = typeof request.body === "function" ? request.body() : request.body;
      const init: RequestInit & { duplex?: "half" } = {
        ...fetchOptions,
        method: request.method,
        headers: request.headers,
        body: body ?? null,
        signal: attempt.signal,
        redirect: request.redirect,
      };
      // without a window Node's fetch need not clone (and tee) the request for redirects
      if (request.redirect === "error") init.window = null;
      if (body instanceof ReadableStream) init.duplex = "half";
      response = await fetchImpl(request.url, init);
      const { status, headers } = response;
      if (request.read === "stream" && response.ok) return { status, headers, text: "", response };
      return { status, headers, text: await response.text() };
    } catch (cause) {
      throw new AttemptFailure(cause, attempt.timedOut, response?.status, response?.headers);
    } finally {
      // stream mode: the body's guard has its own idle timer and listens to the caller's signal
      attempt.done();
    }
  };
}
