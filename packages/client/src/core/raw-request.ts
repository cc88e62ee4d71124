// The escape hatch (openai-node's `client.get/post/request`): any path under the base URL, with
// the client's credentials, retries, timeouts, typed errors and APIPromise. For endpoints the
// spec does not have yet (e.g. polling `/jobs/{jobId}`). Only paths under `baseURL`: an absolute
// URL to another place is refused, so the credentials never leave for it (raw-target.ts, loaded
// with the first raw request).
import { ScenarioError } from "../errors.js";
import { apiPromise, type APIPromise, type RawResponse } from "./api-promise.js";
import { checkStatus, parseJson } from "./parse.js";
import type { RequestOptions } from "./requester.js";
import type { Requester } from "./requester.js";

export type HTTPMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A call's query and body, with the per-request options. */
export interface RawRequestOptions extends RequestOptions {
  /** Query parameters; arrays are sent comma-separated, `undefined` values left out. */
  query?: Record<string, unknown> | undefined;
  /** Sent as JSON. */
  body?: unknown;
}

/** `client.request()`'s argument: the method and a path under the base URL. */
export interface RawRequest extends RawRequestOptions {
  method: HTTPMethod;
  /** A path under `baseURL`, e.g. `/jobs/job_123` (an absolute URL only when under `baseURL`). */
  path: string;
}

// loaded with the first raw request, then reused: an `import()` per call costs 2–4 µs in Node 20
let targets: Promise<typeof import("./raw-target.js")> | undefined;

/** Sends a raw request and parses its answer: JSON (`undefined` when empty); errors typed. */
export function rawRequest<T = unknown>(
  requester: Requester,
  baseURL: string,
  request: RawRequest,
): APIPromise<T> {
  const { method, path, query, body, ...options } = request;
  const raw = (async (): Promise<RawResponse> => {
    const { checkMethod, resolveTarget } = await (targets ??= import("./raw-target.js"));
    const verb = checkMethod(method);
    const target = resolveTarget(baseURL, path, query);
    const sent = body === undefined ? undefined : JSON.stringify(body);
    return checkStatus(await requester.send(verb, target, sent, options));
  })();
  return apiPromise(raw, (answer) => parseJson(answer) as T);
}

// Each client's requester, for the methods above and the `./fetch` face (a WeakMap keeps the
// requester out of the public class and lets a dropped client be collected).
const REQUESTERS = new WeakMap<object, Requester>();

/** @internal */
export function attachRequester(client: object, requester: Requester): void {
  REQUESTERS.set(client, requester);
}

/** @internal The requester of a `Scenario` client. */
export function requesterOf(client: object): Requester {
  const requester = REQUESTERS.get(client);
  if (!requester) throw new ScenarioError("Not a Scenario client.");
  return requester;
}
