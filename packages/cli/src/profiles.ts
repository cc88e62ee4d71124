// Profiles: named sets of credentials, base URL and default project in the one config file.
// The file's top-level fields are the default profile (what `auth login` always wrote, so old
// files keep working); `profiles.<name>` holds the others. Chosen by --profile, then
// $SCENARIO_PROFILE, else the default.
import { configPath, loadConfig, type StoredConfig } from "./config-file.js";
import type { Globals } from "./context.js";
import { UsageError } from "./errors.js";

export const DEFAULT_PROFILE = "default";
export const PROFILE_ENV = "SCENARIO_PROFILE";
/** The fields a profile holds. */
export const PROFILE_FIELDS = ["apiKey", "apiSecret", "token", "baseURL", "projectId"] as const;
export type Profile = Partial<Record<(typeof PROFILE_FIELDS)[number], string>>;

type Env = Record<string, string | undefined>;
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export interface ProfileChoice {
  name: string;
  /** Where the choice came from: "--profile", "$SCENARIO_PROFILE" or "default". */
  from: string;
}

/** The profile in use; throws UsageError for a name that cannot be one. */
export function chooseProfile(globals: Globals, env: Env): ProfileChoice {
  const flag = globals.profile?.trim();
  const fromEnv = env[PROFILE_ENV]?.trim();
  const choice = flag
    ? { name: flag, from: "--profile" }
    : fromEnv
      ? { name: fromEnv, from: `$${PROFILE_ENV}` }
      : { name: DEFAULT_PROFILE, from: "default" };
  if (!NAME.test(choice.name)) {
    throw new UsageError(
      `${choice.from} "${choice.name}" is not a profile name: letters, digits, "_", "-" and "." only.`,
    );
  }
  return choice;
}

/** The names of the profiles the config file holds (the default one when it has credentials). */
export function profileNames(config: StoredConfig): string[] {
  const names = Object.keys(profilesOf(config));
  const top = config.apiKey || config.token;
  return top ? [DEFAULT_PROFILE, ...names.filter((n) => n !== DEFAULT_PROFILE)] : names;
}

/**
 * The fields of profile `name`, or undefined when the file has no such profile (the default one
 * always exists: an empty file is an empty default profile).
 */
export function readProfile(config: StoredConfig, name: string): Profile | undefined {
  const source = name === DEFAULT_PROFILE ? config : profilesOf(config)[name];
  if (!source || typeof source !== "object") return undefined;
  const profile: Profile = {};
  for (const field of PROFILE_FIELDS) {
    const value = (source as Record<string, unknown>)[field];
    if (typeof value === "string" && value.trim()) profile[field] = value.trim();
  }
  return profile;
}

/** The config with profile `name` replaced by `profile` (undefined: removed). */
export function withProfile(
  config: StoredConfig,
  name: string,
  profile: Profile | undefined,
): StoredConfig {
  if (name === DEFAULT_PROFILE) {
    const next: StoredConfig = { ...config };
    for (const field of PROFILE_FIELDS) delete next[field];
    return { ...next, ...profile };
  }
  const profiles = { ...profilesOf(config) };
  if (profile) profiles[name] = profile;
  else delete profiles[name];
  const next: StoredConfig = { ...config, profiles };
  if (!Object.keys(profiles).length) delete next.profiles;
  return next;
}

/** Profile `name` or a UsageError saying which profiles there are and how to add it. */
export function requireProfile(config: StoredConfig, choice: ProfileChoice, path: string): Profile {
  const profile = readProfile(config, choice.name);
  if (profile) return profile;
  const names = profileNames(config);
  const there = names.length ? `the profiles there are: ${names.join(", ")}` : "it holds none";
  throw new UsageError(
    `profile "${choice.name}" (${choice.from}) is not in ${path} (${there}); ` +
      `run \`scenario auth login --profile ${choice.name}\` to add it.`,
  );
}

/**
 * The profile's default project for a command that takes `--project` and was not given one;
 * undefined when there is none or the config cannot be read (the credentials check says why).
 */
export function defaultProject(globals: Globals, env: Env): string | undefined {
  try {
    const choice = chooseProfile(globals, env);
    const { config } = loadConfig(configPath(env), env);
    return readProfile(config, choice.name)?.projectId;
  } catch {
    return undefined;
  }
}

function profilesOf(config: StoredConfig): Record<string, unknown> {
  const { profiles } = config;
  return profiles && typeof profiles === "object" && !Array.isArray(profiles)
    ? (profiles as Record<string, unknown>)
    : {};
}
