// The Scenario class: options → one openapi-fetch client whose `fetch` is our transport.
import { createClient, type Client } from "./core/openapi-fetch.js";
import { resolveCredentials, ENV, type CredentialOptions } from "./core/auth.js";
import { isBrowser, isNodeRuntime, readEnv } from "./core/env.js";
import { StreamingJsonBody } from "./core/json-body.js";
import { createLogger, type LogLevel, type Logger } from "./core/log.js";
import {
  createTransport,
  LightRequest,
  type AttemptSettings,
  type FetchOptions,
} from "./core/transport.js";
import { APIError, ScenarioError, snippet } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import { Assets } from "./resources/assets.js";
import { VERSION } from "./version.js";

export const DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

export interface ClientOptions extends CredentialOptions {
  /** API root; default SCENARIO_BASE_URL, else https://api.cloud.scenario.com/v1. */
  baseURL?: string | undefined;
  /** Milliseconds per attempt, body included (default 60 000). */
  timeout?: number | undefined;
  /**
   * Retries on connection errors, 408, 409, 429 and 5xx (default 2). The API has no idempotency
   * key, so a retried upload can create a second asset: pass 0 where that matters.
   */
  maxRetries?: number | undefined;
  /** A `fetch` implementation (default: the global one). */
  fetch?: typeof fetch | undefined;
  /**
   * Extra `RequestInit` fields for every `fetch` call, e.g. an undici `dispatcher` for a proxy.
   * The client's own fields (method, headers, body, signal) take precedence.
   */
  fetchOptions?: FetchOptions | undefined;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** "off" (default, or SCENARIO_LOG), "error", "warn", "info", "debug". */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default: console). */
  logger?: Logger | undefined;
  /**
   * Check every response against the spec with @scenario-sdk/schemas (loaded on first use) and
   * throw its ValidationError, with JSON paths, when the API answers something else.
   */
  validateResponses?: boolean | undefined;
  /** Allow construction in a browser page, where your credentials are visible to visitors. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | null | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  headers?: Record<string, string> | undefined;
}

/** What every call passes to openapi-fetch besides its own params and body. */
export interface CallInit {
  parseAs: "text";
  settings: AttemptSettings;
}

type SchemaName = keyof typeof import("@scenario-sdk/schemas") & string;

export class Scenario {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly assets: Assets;
  readonly #api: Client<paths>;
  readonly #validateResponses: boolean;
  #schemas: Promise<typeof import("@scenario-sdk/schemas")> | undefined;

  constructor(options: ClientOptions = {}) {
    if (isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new ScenarioError(
        "Refusing to run in a browser: your Scenario credentials would be visible to anyone who opens the page. Call the API from your server instead, or pass `dangerouslyAllowBrowser: true` if the credentials are meant to be public (e.g. a short-lived token).",
      );
    }
    const credentials = resolveCredentials(options);
    this.baseURL = options.baseURL ?? readEnv(ENV.baseURL) ?? DEFAULT_BASE_URL;
    this.timeout = nonNegative("timeout", options.timeout) ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = nonNegative("maxRetries", options.maxRetries) ?? DEFAULT_MAX_RETRIES;
    this.#validateResponses = options.validateResponses ?? false;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function") {
      throw new ScenarioError("No `fetch` available: pass one as the `fetch` option.");
    }
    const log = createLogger(options.logLevel, options.logger);
    // Sent with every request. Kept by the transport as a plain object rather than given to
    // openapi-fetch, which would copy them into new Headers objects on every call.
    const headers = lowerCaseKeys({
      Accept: "application/json",
      "User-Agent": `scenario-sdk-typescript/${VERSION}`,
      ...options.defaultHeaders,
      Authorization: credentials.authorization,
    });
    this.#api = createClient<paths>({
      baseUrl: this.baseURL,
      // openapi-fetch calls `new Request(url, init)` then `fetch(request)`: hand it our light
      // request and our transport (retries, timeouts), which calls the real fetch once per attempt.
      Request: LightRequest as unknown as typeof Request,
      fetch: createTransport(
        fetchImpl,
        log,
        headers,
        options.fetchOptions,
      ) as unknown as typeof fetch,
      // Our bodies are JSON and our query values primitives: plain functions spare openapi-fetch
      // building a serializer and inspecting headers on every call.
      bodySerializer: (body: unknown) =>
        StreamingJsonBody.wanted(body) ? new StreamingJsonBody(body) : JSON.stringify(body),
      querySerializer: serializeQuery,
    });
    // Streaming request bodies need Node's fetch (undici); browsers only stream over HTTP/2, and
    // an injected fetch may not take a stream at all: those get the data URL as one string.
    this.assets = new Assets(this, !options.fetch && isNodeRuntime());
  }

  /**
   * Runs one typed openapi-fetch call with the per-request settings, and returns its JSON body
   * or throws the APIError subclass of its status. Used by the resources.
   * @internal
   */
  async _call<T>(
    call: (
      api: Client<paths>,
      init: CallInit,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
    options: RequestOptions | undefined,
    responseSchema: SchemaName,
  ): Promise<T> {
    const init: CallInit = {
      parseAs: "text",
      settings: {
        headers: options?.headers && lowerCaseKeys(options.headers),
        timeout: nonNegative("timeout", options?.timeout) ?? this.timeout,
        maxRetries: nonNegative("maxRetries", options?.maxRetries) ?? this.maxRetries,
        signal: options?.signal,
      },
    };
    const { data, error, response } = await call(this.#api, init);
    if (!response.ok) throw APIError.generate(response.status, error, undefined, response.headers);
    const json = parseJson(data, response);
    if (this.#validateResponses) {
      const schemas = await (this.#schemas ??= import("@scenario-sdk/schemas"));
      return schemas.parse(schemas[responseSchema] as never, json) as T;
    }
    return json as T;
  }
}

/** A 2xx whose body is not JSON (a cut-off answer, a proxy's page) is an APIError, never a SyntaxError. */
function parseJson(text: unknown, response: Response): unknown {
  if (typeof text !== "string" || text === "") {
    throw new APIError(
      response.status,
      undefined,
      "Empty response body where JSON was expected.",
      response.headers,
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new APIError(
      response.status,
      undefined,
      `Response body is not valid JSON (${text.length} bytes): ${snippet(text, 120)}`,
      response.headers,
      { cause },
    );
  }
}

/** `{ originalAssets: true, projectId: "p" }` → "originalAssets=true&projectId=p" (undefined skipped). */
function serializeQuery(query: Record<string, unknown>): string {
  let out = "";
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    out += `${out ? "&" : ""}${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`;
  }
  return out;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

function nonNegative(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) {
    throw new ScenarioError(`\`${name}\` must be a number ≥ 0, got ${String(value)}.`);
  }
  return value;
}
