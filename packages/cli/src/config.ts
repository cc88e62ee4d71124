// Where credentials come from: flags, then environment, then the config file `auth login` wrote.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { UsageError } from "./errors.js";

export const ENV_VARS = {
  apiKey: "SCENARIO_SDK_API_KEY",
  apiSecret: "SCENARIO_SDK_API_SECRET",
  token: "SCENARIO_SDK_JWT",
  baseURL: "SCENARIO_BASE_URL",
} as const;

export interface StoredConfig {
  apiKey?: string;
  apiSecret?: string;
  token?: string;
  baseURL?: string;
}

export interface GlobalFlags {
  apiKey?: string;
  apiSecret?: string;
  token?: string;
  baseUrl?: string;
}

export type Source = "flags" | "environment" | "config file";

export interface ResolvedCredentials {
  source: Source;
  apiKey?: string;
  apiSecret?: string;
  bearerToken?: string;
  baseURL?: string;
}

type Env = Record<string, string | undefined>;

export function configPath(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(homedir(), ".config");
  return join(base, "scenario", "config.json");
}

export function readConfig(path = configPath()): StoredConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" ? (value as StoredConfig) : {};
  } catch {
    throw new UsageError(
      `the config file ${path} is not valid JSON; run \`scenario auth logout\` then \`scenario auth login\`.`,
    );
  }
}

/** Writes the config readable by its owner only (0600), in a 0700 folder. */
export function writeConfig(config: StoredConfig, path = configPath()): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // the mode above only applies when the file is created
}

export function removeConfig(path = configPath()): boolean {
  try {
    rmSync(path);
    return true;
  } catch {
    return false;
  }
}

const clean = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** First complete set of credentials in the order flags → environment → config file. */
export function resolveCredentials(
  flags: GlobalFlags,
  env: Env = process.env,
  readStored: () => StoredConfig = () => readConfig(configPath(env)),
): ResolvedCredentials | undefined {
  const baseURL = clean(flags.baseUrl) ?? clean(env[ENV_VARS.baseURL]);
  const layers: [Source, () => StoredConfig][] = [
    ["flags", () => ({ apiKey: flags.apiKey, apiSecret: flags.apiSecret, token: flags.token })],
    [
      "environment",
      () => ({
        apiKey: env[ENV_VARS.apiKey],
        apiSecret: env[ENV_VARS.apiSecret],
        token: env[ENV_VARS.token],
      }),
    ],
    ["config file", readStored],
  ];
  for (const [source, read] of layers) {
    const layer = read();
    const apiKey = clean(layer.apiKey);
    const apiSecret = clean(layer.apiSecret);
    const token = clean(layer.token);
    const url = baseURL ?? (source === "config file" ? clean(layer.baseURL) : undefined);
    const withUrl = url ? { baseURL: url } : {};
    if (source === "flags" && token) return { source, bearerToken: token, ...withUrl };
    if (apiKey && apiSecret) return { source, apiKey, apiSecret, ...withUrl };
    if (apiKey || apiSecret) {
      throw new UsageError(
        `incomplete credentials in ${source}: ${apiKey ? "the API secret" : "the API key"} is missing; ` +
          `give both ${source === "flags" ? "--api-key and --api-secret" : source === "environment" ? `${ENV_VARS.apiKey} and ${ENV_VARS.apiSecret}` : "(run `scenario auth login` again)"}.`,
      );
    }
    if (token) return { source, bearerToken: token, ...withUrl };
  }
  return undefined;
}

export const MISSING_CREDENTIALS =
  `missing credentials: pass --api-key and --api-secret (or --token), set ${ENV_VARS.apiKey} and ` +
  `${ENV_VARS.apiSecret} (or ${ENV_VARS.token}), or run \`scenario auth login\`.`;
