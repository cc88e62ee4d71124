// Response headers as each transport gives them. The retry rules and the request id need only
// `get`; a WHATWG `Headers` is built from Node's plain object only when an error or a `Response`
// needs one (not on the hot path).

/** What the pipeline reads of response headers; `Headers` is one. */
export interface HeaderMap {
  get(name: string): string | null;
}

type Raw = Record<string, string | string[] | undefined>;

/** Node's `IncomingMessage.headers` (lower-case names) behind `get`. */
export class NodeHeaders implements HeaderMap {
  readonly raw: Raw;
  constructor(raw: Raw) {
    this.raw = raw;
  }
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }
}

/** A `Headers` for errors and `Response`s. */
export function toHeaders(headers: HeaderMap): Headers;
export function toHeaders(headers: HeaderMap | undefined): Headers | undefined;
export function toHeaders(headers: HeaderMap | undefined): Headers | undefined {
  if (!(headers instanceof NodeHeaders)) return headers as Headers | undefined;
  const out = new Headers();
  for (const [name, value] of Object.entries(headers.raw)) {
    if (Array.isArray(value)) for (const one of value) out.append(name, one);
    else if (value !== undefined) out.set(name, value);
  }
  return out;
}
