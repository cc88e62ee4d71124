// What openapi-fetch builds and calls for each API request, replaced by lighter pieces: it calls
// `new Request(url, init)` then `fetch(request)`. A WHATWG Request is costly in Node's undici and
// fetch would rebuild it anyway, so LightRequest keeps what the transport needs, and the fetch
// we give openapi-fetch hands back the buffered status, headers and text.
import type { AttemptSettings, Send } from "./transport.js";

/** A body sent as a stream of known length, opened anew for each attempt (json-body.ts). */
export interface StreamBody {
  readonly length: number;
  stream(): ReadableStream<Uint8Array>;
}

export function isStreamBody(body: unknown): body is StreamBody {
  return typeof (body as StreamBody | null)?.stream === "function";
}

/** What every API call passes to openapi-fetch besides its params and body. */
export interface CallInit {
  parseAs: "text";
  settings: AttemptSettings;
  /** Final headers (lower-case names): the client's, the body's type, the call's. */
  sdkHeaders: Record<string, string>;
}

export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly body: BodyInit | StreamBody | null | undefined;
  readonly settings: AttemptSettings;
  readonly sdkHeaders: Record<string, string>;

  constructor(url: string, init: RequestInit & CallInit) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.body = init.body as BodyInit | StreamBody | null | undefined;
    this.settings = init.settings;
    this.sdkHeaders = init.sdkHeaders;
  }
}

/** The answer handed to openapi-fetch: it reads `ok`, `status`, `headers` and `text()`. */
export class BufferedResponse {
  readonly ok: boolean;
  constructor(
    readonly status: number,
    readonly headers: Headers,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
  }
  text(): Promise<string> {
    return Promise.resolve(this.body);
  }
}

/** The `fetch` given to openapi-fetch; `origin` is cut from log labels (method and path only). */
export function apiFetch(send: Send, origin: string) {
  return async (request: LightRequest): Promise<BufferedResponse> => {
    const streaming = isStreamBody(request.body) ? request.body : undefined;
    const result = await send({
      method: request.method,
      url: request.url,
      headers: streaming
        ? { ...request.sdkHeaders, "content-length": String(streaming.length) }
        : request.sdkHeaders,
      // a streamed body is opened anew for each attempt
      body: streaming ? () => streaming.stream() : (request.body as BodyInit | null | undefined),
      redirect: "error",
      read: "text",
      settings: request.settings,
      label: `${request.method} ${request.url.startsWith(origin) ? request.url.slice(origin.length) : request.url}`,
    });
    return new BufferedResponse(result.status, result.headers, result.text);
  };
}
