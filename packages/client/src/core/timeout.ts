// One AbortController per attempt: fires on the timeout or when the caller's signal aborts.
// (AbortSignal.any is slow in Node 20, and one timer per attempt is all we need.)

export interface Attempt {
  readonly signal: AbortSignal;
  /** True when this attempt was aborted by its timer (not by the caller). */
  readonly timedOut: boolean;
  /** Stops the timer and detaches from the caller's signal. */
  done(): void;
}

export function startAttempt(timeoutMs: number, callerSignal?: AbortSignal | null): Attempt {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException("The request timed out.", "TimeoutError"));
  }, timeoutMs);
  // Node: don't keep the process alive just for this timer
  (timer as { unref?: () => void }).unref?.();
  const onAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    done() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onAbort);
    },
  };
}

/** Waits `ms`, or rejects as soon as the caller aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
