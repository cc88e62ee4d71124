// `scenario auth status [--no-verify]`: which credentials would be used, where each value comes
// from, the profiles of the config file, and whether the API accepts them (one cheap request).
// Never prints a secret or a token, nor the whole of a key.
import type { CommandInput } from "../../command-spec.js";
import type { StatusFlags } from "./auth.spec.js";
import { DEFAULT_BASE_URL, ENV } from "@scenario-sdk/client";
import { checkWithApi } from "../../auth-check.js";
import { planClient } from "../../client-factory.js";
import { configPath, loadConfig } from "../../config-file.js";
import type { Context } from "../../context.js";
import {
  MissingCredentialsError,
  resolveCliCredentials,
  type Found,
  type Layer,
} from "../../credentials.js";
import { formatFailure } from "../../describe-error.js";
import { EXIT, UsageError } from "../../errors.js";
import { maskKey } from "../../mask.js";
import { chooseProfile, DEFAULT_PROFILE, profileNames, readProfile } from "../../profiles.js";

export async function run(input: CommandInput<StatusFlags>, ctx: Context): Promise<number> {
  const { env } = ctx.io;
  const path = configPath(env);
  const profile = chooseProfile(ctx.globals, env);
  let credentials;
  try {
    credentials = resolveCliCredentials(ctx.globals, env);
  } catch (error) {
    if (!(error instanceof MissingCredentialsError)) throw error;
    const which = profile.name === DEFAULT_PROFILE ? "" : ` in profile ${profile.name}`;
    ctx.out.print(
      `Not logged in: no --api-key/--api-secret or --token, no ${ENV.apiKey}/${ENV.apiSecret} or ${ENV.bearerToken}, and no credentials${which} in ${path}.\n` +
        `Run \`scenario auth login${which ? ` --profile ${profile.name}` : ""}\`.`,
    );
    return EXIT.failed;
  }
  const where = (found: Found) => from(found.layer, path, profile.name);
  const { apiKey, token, baseURL } = credentials;
  if (token) ctx.out.print(`Using a bearer token (hidden), ${where(token)}.`);
  else if (apiKey) {
    ctx.out.print(
      `Using API key ${maskKey(apiKey.value)} with its secret (hidden), ${where(apiKey)}.`,
    );
  }
  ctx.out.print(
    baseURL
      ? `API base URL: ${baseURL.value} (${where(baseURL)})`
      : `API base URL: ${DEFAULT_BASE_URL} (default)`,
  );
  const { config } = loadConfig(path, env);
  const project = readProfile(config, profile.name)?.projectId;
  if (project) ctx.out.print(`Default project: ${project} (profile ${profile.name})`);
  const names = profileNames(config);
  if (names.length) {
    const chosen = profile.from === "default" ? "" : `, chosen by ${profile.from}`;
    ctx.out.print(`Profiles in ${path}: ${names.join(", ")} (in use: ${profile.name}${chosen})`);
  }
  if (input.flags.verify === false) return EXIT.ok;
  const { plan, problems } = planClient(ctx);
  if (!plan) throw new UsageError(problems);
  const result = await checkWithApi(plan, ctx, project);
  if (result.outcome === "accepted") {
    ctx.out.print(`Checked: ${ctx.endpoint?.host ?? "the API"} accepts these credentials.`);
    return EXIT.ok;
  }
  if (result.outcome === "refused") {
    ctx.out.print(`Checked: the API refused these credentials: ${formatFailure(result.failure)}.`);
    ctx.out.error(
      "the credentials do not work: log in again (`scenario auth login`), or fix the variable or flag named above.",
    );
    return EXIT.auth;
  }
  ctx.out.print(`Not checked: ${formatFailure(result.failure)}.`);
  ctx.out.error("could not tell whether the credentials work; check --base-url and your network.");
  return EXIT.failed;
}

function from(layer: Layer, path: string, profile: string): string {
  if (layer !== "config file") return `from ${layer}`;
  return profile === DEFAULT_PROFILE
    ? `from the config file ${path}`
    : `from profile ${profile} of the config file ${path}`;
}
