// `scenario auth logout [--profile NAME]`: delete the saved credentials — the whole config file
// when it holds no other profile, else only the chosen profile's part of it.
import { configPath, loadConfig, removeConfig, writeConfig } from "../../config-file.js";
import type { Context } from "../../context.js";
import { EXIT } from "../../errors.js";
import {
  chooseProfile,
  DEFAULT_PROFILE,
  profileNames,
  readProfile,
  withProfile,
} from "../../profiles.js";

export async function run(_input: unknown, ctx: Context): Promise<number> {
  const { env } = ctx.io;
  const path = configPath(env);
  const profile = chooseProfile(ctx.globals, env);
  const { config } = loadConfig(path, env);
  const others = profileNames(config).filter((name) => name !== profile.name);
  if (!others.length) {
    ctx.out.info(
      removeConfig(path, env)
        ? `Removed ${path}.`
        : `No saved credentials (${path} does not exist).`,
    );
    return EXIT.ok;
  }
  const saved = readProfile(config, profile.name);
  if (!saved || (profile.name === DEFAULT_PROFILE && !saved.apiKey && !saved.token)) {
    ctx.out.info(`No saved credentials for profile ${profile.name} in ${path}.`);
    return EXIT.ok;
  }
  writeConfig(withProfile(config, profile.name, undefined), path, env);
  ctx.out.info(`Removed profile ${profile.name} from ${path} (kept: ${others.join(", ")}).`);
  return EXIT.ok;
}
