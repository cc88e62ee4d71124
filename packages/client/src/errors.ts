// The whole error hierarchy of the client, and the status → class factory.

/** Base class of every error this SDK throws. */
export class ScenarioError extends Error {
  override name = "ScenarioError";
}

/** Thrown before any request when an image argument cannot be sent (type or size). */
export class InvalidImageError extends ScenarioError {
  override name = "InvalidImageError";
}

/** An HTTP answer that is not the expected success, or no answer at all (subclasses). */
export class APIError extends ScenarioError {
  override name = "APIError";
  /** HTTP status, undefined when no response arrived. */
  readonly status: number | undefined;
  /** Response headers, undefined when no response arrived. */
  readonly headers: Headers | undefined;
  /** The parsed error body (JSON object, or the raw text when it was not JSON). */
  readonly error: unknown;
  /** `x-request-id` header, or the body's `traceId`: quote it to Scenario support. */
  readonly requestID: string | undefined;

  constructor(
    status: number | undefined,
    error: unknown,
    message: string | undefined,
    headers: Headers | undefined,
    options?: ErrorOptions,
  ) {
    super(APIError.makeMessage(status, error, message), options);
    this.status = status;
    this.headers = headers;
    this.error = error;
    this.requestID = headers?.get("x-request-id") ?? traceIdOf(error);
  }

  private static makeMessage(status: number | undefined, error: unknown, message?: string) {
    const detail = messageOf(error) ?? message;
    if (status && detail) return `${status} ${detail}`;
    if (status) return `${status} status code (no body)`;
    return detail ?? "Connection error.";
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
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  override name = "RateLimitError";
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** No response: DNS, refused or reset connection, TLS, a body cut off mid-way. */
export class APIConnectionError extends APIError {
  override name = "APIConnectionError";
  constructor(message = "Connection error.", options?: ErrorOptions) {
    super(undefined, undefined, message, undefined, options);
  }
}

export class APIConnectionTimeoutError extends APIConnectionError {
  override name = "APIConnectionTimeoutError";
  constructor(timeoutMs?: number, options?: ErrorOptions) {
    super(
      timeoutMs === undefined
        ? "Request timed out."
        : `Request timed out after ${timeoutMs} ms (set the \`timeout\` option to wait longer).`,
      options,
    );
  }
}

/** The caller aborted the request through its `signal`; never retried. */
export class APIUserAbortError extends APIError {
  override name = "APIUserAbortError";
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
    if (typeof value === "string" && value) return value;
    const nested = field(value, "message");
    if (typeof nested === "string" && nested) return nested;
  }
  return error === undefined ? undefined : snippet(JSON.stringify(error));
}

/** A short one-line excerpt: an HTML error page from a proxy must not flood a log line. */
export function snippet(text: string, max = 200): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function traceIdOf(error: unknown): string | undefined {
  const id = field(error, "traceId") ?? field(error, "trace_id");
  return typeof id === "string" ? id : undefined;
}
