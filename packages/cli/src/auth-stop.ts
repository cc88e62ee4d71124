// Bad credentials stop a batch: the first 401 (or 403 about the credentials) means every other
// request would fail the same way, so nothing new starts, what is in flight finishes and is
// reported, and the run ends with one hint and exit 4 (as gh).
import { APIError } from "@scenario-sdk/client";
import type { Context } from "./context.js";
import { describeError, formatFailure } from "./describe-error.js";
import { EXIT } from "./errors.js";

export const AUTH_HINT =
  "the API refused the credentials; run `scenario auth status` to see which are in use and whether they work";

// a 403 is often about one asset (not yours, locked); only these words make it about the credentials
const ABOUT_CREDENTIALS = /api[ _-]?key|secret|credential|token|authenticat|unauthori[sz]ed/i;

/** True for an answer that says the credentials themselves are wrong. */
export function isCredentialFailure(error: unknown): error is APIError {
  if (!(error instanceof APIError)) return false;
  if (error.status === 401) return true;
  return error.status === 403 && ABOUT_CREDENTIALS.test(error.message);
}

export class AuthStop {
  #first: APIError | undefined;

  constructor(private readonly ctx: Context) {}

  /** Notes `error`; true when it is a credential failure (the batch must start nothing more). */
  check(error: unknown): boolean {
    if (!isCredentialFailure(error)) return false;
    this.#first ??= error;
    return true;
  }

  get stopped(): boolean {
    return this.#first !== undefined;
  }

  /** After the batch: the hint and exit 4 when credentials failed, else undefined. */
  finish(notStarted: number): number | undefined {
    if (!this.#first) return undefined;
    const failure = describeError(this.#first, this.ctx.endpoint);
    const rest = notStarted > 0 ? ` ${notStarted} not started.` : "";
    this.ctx.out.error(`authentication failed (${formatFailure(failure)}): ${AUTH_HINT}.${rest}`);
    return EXIT.auth;
  }
}
