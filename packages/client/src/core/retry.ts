// When to retry and how long to wait: the rules of DESIGN §4, as pure functions.
import type { HeaderMap } from "./headers.js";

const MAX_SERVER_DELAY_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** Retry a status? `x-should-retry` overrides; else 408, 409, 429 and 5xx. */
export function shouldRetryStatus(status: number, headers: HeaderMap): boolean {
  const hint = headers.get("x-should-retry");
  if (hint === "true") return true;
  if (hint === "false") return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** The wait the server asked for (`retry-after-ms`, `retry-after`, 429 `remainingSeconds`), if ≤ 60 s. */
export function serverDelayMs(
  headers: HeaderMap | undefined,
  body?: string,
  now = Date.now(),
): number | undefined {
  const ms = headers?.get("retry-after-ms");
  if (ms != null) {
    const value = Number.parseFloat(ms);
    if (Number.isFinite(value)) return accept(value);
  }
  const after = headers?.get("retry-after");
  if (after != null) {
    const seconds = Number.parseFloat(after);
    if (Number.isFinite(seconds) && /^\s*[\d.]+\s*$/.test(after)) return accept(seconds * 1000);
    const date = Date.parse(after);
    if (Number.isFinite(date)) return accept(date - now);
  }
  const remaining = remainingSeconds(body);
  return remaining === undefined ? undefined : accept(remaining * 1000);
}

function accept(ms: number): number | undefined {
  return ms >= 0 && ms <= MAX_SERVER_DELAY_MS ? ms : undefined;
}

/** A 429 body's `remainingSeconds`, when the body is JSON and has it. */
function remainingSeconds(body: string | undefined): number | undefined {
  if (!body || !body.includes("remainingSeconds")) return undefined;
  try {
    const value = (JSON.parse(body) as { remainingSeconds?: unknown }).remainingSeconds;
    return typeof value === "number" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `min(0.5 s · 2^retry, 8 s)` less up to 25 % jitter; `retry` counts from 0. */
export function backoffMs(retry: number, random = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_BACKOFF_MS);
  return base * (1 - random() * 0.25);
}

/** The delay before retry number `retry`: the server's word when usable, else backoff. */
export function retryDelayMs(retry: number, headers?: HeaderMap, body?: string): number {
  return serverDelayMs(headers, body) ?? backoffMs(retry);
}
