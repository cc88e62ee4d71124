// The one request layer. An API call names an operation of the generated table and passes its
// params; placement, the URL, headers, retries, parsing and validation all happen here, so each
// resource method is one line. Signed storage/CDN URLs go through the same transport without
// credentials.
//
// No HTTP library sits between this and `fetch`: the typing comes from the generated types
// (openapi-typescript), the placement from the generated table. openapi-fetch, which this was
// first built on, cost time and allocation per call for nothing the table does not do.
import { APIError, ResponseValidationError, ScenarioError } from "../errors.js";
import { OPERATIONS, type OperationId } from "../generated/operations.js";
import { apiPromise, type APIPromise, type RawResponse } from "./api-promise.js";
import type { StreamingJsonBody } from "./json-body.js";
import type { LevelLogger } from "./log.js";
import {
  expandPath,
  placeParams,
  serializeQuery,
  type CallParams,
  type OperationSpec,
  type Result,
} from "./operation.js";
import { checkHeader, checkRetries, checkTimeout } from "./options.js";
import {
  CursorPage,
  pagePromise,
  type CursorBody,
  type Page,
  type PagePromise,
} from "./pagination.js";
import {
  createTransport,
  type AttemptSettings,
  type FetchOptions,
  type Send,
  type SendResult,
} from "./transport.js";

/** Per-request options, over the client's. */
export interface RequestOptions {
  /** Aborts the request (and its retries). */
  signal?: AbortSignal | null | undefined;
  /** Milliseconds per attempt. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Headers for this request; `null` drops a default header. */
  headers?: Record<string, string | null | undefined> | undefined;
}

/** The client's settings, checked (see client.ts). */
export interface RequesterConfig {
  baseURL: string;
  timeout: number;
  maxRetries: number;
  /** Sent with every API call (lower-case names); holds the credentials: never log it. */
  headers: Record<string, string>;
  fetch: typeof fetch;
  fetchOptions: FetchOptions | undefined;
  log: LevelLogger;
  validateResponses: boolean;
  /** Send image bytes as they are encoded (Node's fetch) rather than as one string. */
  streamImages: boolean;
  /** Whether the client's fetch is Node's own, with no `fetchOptions` (lib/uploads.ts). */
  nodeFetch: boolean;
}

/** A request to a signed URL: no credentials, no default headers. */
export interface SignedRequest {
  method: "GET" | "PUT";
  url: string;
  /** A body that can be sent again as it is, or a function giving a fresh one per attempt. */
  body?: BodyInit | (() => BodyInit) | undefined;
  headers?: Record<string, string> | undefined;
  /** "stream": a 2xx body is handed back unread (downloads). */
  read: "text" | "stream";
  /** Default "follow"; a streamed body cannot be sent again to another place: "error". */
  redirect?: "follow" | "error" | undefined;
  /** Another `fetch` for this request (Node's file uploads: lib/node-put.ts). */
  fetch?: typeof fetch | undefined;
}

type PagedId = {
  [K in OperationId]: (typeof OPERATIONS)[K] extends { items: string } ? K : never;
}[OperationId];
type ItemOf<K extends PagedId> = Result<K>[(typeof OPERATIONS)[K]["items"] &
  keyof Result<K>] extends (infer I)[]
  ? I
  : never;
/** The page a list operation resolves to, e.g. `.assets` and `.nextPaginationToken`. */
export type PageOf<K extends PagedId> = Page<Result<K> & CursorBody, ItemOf<K>>;

