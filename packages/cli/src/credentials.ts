// One rule for credentials: the client's `resolveCredentials` decides, over three layers — the
// flags (its options), then the environment, then the config file (both through its `read`).
// The CLI only keeps track of which layer gave each value, for `auth status` and for messages.
import { ENV, resolveCredentials, ScenarioError } from "@scenario-sdk/client";
import { configPath, loadConfig, type ConfigField } from "./config-file.js";
import type { Globals } from "./context.js";
import { UsageError } from "./errors.js";
import { chooseProfile, requireProfile, type Profile, type ProfileChoice } from "./profiles.js";

export type Layer = "flags" | "environment" | "config file";

export interface Found {
  value: string;
  layer: Layer;
}

export interface ResolvedCredentials {
  scheme: "basic" | "bearer";
  apiKey?: Found;
  apiSecret?: Found;
  token?: Found;
  /** Undefined: the client's default. */
  baseURL?: Found;
  configPath: string;
  /** The config file's profile the "config file" layer reads. */
  profile: ProfileChoice;
}

type Env = Record<string, string | undefined>;

/** The config file field that stands for each variable. */
const CONFIG_FIELD: Record<string, ConfigField> = {
  [ENV.apiKey]: "apiKey",
  [ENV.apiSecret]: "apiSecret",
  [ENV.bearerToken]: "token",
  [ENV.baseURL]: "baseURL",
};

export const MISSING_CREDENTIALS =
  `missing credentials: pass --api-key and --api-secret (or --token), set ${ENV.apiKey} and ` +
  `${ENV.apiSecret} (or ${ENV.bearerToken}), or run \`scenario auth login\`.`;

/** No credentials in any layer (as opposed to an incomplete pair). */
export class MissingCredentialsError extends UsageError {
  override name = "MissingCredentialsError";
  constructor() {
    super(MISSING_CREDENTIALS);
  }
}

const clean = (value: string | undefined) => value?.trim() || undefined;

/** Flags, environment, config file → the credentials to use. Throws UsageError when incomplete. */
export function resolveCliCredentials(globals: Globals, env: Env): ResolvedCredentials {
  const path = configPath(env);
  const profile = chooseProfile(globals, env);
  const found = new Map<string, Found>();
  let stored: Profile | undefined;
  const fromConfig = (name: string): string | undefined => {
    if (!stored) {
      const { config, problems } = loadConfig(path, env);
      if (problems.length) {
        throw new UsageError([
          ...problems,
          "run `scenario auth login` to rewrite the config file, or `scenario auth logout` to delete it.",
        ]);
      }
      stored = requireProfile(config, profile, path);
    }
    const field = CONFIG_FIELD[name];
    return field ? clean(stored[field]) : undefined;
  };
  // the client's `read`: the environment first, then the config file, noting where each came from
  const read = (name: string): string | undefined => {
    const fromEnv = clean(env[name]);
    const value = fromEnv ?? fromConfig(name);
    if (value) found.set(name, { value, layer: fromEnv ? "environment" : "config file" });
    return value;
  };
  // a profile asked for by name must exist, even when the environment holds every value
  if (profile.from !== "default") fromConfig(ENV.apiKey);
  const flags = {
    apiKey: clean(globals.apiKey),
    apiSecret: clean(globals.apiSecret),
    bearerToken: clean(globals.token),
  };
  const fromFlagOr = (flag: string | undefined, name: string): Found | undefined =>
    flag ? { value: flag, layer: "flags" } : found.get(name);

  let scheme: "basic" | "bearer";
  try {
    const { authorization } = resolveCredentials(flags, read);
    scheme = authorization.startsWith("Bearer ") ? "bearer" : "basic";
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const apiKey = fromFlagOr(flags.apiKey, ENV.apiKey);
    const apiSecret = fromFlagOr(flags.apiSecret, ENV.apiSecret);
    const token = fromFlagOr(flags.bearerToken, ENV.bearerToken);
    if (!apiKey && !apiSecret && !token) throw new MissingCredentialsError();
    if (!apiKey !== !apiSecret) throw new UsageError(incomplete(apiKey, apiSecret));
    // refused for another reason (a character a header cannot carry…): the client's words,
    // which never include the credential
    throw new UsageError(error.message);
  }
  const baseUrlFlag = clean(globals.baseUrl);
  if (!baseUrlFlag) read(ENV.baseURL);
  const baseURL = fromFlagOr(baseUrlFlag, ENV.baseURL);
  const resolved: ResolvedCredentials = { scheme, configPath: path, profile };
  if (baseURL) resolved.baseURL = baseURL;
  if (scheme === "bearer") {
    resolved.token = fromFlagOr(flags.bearerToken, ENV.bearerToken)!;
  } else {
    resolved.apiKey = fromFlagOr(flags.apiKey, ENV.apiKey)!;
    resolved.apiSecret = fromFlagOr(flags.apiSecret, ENV.apiSecret)!;
    // a key from one place with a secret from another is another key's secret: a sure 401
    if (resolved.apiKey.layer !== resolved.apiSecret.layer) {
      throw new UsageError(mixed(resolved.apiKey.layer, resolved.apiSecret.layer, path));
    }
  }
  return resolved;
}

const SOURCE: Record<Layer, (path: string) => string> = {
  flags: () => "the command line (--api-key/--api-secret)",
  environment: () => `the environment (${ENV.apiKey}/${ENV.apiSecret})`,
  "config file": (path) => `the config file ${path}`,
};

function mixed(key: Layer, secret: Layer, path: string): string {
  return (
    `the API key comes from ${SOURCE[key](path)} but the API secret from ${SOURCE[secret](path)}; ` +
    "they must come from the same place: give both there, or remove the one that does not belong."
  );
}

function incomplete(apiKey: Found | undefined, apiSecret: Found | undefined): string {
  if (apiKey) {
    return (
      `incomplete credentials: the API key comes from ${apiKey.layer} but the API secret is missing; ` +
      `pass --api-secret, set ${ENV.apiSecret}, or run \`scenario auth login\`.`
    );
  }
  return (
    `incomplete credentials: the API secret comes from ${apiSecret?.layer} but the API key is missing; ` +
    `pass --api-key, set ${ENV.apiKey}, or run \`scenario auth login\`.`
  );
}
