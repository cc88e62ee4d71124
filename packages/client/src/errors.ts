// The whole error hierarchy of the client, and the status → class factory.
import type { components } from "@scenario-sdk/schemas";

/** An error body as the API sends it (no published schema: the fields seen in practice). */
export type APIErrorBody = components["schemas"]["Error"];

/** Longest text taken from a response into an error message; the full body stays on the error. */
const MAX_MESSAGE_CHARS = 200;

/** Base class of every error this SDK throws. */
export class ScenarioError extends Error {
  override name = "ScenarioError";
}

/** Thrown before any request when an image argument cannot be sent (type, size or content). */
export class InvalidImageError extends ScenarioError {
  override name = "InvalidImageError";
}

/**
 * A file or Blob could not be read while it was sent (changed, truncated or removed on disk):
 * the input failed, not the network, so it is not retried.
 */
export class InputReadError extends ScenarioError {
  override name = "InputReadError";
}

/** An upload the API could not import (status `failed`): its `errorMessage` and upload id. */
export class UploadFailedError extends ScenarioError {
  override name = "UploadFailedError";
  constructor(
    readonly uploadId: string,
    /** The API's `errorMessage`, when it gave one. */
    readonly errorMessage: string | undefined,
  ) {
    super(
      `Upload ${uploadId} failed${errorMessage ? `: ${snippet(errorMessage)}` : " (the API gave no reason)"}.`,
    );
  }
}

/**
 * Waiting for an upload took longer than its timeout. The upload may still finish: call
 * `client.uploads.wait(error.uploadId)` again later.
 */
export class UploadTimeoutError extends ScenarioError {
  override name = "UploadTimeoutError";
  constructor(
    readonly uploadId: string,
    timeoutMs: number,
    /** The status the upload had at the last poll (e.g. `validating`). */
    readonly lastStatus?: string | undefined,
  ) {
    super(
      `Upload ${uploadId} was still being processed after ${timeoutMs} ms${lastStatus ? ` (last status: ${lastStatus})` : ""}; it may still finish: call \`client.uploads.wait("${uploadId}")\` again later.`,
    );
  }
}

/** An HTTP answer that is not the expected success, or no answer at all (subclasses). */
export class APIError extends ScenarioError {
  override name = "APIError";
  /** HTTP status, undefined when no response arrived. */
  readonly status: number | undefined;
  /** Response headers, undefined when no response arrived. */
  readonly headers: Headers | undefined;
  /** The parsed error body (a JSON object, or the raw text when it was not JSON). */
  readonly error: APIErrorBody | string | undefined;
  /** `x-request-id` header, or the body's `traceId`: quote it to Scenario support. */
  readonly requestID: string | undefined;

  constructor(
    status: number | undefined,
    error: unknown,
    message: string | undefined,
    headers: Headers | undefined,
    options?: ErrorOptions,
  ) {
    super(makeMessage(status, error, message), options);
    this.status = status;
    this.headers = headers;
    this.error = error as APIErrorBody | string | undefined;
    this.requestID = headers?.get("x-request-id") ?? traceIdOf(error);
  }

  /** Builds the subclass that matches an HTTP status. */
  static generate(
    status: number,
    error: unknown,
    message: string | undefined,
    headers: Headers,
  ): APIError {
    const ErrorClass = STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : APIError);
    return new ErrorClass(status, error, message, headers);
  }
}

export class BadRequestError extends APIError {
  override name = "BadRequestError";
  declare readonly status: 400;
  declare readonly headers: Headers;
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
  declare readonly status: 401;
  declare readonly headers: Headers;
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
  declare readonly headers: Headers;
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
  declare readonly status: 404;
  declare readonly headers: Headers;
}
export class ConflictError extends APIError {
  override name = "ConflictError";
  declare readonly status: 409;
  declare readonly headers: Headers;
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
  declare readonly status: 422;
  declare readonly headers: Headers;
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  declare readonly status: 429;
  declare readonly headers: Headers;
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
  declare readonly status: number;
  declare readonly headers: Headers;
}

