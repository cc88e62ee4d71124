// Credentials from options and environment → one Authorization header value.
import { ScenarioError } from "../errors.js";
import { stringToBase64 } from "./base64.js";
import { readEnv } from "./env.js";
import { checkCredential } from "./options.js";

export interface CredentialOptions {
  apiKey?: string | undefined;
  apiSecret?: string | undefined;
  bearerToken?: string | undefined;
}

/** The environment variables the client reads (the CLI reads the same names). */
export const ENV = {
  apiKey: "SCENARIO_SDK_API_KEY",
  apiSecret: "SCENARIO_SDK_API_SECRET",
  bearerToken: "SCENARIO_SDK_JWT",
  baseURL: "SCENARIO_BASE_URL",
  logLevel: "SCENARIO_LOG",
} as const;

export type CredentialSource = "options" | "environment";

export interface Credentials {
  /** Where the credentials came from ("options" when any of them was an option). */
  source: CredentialSource;
  /** The Authorization header value. Never log it. */
  authorization: string;
}

/**
 * Explicit options win over the environment, and an explicit bearer token wins over ambient
 * key/secret variables. Key and secret each fall back to their variable on their own. `read`
 * reads a variable by name (default: the environment); every value is trimmed and checked.
 */
export function resolveCredentials(
  options: CredentialOptions,
  read: (name: string) => string | undefined = readEnv,
): Credentials {
  const token = checkCredential(options.bearerToken, "bearerToken", "token");
  if (token) return bearer(token, "options");
  const optionKey = checkCredential(options.apiKey, "apiKey", "key");
  const optionSecret = checkCredential(options.apiSecret, "apiSecret", "secret");
  const apiKey = optionKey ?? checkCredential(read(ENV.apiKey), ENV.apiKey, "key");
  const apiSecret = optionSecret ?? checkCredential(read(ENV.apiSecret), ENV.apiSecret, "secret");
  const source: CredentialSource = optionKey || optionSecret ? "options" : "environment";
  if (apiKey && apiSecret) {
    return { source, authorization: `Basic ${stringToBase64(`${apiKey}:${apiSecret}`)}` };
  }
  if (apiKey || apiSecret) {
    const missing = apiKey ? `apiSecret (or ${ENV.apiSecret})` : `apiKey (or ${ENV.apiKey})`;
    throw new ScenarioError(
      `Incomplete credentials: ${missing} is missing. An API key needs its secret; both are on the Scenario web app under API keys.`,
    );
  }
  const envToken = checkCredential(read(ENV.bearerToken), ENV.bearerToken, "token");
  if (envToken) return bearer(envToken, "environment");
  throw new ScenarioError(
    `Missing credentials: pass { apiKey, apiSecret } or { bearerToken } to new Scenario(), or set ${ENV.apiKey} and ${ENV.apiSecret} (or ${ENV.bearerToken}).`,
  );
}

function bearer(token: string, source: CredentialSource): Credentials {
  return { source, authorization: `Bearer ${token}` };
}
