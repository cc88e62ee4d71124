// Credentials given as functions (a token that is refreshed, a secret from a vault), read for each
// request, and the wrapper every API call is sent through: it sets those credentials and says,
// when the answer to a POST is lost, that the POST may have taken effect. The work of both is
// loaded on first use (credential-functions.ts, lost-answer.ts): most clients need neither.
import { APIConnectionError } from "../errors.js";
import type { Send } from "./transport.js";

/** A credential, or a function giving it (called for each request, so a new token needs no new client). */
export type Credential = string | (() => string | Promise<string>);

/** The credential options of `new Scenario()`: each a string or a function giving one. */
export interface ClientCredentialOptions {
  /** API key (Basic auth user); default `SCENARIO_SDK_API_KEY`. A function is called per request. */
  apiKey?: Credential | undefined;
  /** API secret (Basic auth password); default `SCENARIO_SDK_API_SECRET`. A function is called per request. */
  apiSecret?: Credential | undefined;
  /**
   * A bearer token (JWT), used instead of key and secret; default `SCENARIO_SDK_JWT`. A function
   * is called per request, e.g. to hand out a refreshed token.
   */
  bearerToken?: Credential | undefined;
}

/** Gives the Authorization header value for one request. */
export type Authorize = () => Promise<string>;

const NAMES = ["apiKey", "apiSecret", "bearerToken"] as const;

/** Undefined when every credential is a string (resolved once, at construction). */
export function credentialFunction(options: ClientCredentialOptions): Authorize | undefined {
  if (!NAMES.some((name) => typeof options[name] === "function")) return undefined;
  // loaded once, not per request: an `import()` per call costs 2–4 µs in Node 20
  let loaded: Promise<typeof import("./credential-functions.js")> | undefined;
  return async () =>
    (await (loaded ??= import("./credential-functions.js"))).readCredentials(options);
}

/**
 * The Send for API calls: credential functions read per request; lost POST answers explained.
 * No async frame of its own on the hot path (string credentials): the hint is a `catch` on POSTs.
 */
export function apiSend(send: Send, authorize: Authorize | undefined): Send {
  const sendOne: Send = (request) =>
    request.method === "POST" ? send(request).catch(explainIfLost) : send(request);
  // a call's own Authorization header (per-request `headers`) wins, as it does over strings
  return (request) =>
    authorize && request.headers.authorization === undefined
      ? authorize().then((authorization) =>
          sendOne({ ...request, headers: { ...request.headers, authorization } }),
        )
      : sendOne(request);
}

async function explainIfLost(error: unknown): Promise<never> {
  if (error instanceof APIConnectionError) {
    const { explainLostAnswer } = await import("./lost-answer.js");
    explainLostAnswer(error);
  }
  throw error;
}
