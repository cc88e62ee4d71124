// Credentials given as functions, read for one request by the same rules as strings (loaded the
// first time a client with such a credential sends).
import { ScenarioError } from "../errors.js";
import { resolveCredentials, type CredentialOptions } from "./auth.js";
import type { ClientCredentialOptions } from "./credentials.js";

const NAMES = ["apiKey", "apiSecret", "bearerToken"] as const;

/** The Authorization value: each function called, then options over the environment as usual. */
export async function readCredentials(options: ClientCredentialOptions): Promise<string> {
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
  // an explicit bearer over keys, each key over its environment variable
  return resolveCredentials(values).authorization;
}