/** An error body: its JSON when it is JSON, else the text ("" when there is none). */
function parseError(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The request layer the resources share (not exported from the package). */
export class Requester {
  readonly #config: RequesterConfig;
  readonly #send: Send;
  readonly #withJson: Record<string, string>;
  /** The base URL's origin, cut from log labels (method and path only). */
  readonly #origin: string;
  /** The settings of a call without options. */
  readonly #defaults: AttemptSettings;
  #schemas: Promise<typeof import("@scenario-sdk/schemas")> | undefined;
  // Loaded with the first image sent: a browser bundle splits them off until then.
  #files: Promise<typeof import("./files.js")> | undefined;
  /** Node only (streamImages): base64-encodes image bytes as the body is sent. */
  #jsonBody: Promise<typeof import("./json-body.js")> | undefined;

  constructor(config: RequesterConfig) {
    this.#config = config;
    this.#send = createTransport(config.fetch, config.log, config.fetchOptions);
    this.#withJson = { ...config.headers, "content-type": "application/json" };
    this.#origin = new URL(config.baseURL).origin;
    this.#defaults = Object.freeze({ timeout: config.timeout, maxRetries: config.maxRetries });
  }

  /** One API call: resolves to the parsed body (see APIPromise). */
  call<K extends OperationId>(
    operation: K,
    params: CallParams<K> | undefined,
    options: RequestOptions | undefined,
  ): APIPromise<Result<K>> {
    const spec: OperationSpec = OPERATIONS[operation];
    return apiPromise(this.#request(spec, params, options), (raw) =>
      this.#parse(spec, raw),
    ) as APIPromise<Result<K>>;
  }

  /** A list call: awaited, the first page; iterated, every item of every page. */
  page<K extends PagedId>(
    operation: K,
    params: CallParams<K> | undefined,
    options: RequestOptions | undefined,
  ): PagePromise<PageOf<K>, ItemOf<K>> {
    const spec: OperationSpec = OPERATIONS[operation];
    const next = (paginationToken: string) =>
      this.page(operation, { ...params, paginationToken } as unknown as CallParams<K>, options);
    return pagePromise(
      this.#request(spec, params, options),
      async (raw) => new CursorPage(await this.#parse(spec, raw), spec.items!, next) as PageOf<K>,
    );
  }

  /** True when requests go through Node's own fetch, untouched (see RequesterConfig). */
  get nodeFetch(): boolean {
    return this.#config.nodeFetch;
  }

  /** A request to a signed storage/CDN URL: timeouts, retries and typed errors, no credentials. */
  async signed(request: SignedRequest, options?: RequestOptions): Promise<SendResult> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      throw new ScenarioError("The signed URL the API returned is not a URL.");
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new ScenarioError(`A signed URL must be http(s), got ${url.protocol}.`);
    }
    const settings = this.#settings(options);
    // the query string of a signed URL is its credential: never in a log or an error
    const label = `${request.method} ${url.origin}${url.pathname}`;
    const result = await this.#send({
      fetch: request.fetch,
      method: request.method,
      url: request.url,
      headers: request.headers ?? {},
      body: request.body,
      redirect: request.redirect ?? "follow",
      read: request.read,
      settings,
      label,
    });
    if (result.response) {
      const { guardBody } = await import("./stream-body.js");
      result.response = guardBody(result.response, settings.timeout, settings.signal, label);
    }
    if (result.status >= 200 && result.status < 300) return result;
    throw APIError.generate(result.status, parseError(result.text), undefined, result.headers);
  }

  async #request(
    spec: OperationSpec,
    params: object | undefined,
    options: RequestOptions | undefined,
  ): Promise<RawResponse> {
    const { path, query, body } = placeParams(
      spec,
      params as Record<string, unknown> | undefined,
      spec.sdk,
    );
    let stream: StreamingJsonBody | undefined;
    let bytes = false;
    for (const field of spec.images ?? []) {
      const value = body?.[field];
      if (value === undefined) continue;
      const { checkImage } = await (this.#files ??= import("./files.js"));
      const checked = await checkImage(value as never, field);
      // bytes stay bytes when they can be streamed (Node's fetch), else one data URL string
      bytes ||= typeof checked !== "string" && this.#config.streamImages;
      body![field] = typeof checked === "string" || bytes ? checked : await checked.toDataUrl();
    }
    if (bytes) {
      // image bytes are base64-encoded as the body is sent (see json-body.ts)
      const { StreamingJsonBody } = await (this.#jsonBody ??= import("./json-body.js"));
      stream = new StreamingJsonBody(body!);
    }
    const search = serializeQuery(query);
    const target = expandPath(spec.path, path) + (search ? `?${search}` : "");
    const headers = this.#headers(options, body !== undefined);
    const result = await this.#send({
      method: spec.method,
      url: this.#config.baseURL + target,
      headers: stream ? { ...headers, "content-length": String(stream.length) } : headers,
      // a streamed body is opened anew for each attempt
      body: stream ? () => stream.stream() : body && JSON.stringify(body),
      redirect: "error",
      read: "text",
      settings: this.#settings(options),
      label: `${spec.method} ${this.#config.baseURL.slice(this.#origin.length)}${target}`,
    });
    if (result.status < 200 || result.status >= 300) {
      throw APIError.generate(result.status, parseError(result.text), undefined, result.headers);
    }
    return result;
  }

  #settings(options: RequestOptions | undefined): AttemptSettings {
    if (!options) return this.#defaults; // the common case: nothing to check or build
    return {
      timeout: checkTimeout(options.timeout) ?? this.#config.timeout,
      maxRetries: checkRetries(options.maxRetries) ?? this.#config.maxRetries,
      signal: options.signal,
    };
  }

  /** The client's headers, the body's type, then the call's (`null` drops one). */
  #headers(options: RequestOptions | undefined, json: boolean): Record<string, string> {
    const base = json ? this.#withJson : this.#config.headers;
    if (!options?.headers) return base; // shared, never mutated: fetch copies it
    const headers = { ...base };
    for (const [name, value] of Object.entries(options.headers)) {
      if (value === undefined) continue;
      if (value === null) delete headers[name.toLowerCase()];
      else {
        checkHeader(name, value, "headers");
        headers[name.toLowerCase()] = value;
      }
    }
    return headers;
  }

  /** A 2xx body must be the JSON object the spec promises; with validateResponses, checked too. */
  #parse(spec: OperationSpec, raw: RawResponse): never | Promise<never> {
    const { status, headers, text } = raw;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new APIError(
        status,
        undefined,
        text === ""
          ? "Empty response body where a JSON object was expected."
          : `Response body is not valid JSON (${text.length} bytes): ${text}`,
        headers,
        { cause },
      );
    }
    if (json === null || typeof json !== "object" || Array.isArray(json)) {
      throw new APIError(
        status,
        undefined,
        `Response body is ${Array.isArray(json) ? "an array" : String(json)} where a JSON object was expected.`,
        headers,
      );
    }
    return (this.#config.validateResponses ? this.#validate(spec, raw, json) : json) as never;
  }

  /** validateResponses: the answer against its component, by @scenario-sdk/schemas (loaded once). */
  async #validate(spec: OperationSpec, raw: RawResponse, json: object): Promise<never> {
    const schemas = await (this.#schemas ??= import("@scenario-sdk/schemas"));
    const schema = schemas[spec.response as keyof typeof schemas] as Parameters<
      typeof schemas.parse
    >[0];
    try {
      schemas.parse(schema, json);
    } catch (error) {
      if (!(error instanceof schemas.ValidationError)) throw error;
      throw new ResponseValidationError(raw.status, raw.headers, json, error.issues, error.message);
    }
    return json as never;
  }
}
