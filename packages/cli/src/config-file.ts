// The config file `scenario auth login` writes: $XDG_CONFIG_HOME/scenario/config.json (default
// ~/.config/…), mode 0600.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { UsageError } from "./errors.js";

/** The fields the CLI reads; other fields a user put there are kept as they are. */
export const CONFIG_FIELDS = ["apiKey", "apiSecret", "token", "baseURL"] as const;
export type ConfigField = (typeof CONFIG_FIELDS)[number];
export type StoredConfig = Partial<Record<ConfigField, string>> & Record<string, unknown>;

type Env = Record<string, string | undefined>;

export function configPath(env: Env): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(homedir(), ".config");
  return join(base, "scenario", "config.json");
}

/** Reads the config file; a missing or unreadable file is an empty config. */
export function loadConfig(path: string): StoredConfig {
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
export function writeConfig(config: StoredConfig, path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600); // the mode above only applies when the file is created
}

export function removeConfig(path: string): boolean {
  try {
    rmSync(path);
    return true;
  } catch {
    return false;
  }
}
