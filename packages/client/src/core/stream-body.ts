// A 2xx body handed back as a stream (downloads), loaded with the first one: an idle timeout
// (no chunk for `timeout` ms) and the caller's signal end it with the SDK's errors, and a network
// failure mid-body is an APIConnectionError, not a bare TypeError.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "../errors.js";
import { codeOf, describeCause, hostOf } from "./transport.js";

/** The response with its body guarded; `label` names it in errors. */
export function guardBody(
  response: Response,
  timeout: number,
  signal: AbortSignal | null | undefined,
  label: string,
): Response {
  const reader = response.body!.getReader();
  const host = hostOf(response.url || label.replace(/^\S+ /, ""));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = (error: Error) => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
    reader.cancel(error).catch(() => {});
  };
  let fail: ((error: Error) => void) | undefined;
  const onAbort = () => fail?.(new APIUserAbortError({ cause: signal?.reason }));
  signal?.addEventListener("abort", onAbort, { once: true });
  // an abort that came while the headers were read: the body ends at once, not after the timeout
  const abortedAlready = signal?.aborted === true;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        fail = (error) => {
          stop(error);
          controller.error(error);
        };
        if (abortedAlready) onAbort();
      },
      async pull(controller) {
        timer = setTimeout(
          () => fail?.(new APIConnectionTimeoutError(timeout, undefined, `${label} (body)`, host)),
          timeout,
        );
        (timer as { unref?: () => void }).unref?.();
        try {
          const { done, value } = await reader.read();
          clearTimeout(timer);
          if (done) {
            signal?.removeEventListener("abort", onAbort);
            controller.close();
          } else controller.enqueue(value);
        } catch (cause) {
          fail?.(
            cause instanceof APIError
              ? cause
              : new APIConnectionError(
                  `Connection error while reading ${label}: ${describeCause(cause)}.`,
                  { cause },
                  codeOf(cause),
                  host,
                ),
          );
        }
      },
      cancel(reason) {
        stop(reason instanceof Error ? reason : new APIUserAbortError());
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
