// The config file `scenario auth login` writes: $XDG_CONFIG_HOME/scenario/config.json (default
// ~/.config/…), mode 0600. Reading never guesses around a damaged file, and writing never goes
// through a link or changes a mode behind the user's back.
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
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

export interface LoadedConfig {
  /** The readable part: string fields only. */
  config: StoredConfig;
  /** What is wrong with the content, each as "<path> …" (empty when the file is fine or absent). */
  problems: string[];
}

/** Reads the config file; a missing file is an empty config. Throws UsageError when it cannot be read. */
export function loadConfig(path: string, env: Env): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { config: {}, problems: [] };
    throw locationError(path, env, code);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { config: {}, problems: [`${path} is not valid JSON (${(error as Error).message})`] };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { config: {}, problems: [`${path} does not hold a JSON object`] };
  }
  const config: StoredConfig = { ...(value as Record<string, unknown>) };
  const problems: string[] = [];
  for (const field of CONFIG_FIELDS) {
    const v = config[field];
    if (v === undefined || typeof v === "string") continue;
    problems.push(`${path}: ${field} must be a string, not ${v === null ? "null" : typeof v}`);
    delete config[field];
  }
  return { config, problems };
}

/**
 * Throws UsageError when `path` cannot be written safely: its folder cannot be made, or it is a
 * link (writing through it would put the secret wherever it points) or not a file. Creates the
 * folder (0700) when missing.
 */
export function assertWritableConfig(path: string, env: Env): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw locationError(path, env, (error as NodeJS.ErrnoException).code);
  }
  const existing = lstatOrUndefined(path);
  if (existing?.isSymbolicLink()) {
    throw new UsageError(
      `${path} is a symbolic link (to ${realOrUnknown(path)}); refusing to write your credentials through it. ` +
        "Remove the link, or set XDG_CONFIG_HOME to another folder.",
    );
  }
  if (existing && !existing.isFile()) {
    throw new UsageError(`${path} exists and is not a file; move it away, then log in again.`);
  }
}

/** Writes the config readable by its owner only (0600), replacing it whole. */
export function writeConfig(config: StoredConfig, path: string, env: Env): void {
  assertWritableConfig(path, env);
  // A new file with mode 0600 from its first byte, renamed over the old one: never a moment
  // where the secret is readable by others, and never a chmod of a file we did not create.
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600, flag: "wx" });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw locationError(path, env, (error as NodeJS.ErrnoException).code);
  }
}

/** Deletes the config file (a link: the link only); false when there was none. */
export function removeConfig(path: string, env: Env): boolean {
  try {
    rmSync(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    throw locationError(path, env, code);
  }
}

/** Why the config file at `path` cannot be used, for an fs error `code`. */
function locationError(path: string, env: Env, code: string | undefined): UsageError {
  if (code === "ENOTDIR" || code === "EEXIST") {
    const blocker = firstNonFolder(dirname(path));
    const xdg = env.XDG_CONFIG_HOME?.trim();
    if (blocker && xdg && resolve(xdg) === blocker) {
      return new UsageError(
        `XDG_CONFIG_HOME (${xdg}) is not a folder: point it at a folder, or unset it to use ~/.config.`,
      );
    }
    return new UsageError(
      `${blocker ?? dirname(path)} is not a folder, so the config file ${path} cannot be there; move it away.`,
    );
  }
  if (code === "EISDIR")
    return new UsageError(`${path} is a folder, not a config file; move it away.`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new UsageError(
      `${path} cannot be used (${code}): check the permissions of it and its folder.`,
    );
  }
  return new UsageError(`${path} cannot be used (${code ?? "unknown error"}).`);
}

/** The nearest existing ancestor of `dir` (or itself) that is not a folder. */
function firstNonFolder(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    try {
      return statSync(current).isDirectory() ? undefined : current;
    } catch {
      if (dirname(current) === current) return undefined;
    }
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function realOrUnknown(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return "a missing file";
  }
}
