// Response headers as each transport gives them. The retry rules and the request id need only
// `get`; a WHATWG `Headers` is built from Node's plain object (transport-node.ts) only when an
// error or a `Response` needs one (not on the hot path).

/** What the pipeline reads of response headers; `Headers` is one. */
export interface HeaderMap {
  get(name: string): string | null;
  /** Present when the map is not a `Headers` already. */
  toHeaders?(): Headers;
}

/** A `Headers` for errors and `Response`s. */
export function toHeaders(headers: HeaderMap): Headers;
export function toHeaders(headers: HeaderMap | undefined): Headers | undefined;
export function toHeaders(headers: HeaderMap | undefined): Headers | undefined {
  return headers?.toHeaders ? headers.toHeaders() : (headers as Headers | undefined);
}
