// The escape hatch (openai-node's `client.get/post/request`): any path under the base URL, with
// the client's credentials, retries, timeouts, typed errors and APIPromise. For endpoints the
// spec does not have yet (e.g. polling `/jobs/{jobId}`). Only paths under `baseURL`: an absolute
// URL to another place is refused, so the credentials never leave for it.
import { APIError, ScenarioError } from "../errors.js";
import { apiPromise, type APIPromise, type RawResponse } from "./api-promise.js";
import { parseError, parseJson } from "./body.js";
import { serializeQuery } from "./operation.js";
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

const METHODS = new Set<string>(["GET", "POST", "PUT", "PATCH", "DELETE"]);

/** The path (and query) after the base URL; throws for a URL elsewhere. */
export function resolveTarget(baseURL: string, path: string, query?: Record<string, unknown>) {
  if (typeof path !== "string" || path === "") {
    throw new ScenarioError("A request needs a path under the base URL, e.g. `/jobs/job_123`.");
  }
  let target = path;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) {
    // absolute: only the base URL itself or below it (credentials go nowhere else)
    if (!(path === baseURL || path.startsWith(`${baseURL}/`) || path.startsWith(`${baseURL}?`))) {
      const where = path.startsWith("//") ? path.split("/")[2] : safeOrigin(path);
      throw new ScenarioError(
        `Refusing to send the client's credentials to ${where}: \`client.request\` takes a path under ${baseURL} (e.g. \`/jobs/job_123\`). Use fetch for other hosts.`,
      );
    }
    target = path.slice(baseURL.length);
  } else if (!path.startsWith("/")) {
    target = `/${path}`;
  }
  const search = query ? serializeQuery(query) : "";
  return search ? `${target}${target.includes("?") ? "&" : "?"}${search}` : target;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin; // never the path or query, which may carry a secret
  } catch {
    return "another host";
  }
}

/** Sends a raw request and parses its answer: JSON (`undefined` when empty); errors typed. */
export function rawRequest<T = unknown>(
  requester: Requester,
  baseURL: string,
  request: RawRequest,
): APIPromise<T> {
  const { method, path, query, body, ...options } = request;
  const raw = (async (): Promise<RawResponse> => {
    const verb = typeof method === "string" ? method.toUpperCase() : method;
    if (!METHODS.has(verb)) {
      throw new ScenarioError(
        `Unsupported method ${String(method)}: use ${[...METHODS].join(", ")}.`,
      );
    }
    const target = resolveTarget(baseURL, path, query);
    const sent = body === undefined ? undefined : JSON.stringify(body);
    const result = await requester.send(verb, target, sent, options);
    if (result.status < 200 || result.status >= 300) {
      throw APIError.generate(result.status, parseError(result.text), undefined, result.headers);
    }
    return result;
  })();
  return apiPromise(raw, (answer) => parseJson(answer, true) as T);
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
