// `@scenario-sdk/client/fetch`: the client's second face, openapi-fetch's `Client<paths>` typed by
// the generated `paths`, for teams who work in its idiom (`api.GET("/assets/{assetId}")` →
// `{ data, error, response }`, middleware, openapi-react-query and swr-openapi on top). Its `fetch`
// is our pipeline, so it keeps the client's credentials, retries, timeouts, logging and proxies.
// The main entry does not import this (openapi-fetch stays out of its bundle).
import type { paths } from "@scenario-sdk/schemas";
import openapiFetch, {
  type Client,
  type ClientOptions as OpenapiFetchOptions,
  type Middleware,
} from "openapi-fetch";
import { Scenario, type ClientOptions } from "./client.js";
import { toHeaders } from "./core/headers.js";
import { requesterOf } from "./core/raw-request.js";
import { ScenarioError } from "./errors.js";

export type { paths, components, operations } from "@scenario-sdk/schemas";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ScenarioError,
} from "./errors.js";

// openapi-fetch's CommonJS build sets `exports.default`; required from our CommonJS build, Node's
// interop hands over that exports object as the default import: take its `.default` then.
const createClient: typeof openapiFetch =
  typeof openapiFetch === "function"
    ? openapiFetch
    : (openapiFetch as unknown as { default: typeof openapiFetch }).default;
export type { Client, Middleware };

/** `new Scenario()`'s options, and openapi-fetch's serializers when the defaults do not fit. */
export interface FetchClientOptions extends ClientOptions {
  /**
   * How openapi-fetch writes query parameters. Default: arrays comma-separated
   * (`types=a,b`, `style: form, explode: false`), as the API and the spec read them.
   */
  querySerializer?: OpenapiFetchOptions["querySerializer"];
  /** How openapi-fetch writes a request body (default: JSON). */
  bodySerializer?: OpenapiFetchOptions["bodySerializer"];
}

/** openapi-fetch's client for the Scenario API, typed by the spec's `paths`. */
export type ScenarioFetchClient = Client<paths>;

/**
 * openapi-fetch's `Client<paths>` sending through the Scenario client's pipeline: the same
 * options and credentials as `new Scenario()` (options, then `SCENARIO_SDK_*` variables), base
 * URL, user agent, retries with backoff and `retry-after`, per-attempt timeout, logging and
 * `fetchOptions`. HTTP errors come back as `{ error, response }`, as openapi-fetch does;
 * connection errors and timeouts throw `APIConnectionError` / `APIConnectionTimeoutError`.
 *
 * ```ts
 * const api = createFetchClient({ apiKey, apiSecret });
 * const { data, error } = await api.GET("/assets/{assetId}", { params: { path: { assetId } } });
 * ```
 */
export function createFetchClient(options: FetchClientOptions = {}): ScenarioFetchClient {
  const { querySerializer, bodySerializer, ...clientOptions } = options;
  const client = new Scenario(clientOptions);
  return createClient<paths>({
    baseUrl: client.baseURL,
    fetch: pipelineFetch(client),
    querySerializer: querySerializer ?? { array: { style: "form", explode: false } },
    bodySerializer,
  });
}

/** A `fetch` for openapi-fetch: each Request it builds goes through the client's requester. */
function pipelineFetch(client: Scenario): (input: Request) => Promise<Response> {
  const requester = requesterOf(client);
  // the base URL as `Request` normalises it, with one trailing slash
  const root = new URL(`${client.baseURL}/`).href;
  return async (input) => {
    if (!input.url.startsWith(root) && `${input.url}/` !== root) {
      throw new ScenarioError(
        `Refusing to send the client's credentials to ${new URL(input.url).origin}: requests go under ${client.baseURL} (check \`baseUrl\` and middleware that rewrites the URL).`,
      );
    }
    const target = `/${input.url.slice(root.length)}`;
    const headers: Record<string, string> = {};
    input.headers.forEach((value, name) => {
      headers[name] = value;
    });
    // bytes can be sent again as they are on a retry
    const body = input.body ? new Uint8Array(await input.arrayBuffer()) : undefined;
    const result = await requester.send(input.method, target, body, {
      headers,
      signal: input.signal,
    });
    const empty = result.text === "" || [204, 205, 304].includes(result.status);
    return new Response(empty ? null : result.text, {
      status: result.status,
      headers: toHeaders(result.headers),
    });
  };
}