/** One problem `validateResponses` found in a response, with the JSON path of the value. */
export interface ResponseIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

/**
 * `validateResponses: true` and a 2xx answer that does not match the spec. The parsed `body`
 * is kept (an asset the server created still has its id there), with every issue and its path.
 */
export class ResponseValidationError extends APIError {
  override name = "ResponseValidationError";
  declare readonly status: number;
  declare readonly headers: Headers;
  /** The parsed response body that failed validation. */
  readonly body: unknown;
  readonly issues: readonly ResponseIssue[];

  constructor(
    status: number,
    headers: Headers,
    body: unknown,
    issues: readonly ResponseIssue[],
    message: string,
  ) {
    super(status, undefined, undefined, headers);
    // one issue per line (already bounded by @scenario-sdk/schemas): kept as it is
    this.message = `${status} ${message}`;
    this.body = body;
    this.issues = issues;
  }
}

/** No response: DNS, refused or reset connection, TLS, a body cut off mid-way. */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
  /** No response arrived: no status, no headers. */
  declare readonly status: undefined;
  declare readonly headers: undefined;
  /** The system's code when there is one: ECONNREFUSED, ENOTFOUND, ECONNRESET… */
  readonly code: string | undefined;
  /** The host (and port) that could not be reached: the API's, a storage's or a CDN's. */
  readonly host: string | undefined;
  /**
   * True when a POST was sent and its answer lost: the server may have acted on it (an asset may
   * exist). No idempotency key exists, so check before sending it again.
   */
  answerLost = false;
  constructor(message = "Connection error.", options?: ErrorOptions, code?: string, host?: string) {
    super(undefined, undefined, message, undefined, options);
    this.code = code;
    this.host = host;
  }
}

export class APIConnectionTimeoutError extends APIConnectionError {
  override name = "APIConnectionTimeoutError";
  constructor(timeoutMs?: number, options?: ErrorOptions, where = "Request", host?: string) {
    super(
      timeoutMs === undefined
        ? `${where} timed out.`
        : `${where} timed out after ${timeoutMs} ms (set the \`timeout\` option to wait longer).`,
      options,
      undefined,
      host,
    );
  }
}

/** The caller aborted the request through its `signal`; never retried. */
export class APIUserAbortError extends APIError {
  override name = "APIUserAbortError";
  declare readonly status: undefined;
  constructor(options?: ErrorOptions) {
    super(undefined, undefined, "Request was aborted.", undefined, options);
  }
}

const STATUS_CLASSES: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function makeMessage(status: number | undefined, error: unknown, message?: string): string {
  const detail = messageOf(error) ?? (message === undefined ? undefined : snippet(message, 400));
  if (status && detail) return `${status} ${detail}`;
  if (status) return `${status} status code (no body)`;
  return detail ?? "Connection error.";
}

function field(error: unknown, key: string): unknown {
  return error !== null && typeof error === "object"
    ? (error as Record<string, unknown>)[key]
    : undefined;
}

/** The API's error bodies have no schema: take the first readable field seen in practice. */
function messageOf(error: unknown): string | undefined {
  if (typeof error === "string") return error.trim() ? snippet(error) : undefined;
  for (const key of ["reason", "message", "error", "detail"]) {
    const value = field(error, key);
    const text = typeof value === "string" ? value : field(value, "message");
    if (typeof text === "string" && text.trim()) return snippet(text);
  }
  return error === undefined ? undefined : snippet(JSON.stringify(error) ?? String(error));
}

/** A short one-line excerpt: an HTML page or a 100 kB message must not flood a log line. */
export function snippet(text: string, max = MAX_MESSAGE_CHARS): string {
  // cut first: collapsing whitespace over a 100 kB body is wasted work
  const line = text
    .slice(0, max * 4)
    .replace(/\s+/g, " ")
    .trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function traceIdOf(error: unknown): string | undefined {
  const id = field(error, "traceId") ?? field(error, "trace_id");
  return typeof id === "string" ? snippet(id, 100) : undefined;
}
