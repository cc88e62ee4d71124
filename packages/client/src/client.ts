// The Scenario class: options, checked once, → one request layer shared by the resources.
import { resolveCredentials, ENV, type CredentialOptions } from "./core/auth.js";
import { credentialFunction, type ClientCredentialOptions } from "./core/credentials.js";
import { isBrowser, isNodeRuntime, isPlainNode, readEnv } from "./core/env.js";
import { createLogger, type LogLevel, type Logger } from "./core/log.js";
import { checkBaseURL, checkHeader, checkRetries, checkTimeout } from "./core/options.js";
import type { APIPromise } from "./core/api-promise.js";
import {
  attachRequester,
  rawRequest,
  requesterOf,
  type RawRequest,
  type RawRequestOptions,
} from "./core/raw-request.js";
import { Requester } from "./core/requester.js";
import type { FetchOptions } from "./core/transport.js";
import { ScenarioError } from "./errors.js";
import { Assets } from "./resources/assets.js";
import { Uploads } from "./resources/uploads.js";
import { VERSION } from "./version.js";

export type { RequestOptions } from "./core/requester.js";
export type { FetchOptions } from "./core/transport.js";
export type { RawRequest, RawRequestOptions } from "./core/raw-request.js";
export type { Credential, ClientCredentialOptions } from "./core/credentials.js";

export const DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** The options of `new Scenario()` and `createFetchClient()`; each has a default. */
export interface ClientOptions extends ClientCredentialOptions {
  /** API root; default SCENARIO_BASE_URL, else https://api.cloud.scenario.com/v1. */
  baseURL?: string | undefined;
  /** Milliseconds per attempt, body included (default 60 000; at most 2³¹−1). */
  timeout?: number | undefined;
  /**
   * Retries on connection errors, 408, 409, 429 and 5xx (default 2). The API has no idempotency
   * key, so a retried POST can create a second asset: pass 0 where that matters.
   */
  maxRetries?: number | undefined;
  /**
   * A `fetch` implementation. Default: in Node, node:http(s) with a keep-alive agent (faster);
   * elsewhere the global `fetch`. Pass `globalThis.fetch` to use fetch in Node too.
   */
  fetch?: typeof fetch | undefined;
  /**
   * Extra `RequestInit` fields for every `fetch` call, e.g. an undici `dispatcher` for a proxy.
   * The client's own fields (method, headers, body, signal) take precedence.
   */
  fetchOptions?: FetchOptions | undefined;
  /** Headers sent with every API request (never to signed storage/CDN URLs). */
  defaultHeaders?: Record<string, string> | undefined;
  /** "off" (default, or SCENARIO_LOG), "error", "warn", "info", "debug". */
  logLevel?: LogLevel | undefined;
  /** Where log lines go (default: console). */
  logger?: Logger | undefined;
  /**
   * Check every response against the spec with @scenario-sdk/schemas (loaded on first use) and
   * throw a ResponseValidationError, with JSON paths, when the API answers something else.
   */
  validateResponses?: boolean | undefined;
  /** Allow construction in a browser page, where your credentials are visible to visitors. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

export class Scenario {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  /** `/assets`: list, upload, retrieve, update, delete, tags, locks, snapshots, downloads. */
  readonly assets: Assets;
  /** `/uploads`: the multipart flow for large files and every kind of asset. */
  readonly uploads: Uploads;
  readonly #options: ClientOptions;

  constructor(options: ClientOptions = {}) {
    if (isBrowser() && !options.dangerouslyAllowBrowser) {
      throw new ScenarioError(
        "Refusing to run in a browser page, where anyone can read your credentials: call the API from your server, or pass `dangerouslyAllowBrowser: true` if they are meant to be public (a short-lived token).",
      );
    }
    this.#options = { ...options };
    // credentials as functions are read per request; strings once, here
    const authorize = credentialFunction(options);
    const credentials = authorize ? undefined : resolveCredentials(options as CredentialOptions);
    this.baseURL = checkBaseURL(options.baseURL ?? readEnv(ENV.baseURL) ?? DEFAULT_BASE_URL);
    this.timeout = checkTimeout(options.timeout) ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = checkRetries(options.maxRetries) ?? DEFAULT_MAX_RETRIES;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== "function") {
      throw new ScenarioError("No `fetch` available: pass one as the `fetch` option.");
    }
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": `scenario-sdk-typescript/${VERSION}`,
    };
    for (const [name, value] of Object.entries(options.defaultHeaders ?? {})) {
      checkHeader(name, value, "defaultHeaders");
      headers[name.toLowerCase()] = value;
    }
    if (credentials) headers.authorization = credentials.authorization;
    const requester = new Requester({
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      headers,
      fetch: fetchImpl,
      fetchOptions: options.fetchOptions,
      log: createLogger(options.logLevel, options.logger),
      validateResponses: options.validateResponses ?? false,
      // Streaming request bodies need Node's fetch (undici); browsers only stream over HTTP/2, and
      // an injected fetch may not take a stream at all: those get the data URL as one string.
      streamImages: !options.fetch && isNodeRuntime(),
      // Node's own HTTP (core/transports.ts) unless a fetch or its options are asked for
      nodeHttp: !options.fetch && !options.fetchOptions && isPlainNode(),
      authorize,
    });
    attachRequester(this, requester);
    this.assets = new Assets(requester);
    this.uploads = new Uploads(requester);
  }

  /** GET a path under `baseURL` (one the spec may not have yet); the answer's JSON. */
  get<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.request<T>({ ...options, method: "GET", path });
  }
  /** POST to a path under `baseURL`; `body` is sent as JSON. */
  post<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.request<T>({ ...options, method: "POST", path });
  }
  /** PUT to a path under `baseURL`; `body` is sent as JSON. */
  put<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.request<T>({ ...options, method: "PUT", path });
  }
  /** DELETE a path under `baseURL`. */
  delete<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.request<T>({ ...options, method: "DELETE", path });
  }
  /**
   * Any request under `baseURL`, with the client's credentials, retries, timeouts and typed
   * errors, e.g. `client.request({ method: "GET", path: "/jobs/" + jobId })`. The answer is
   * `unknown` unless a type is named: `client.request<Job>(…)`.
   */
  request<T = unknown>(request: RawRequest): APIPromise<T> {
    return rawRequest<T>(requesterOf(this), this.baseURL, request);
  }

  /** A client with the same options except those given (e.g. another timeout or project key). */
  withOptions(options: ClientOptions): Scenario {
    return new Scenario({ ...this.#options, ...options });
  }
}
