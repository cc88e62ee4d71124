// Credentials given as functions (a token that is refreshed, a secret from a vault), read for each
// request, and the wrapper every API call is sent through: it sets those credentials and says,
// when the answer to a POST is lost, that the POST may have taken effect.
import { APIConnectionError, ScenarioError } from "../errors.js";
import { resolveCredentials, type CredentialOptions } from "./auth.js";
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
  return async () => {
    const values: CredentialOptions = {};
    for (const name of NAMES) {
      const value = options[name];
      if (typeof value !== "function") {
        values[name] = value;
        continue;
      }
      let read: unknown;
      try {
        read = await value();
      } catch (cause) {
        throw new ScenarioError(`The \`${name}\` function failed; no request was sent.`, { cause });
      }
      if (read !== undefined && typeof read !== "string") {
        throw new ScenarioError(`The \`${name}\` function must give a string, got ${typeof read}.`);
      }
      values[name] = read;
    }
    // the same rules as strings: options over the environment, an explicit bearer over keys
    return resolveCredentials(values).authorization;
  };
}

/** Codes that mean the request never reached the server (nothing can have been created). */
const NOT_SENT = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** The Send for API calls: credential functions read per request; lost POST answers explained. */
export function apiSend(send: Send, authorize: Authorize | undefined): Send {
  return async (request) => {
    if (authorize) {
      request = { ...request, headers: { ...request.headers, authorization: await authorize() } };
    }
    if (request.method !== "POST") return send(request);
    try {
      return await send(request);
    } catch (error) {
      if (error instanceof APIConnectionError && !NOT_SENT.has(error.code ?? "")) {
        error.message += ` The request was sent but its answer was lost, so the server may have acted on it (an asset may have been created): check, e.g. with \`client.assets.list({ sortBy: "createdAt", sortDirection: "desc" })\` or in the Scenario web app, before sending it again.`;
      }
      throw error;
    }
  };
}
