// Credentials from options and environment → one Authorization header value.
import { ScenarioError } from "../errors.js";
import { stringToBase64 } from "./base64.js";
import { readEnv } from "./env.js";

export interface CredentialOptions {
  apiKey?: string | undefined;
  apiSecret?: string | undefined;
  bearerToken?: string | undefined;
}

export const ENV = {
  apiKey: "SCENARIO_SDK_API_KEY",
  apiSecret: "SCENARIO_SDK_API_SECRET",
  bearerToken: "SCENARIO_SDK_JWT",
  baseURL: "SCENARIO_BASE_URL",
  logLevel: "SCENARIO_LOG",
} as const;

export type CredentialSource = "options" | "environment";

export interface Credentials {
  scheme: "basic" | "bearer";
  source: CredentialSource;
  /** The Authorization header value. Never log it. */
  authorization: string;
}

/**
 * Explicit options win over the environment, and an explicit bearer token wins over ambient
 * key/secret variables. Key and secret each fall back to their variable on their own.
 */
export function resolveCredentials(options: CredentialOptions, read = readEnv): Credentials {
  if (options.bearerToken) return bearer(options.bearerToken, "options");
  const apiKey = options.apiKey ?? read(ENV.apiKey);
  const apiSecret = options.apiSecret ?? read(ENV.apiSecret);
  const source: CredentialSource = options.apiKey || options.apiSecret ? "options" : "environment";
  if (apiKey && apiSecret) {
    return {
      scheme: "basic",
      source,
      authorization: `Basic ${stringToBase64(`${apiKey}:${apiSecret}`)}`,
    };
  }
  if (apiKey || apiSecret) {
    const missing = apiKey ? `apiSecret (or ${ENV.apiSecret})` : `apiKey (or ${ENV.apiKey})`;
    throw new ScenarioError(
      `Incomplete credentials: ${missing} is missing. An API key needs its secret; both are on the Scenario web app under API keys.`,
    );
  }
  const token = read(ENV.bearerToken);
  if (token) return bearer(token, "environment");
  throw new ScenarioError(
    `Missing credentials: pass { apiKey, apiSecret } or { bearerToken } to new Scenario(), or set ${ENV.apiKey} and ${ENV.apiSecret} (or ${ENV.bearerToken}).`,
  );
}

function bearer(token: string, source: CredentialSource): Credentials {
  return { scheme: "bearer", source, authorization: `Bearer ${token}` };
}
