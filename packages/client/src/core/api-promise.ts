// The promise every method returns: awaited, the parsed body; `.withResponse()` adds the raw
// response and the request id, `.asResponse()` gives the raw response only. The request starts
// at once; the body is parsed only when the value is asked for, and a WHATWG `Response` is
// built only when one is asked for (the hot path keeps the status, headers and text only).

/** What the transport hands back for one call: enough to build a `Response` on demand. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Present when the body was kept as a stream (downloads). */
  response?: Response;
}

export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The `x-request-id` header: quote it to Scenario support. */
  requestID: string | undefined;
}

export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<RawResponse>;
  readonly #parse: (raw: RawResponse) => T | Promise<T>;
  #parsed: Promise<T> | undefined;

  /** @internal */
  constructor(raw: Promise<RawResponse>, parse: (raw: RawResponse) => T | Promise<T>) {
    // the base promise is never used: then/catch/finally read the parsed value below
    super((resolve) => resolve(undefined as T));
    this.#raw = raw;
    this.#parse = parse;
  }

  // `.then` on the base class would build new APIPromises through this constructor
  static override get [Symbol.species]() {
    return Promise;
  }

  #value(): Promise<T> {
    return (this.#parsed ??= this.#raw.then(this.#parse));
  }

  /** The raw `Response` (status, headers, body), without parsing the body. */
  asResponse(): Promise<Response> {
    return this.#raw.then(toResponse);
  }

  /** The parsed body with the raw `Response` and the request id. */
  async withResponse(): Promise<WithResponse<T>> {
    const [data, raw] = await Promise.all([this.#value(), this.#raw]);
    return {
      data,
      response: toResponse(raw),
      requestID: raw.headers.get("x-request-id") ?? undefined,
    };
  }

  // a promise subclass: `then` is the point (the value is read lazily)
  // oxlint-disable-next-line unicorn/no-thenable
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#value().then(onfulfilled, onrejected);
  }

  override catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<T | R> {
    return this.#value().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#value().finally(onfinally);
  }
}

function toResponse(raw: RawResponse): Response {
  if (raw.response) return raw.response;
  // a body is not allowed with 204/205/304, and an empty one is no body
  return new Response(raw.text === "" ? null : raw.text, {
    status: raw.status,
    headers: raw.headers,
  });
}
