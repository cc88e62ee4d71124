// The one request layer. An API call names an operation of the generated table and passes its
// params; placement, the URL, headers, retries, parsing and validation all happen here, so each
// resource method is one line. Signed storage/CDN URLs go through the same transport without
// credentials. No HTTP library sits between this and the transport: the typing comes from the
// generated types (openapi-typescript), the placement from the generated table; openapi-fetch is
// the `./fetch` face's, over `send` below (see fetch.ts).
import { ScenarioError } from "../errors.js";
import { OPERATIONS, type OperationId } from "../generated/operations.js";
import { apiPromise, type APIPromise, type RawResponse } from "./api-promise.js";
import { apiSend, type Authorize } from "./credentials.js";
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
import { checkRetries, checkTimeout, mergeHeaders, type RequestHeaders } from "./options.js";
import { checkStatus, createParser } from "./parse.js";
import { listPages, type CursorBody, type Page, type PagePromise } from "./pagination.js";
import type { AttemptSettings, FetchOptions, Send, SendResult } from "./transport.js";
import { createTransport } from "./transports.js";

/** Per-request options, over the client's. */
export interface RequestOptions {
  /** Aborts the request (and its retries). */
  signal?: AbortSignal | null | undefined;
  /** Milliseconds per attempt. */
  timeout?: number | undefined;
  /** Retries for this request (see the client's `maxRetries`). */
  maxRetries?: number | undefined;
  /** Headers for this request: a record (`null` drops a default), a `Headers`, or pairs. */
  headers?: RequestHeaders | undefined;
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
  /** True for the Node transport: plain Node, no user `fetch`, no `fetchOptions` (transports.ts). */
  nodeHttp: boolean;
  /** Credentials given as functions: the Authorization value, read per request. */
  authorize?: Authorize | undefined;
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

/** The request layer the resources share (not exported from the package). */
export class Requester {
  readonly #config: RequesterConfig;
  readonly #send: Send;
  /** API calls: #send with per-request credentials and the lost-answer hint (credentials.ts). */
  readonly #sendApi: Send;
  readonly #withJson: Record<string, string>;
  /** The base URL's origin, cut from log labels (method and path only). */
  readonly #origin: string;
  /** The settings of a call without options. */
  readonly #defaults: AttemptSettings;
  readonly #parse: (spec: OperationSpec, raw: RawResponse) => never | Promise<never>;
  // Loaded with the first image sent: a browser bundle splits them off until then.
  #files: Promise<typeof import("./files.js")> | undefined;
  /** Node only (streamImages): base64-encodes image bytes as the body is sent. */
  #jsonBody: Promise<typeof import("./json-body.js")> | undefined;

  constructor(config: RequesterConfig) {
    this.#config = config;
    this.#send = createTransport(config, config.log);
    this.#sendApi = apiSend(this.#send, config.authorize);
    this.#withJson = { ...config.headers, "content-type": "application/json" };
    this.#origin = new URL(config.baseURL).origin;
    this.#defaults = Object.freeze({ timeout: config.timeout, maxRetries: config.maxRetries });
    this.#parse = createParser(config.validateResponses);
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
    const source = {
      label: `${spec.sdk} (${spec.method} ${spec.path})`,
      items: spec.items!,
      fetch: (next: object | undefined) => this.#request(spec, next, options),
      parse: (raw: RawResponse) => this.#parse(spec, raw) as object,
    };
    return listPages(source, params as Record<string, unknown> | undefined);
  }

  /** True when requests go through the Node transport (see RequesterConfig). */
  get nodeHttp(): boolean {
    return this.#config.nodeHttp;
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
    return checkStatus(result);
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
    // a streamed body is opened anew for each attempt
    const sent = stream ? () => stream.stream() : body && JSON.stringify(body);
    return checkStatus(await this.send(spec.method, target, sent, options, stream?.length));
  }

  /**
   * A request to `target` (path and query) under the base URL, with the client's headers and
   * credentials, answered whatever its status: the path of every API call, raw ones included.
   */
  send(
    method: string,
    target: string,
    body: BodyInit | (() => BodyInit) | undefined,
    options: RequestOptions | undefined,
    length?: number,
  ): Promise<SendResult> {
    const headers = this.#headers(options, body !== undefined);
    return this.#sendApi({
      method,
      url: this.#config.baseURL + target,
      headers: length === undefined ? headers : { ...headers, "content-length": String(length) },
      body,
      redirect: "error",
      read: "text",
      settings: this.#settings(options),
      label: `${method} ${this.#config.baseURL.slice(this.#origin.length)}${target}`,
    });
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
    // shared, never mutated: fetch copies it
    return options?.headers ? mergeHeaders(base, options.headers) : base;
  }
}
