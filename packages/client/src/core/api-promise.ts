// The promise every method returns: awaited, the parsed body; `.withResponse()` adds the raw
// response and the request id, `.asResponse()` gives the raw response only. The request starts
// at once; a WHATWG `Response` is built only when one is asked for (the hot path keeps the status,
// headers and text only).
//
// It is a native Promise with two methods added, not a subclass: `await` on a subclass takes a
// slower path (a thenable job and its own `then`), which measurably cut a loopback GET's
// throughput.

import { toHeaders, type HeaderMap } from "./headers.js";

/** What the transport hands back for one call: enough to build a `Response` on demand. */
export interface RawResponse {
  status: number;
  headers: HeaderMap;
  text: string;
  /** The body already parsed, when the transport did it (see transport-node.ts). */
  json?: unknown;
  /** Present when the body was kept as a stream (downloads). */
  response?: Response;
}

export interface WithResponse<T> {
  data: T;
  /** Built when first read (a getter): taking `data` and `requestID` alone builds none. */
  readonly response: Response;
  /** The `x-request-id` header: quote it to Scenario support. */
  requestID: string | undefined;
}

/** A Promise of the parsed body, with the raw response at hand. */
export interface APIPromise<T> extends Promise<T> {
  /** The raw `Response` (status, headers, body); the body's parsing is then of no concern. */
  asResponse(): Promise<Response>;
  /** The parsed body with the raw `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>>;
}

const ignore = () => {};

/** Where an APIPromise keeps its answer for the two methods below. */
const RAW = Symbol("scenario.rawResponse");
type Held<T> = APIPromise<T> & { [RAW]: Promise<RawResponse> };

function asResponse(this: Held<unknown>): Promise<Response> {
  // whoever asks for the raw response does not await the value: its failure is not unhandled
  this.catch(ignore);
  return this[RAW].then(toResponse);
}

async function withResponse<T>(this: Held<T>): Promise<WithResponse<T>> {
  const [data, answer] = await Promise.all([this, this[RAW]]);
  let response: Response | undefined;
  return {
    data,
    // built when read: a caller after the request id alone (the CLI) builds no Response, and
    // in Node does not load fetch's Response and Headers (tens of ms the first time)
    get response() {
      return (response ??= toResponse(answer));
    },
    requestID: answer.headers.get("x-request-id") ?? undefined,
  };
}

/**
 * The APIPromise of a request in flight (`raw`) whose body `parse` turns into the value. The
 * methods are shared functions and the answer a data property: a closure per call stored on the
 * promise kept each answer alive through young-generation GCs (a page walk spent 3–4× the GC
 * time of a plain loop), so call `.withResponse()` / `.asResponse()` on the promise itself.
 */
export function apiPromise<T>(
  raw: Promise<RawResponse>,
  parse: (raw: RawResponse) => T | Promise<T>,
): APIPromise<T> {
  const value = raw.then(parse) as Held<T>;
  value[RAW] = raw;
  value.asResponse = asResponse;
  value.withResponse = withResponse;
  return value;
}

function toResponse(raw: RawResponse): Response {
  if (raw.response) return raw.response;
  // a body is not allowed with 204/205/304, and an empty one is no body
  return new Response(raw.text === "" ? null : raw.text, {
    status: raw.status,
    headers: toHeaders(raw.headers),
  });
}
