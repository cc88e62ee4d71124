// Option checks at construction: every value that would fail later, or fail silently, is refused
// here with a ScenarioError that says what is wrong and never repeats a credential.
import { ScenarioError } from "../errors.js";

export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A whole number in min … max, or undefined when not given. */
function checkWhole(
  value: number | undefined,
  name: string,
  min: number,
  max: number,
  unit: string,
) {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) {
    throw new ScenarioError(`\`${name}\` must be a whole number ${unit}, got ${String(value)}.`);
  }
  return value;
}

/** Milliseconds per attempt: 1 … 2³¹−1 (Node's timers overflow above and fire at once). */
export const checkTimeout = (value: number | undefined): number | undefined =>
  checkWhole(value, "timeout", 1, MAX_TIMEOUT_MS, `of milliseconds from 1 to ${MAX_TIMEOUT_MS}`);

/** Retries: a whole number ≥ 0. */
export const checkRetries = (value: number | undefined): number | undefined =>
  checkWhole(value, "maxRetries", 0, Number.MAX_SAFE_INTEGER, "≥ 0");

/**
 * An http(s) URL without credentials, query or fragment, returned without its trailing slash.
 * The URL itself is quoted only when it holds no credentials.
 */
export function checkBaseURL(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ScenarioError(
      `\`baseURL\` is not a URL; expected e.g. https://api.cloud.scenario.com/v1.`,
    );
  }
  if (url.username || url.password) {
    throw new ScenarioError(
      "`baseURL` must not contain credentials (user:password@); pass apiKey and apiSecret instead.",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ScenarioError(
      `\`baseURL\` must be an http(s) URL, got ${url.protocol}// (${value}).`,
    );
  }
  if (url.search || url.hash || value.includes("?") || value.includes("#")) {
    throw new ScenarioError(
      "`baseURL` must not have a query string or fragment; give parameters to each call and headers in `defaultHeaders`.",
    );
  }
  return value.replace(/\/+$/, "");
}

// Control characters (C0, DEL, C1): a line break pasted with a key, a NUL from a bad file.
// oxlint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// What an HTTP header value may carry as-is (a bearer token is sent unencoded).
const HEADER_TOKEN = /^[\u0021-\u007e]+$/;

// Above U+00FF: HTTP carries header values as bytes (Latin-1); fetch refuses them with a TypeError
// that the transport would take for a network failure and retry.
// (a character beyond U+FFFF is two UTF-16 units, both in this range)
const NOT_LATIN1 = /[\u0100-\uffff]/;

/** Throws when a header (name or value) cannot be sent; the value is never quoted. */
export function checkHeader(name: string, value: string, where: string): void {
  if (typeof name !== "string" || !/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) {
    throw new ScenarioError(`${where}: "${String(name)}" is not a valid HTTP header name.`);
  }
  if (typeof value !== "string") {
    throw new ScenarioError(`${where}: the value of header "${name}" must be a string.`);
  }
  if (CONTROL.test(value.replace(/\t/g, ""))) {
    throw new ScenarioError(
      `${where}: the value of header "${name}" contains a line break or control character.`,
    );
  }
  if (NOT_LATIN1.test(value)) {
    throw new ScenarioError(
      `${where}: the value of header "${name}" has a character HTTP headers cannot carry (above U+00FF, e.g. "€"); encode it first (e.g. with encodeURIComponent).`,
    );
  }
}

/** Per-request headers: a record (`null` drops a default header), a `Headers`, or [name, value] pairs. */
export type RequestHeaders =
  Record<string, string | null | undefined> | Headers | Iterable<readonly [string, string]>;

/** `base` with per-request headers over it (lower-case names; `null` drops one), each checked. */
export function mergeHeaders(
  base: Record<string, string>,
  extra: RequestHeaders,
): Record<string, string> {
  const headers = { ...base };
  for (const [name, value] of headerEntries(extra)) {
    if (value === undefined) continue;
    if (value === null) delete headers[String(name).toLowerCase()];
    else {
      checkHeader(name, value, "headers");
      headers[name.toLowerCase()] = value;
    }
  }
  return headers;
}

/** The [name, value] entries of per-request headers, whatever their form. */
function headerEntries(
  headers: RequestHeaders,
): Iterable<readonly [string, string | null | undefined]> {
  // a plain object first: in Node, reading the global `Headers` loads undici (tens of ms)
  if (typeof (headers as Iterable<unknown>)[Symbol.iterator] !== "function") {
    return Object.entries(headers);
  }
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.entries();
  const pairs = [...(headers as Iterable<unknown>)];
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new ScenarioError("headers: each pair must be [name, value].");
    }
  }
  return pairs as [string, string][];
}

/** Trims a credential and refuses what cannot be sent or would be read wrong; never quotes it. */
export function checkCredential(
  value: string | undefined,
  label: string,
  kind: "key" | "secret" | "token",
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new ScenarioError(`${label} must be a string.`);
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (CONTROL.test(trimmed)) {
    throw new ScenarioError(
      `${label} contains a line break or control character; copy it again from the Scenario web app.`,
    );
  }
  if (kind === "key" && trimmed.includes(":")) {
    throw new ScenarioError(
      `${label} contains ":", which Basic authentication reads as the end of the key; check that key and secret are not swapped or joined.`,
    );
  }
  if (kind === "token" && !HEADER_TOKEN.test(trimmed)) {
    throw new ScenarioError(
      `${label} contains spaces or characters an HTTP header cannot carry; a token is one word of printable ASCII.`,
    );
  }
  return trimmed;
}
