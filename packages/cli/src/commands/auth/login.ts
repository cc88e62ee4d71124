// `scenario auth login [--profile NAME] [--project ID] [--no-verify]`: check an API key and secret
// with the API, then store them in the config file (mode 0600), in the default profile or a named one.
import { DEFAULT_BASE_URL, ENV } from "@scenario-sdk/client";
import { checkWithApi } from "../../auth-check.js";
import type { ClientPlan } from "../../client-factory.js";
import type { CommandInput } from "../../command-spec.js";
import { assertWritableConfig, configPath, loadConfig, writeConfig } from "../../config-file.js";
import type { Context } from "../../context.js";
import { formatFailure } from "../../describe-error.js";
import { EXIT, UsageError } from "../../errors.js";
import { maskKey } from "../../mask.js";
import { chooseProfile, DEFAULT_PROFILE, readProfile, withProfile } from "../../profiles.js";
import { proxySettings } from "../../proxy.js";
import type { LoginFlags } from "./auth.spec.js";
import { ask, readPipedLines } from "./prompt.js";

export type { LoginFlags } from "./auth.spec.js";

export async function run(input: CommandInput<LoginFlags>, ctx: Context): Promise<number> {
  const { env } = ctx.io;
  const path = configPath(env);
  const profile = chooseProfile(ctx.globals, env);
  // checked first: a config that cannot be replaced is said before asking for the secret
  assertWritableConfig(path, env);
  const { config: existing, problems } = loadConfig(path, env);
  let apiKey = ctx.globals.apiKey?.trim();
  let apiSecret = ctx.globals.apiSecret?.trim();
  if (apiSecret) {
    ctx.out.warn(
      "--api-secret on the command line is visible in your shell history; prefer the prompt or stdin.",
    );
  }
  if (ctx.io.stdin.isTTY) {
    apiKey ||= await ask(ctx, "API key: ", false);
    apiSecret ||= await ask(ctx, "API secret (not shown): ", true);
  } else if (!apiSecret) {
    // Not a terminal: never prompt. stdin holds the secret, or the key then the secret.
    const lines = await readPipedLines(ctx.io.stdin);
    if (!apiKey) apiKey = lines.shift();
    apiSecret = lines.shift();
  }
  if (!apiKey || !apiSecret) {
    throw new UsageError(
      "auth login needs an API key and secret: run it in a terminal to be asked, or pipe them in, e.g. " +
        "`printf '%s\\n' \"$SECRET\" | scenario auth login --api-key KEY`.",
    );
  }
  const before = readProfile(existing, profile.name) ?? {};
  const baseURL = ctx.globals.baseUrl?.trim() || before.baseURL;
  const shown = `key ${maskKey(apiKey)}${profile.name === DEFAULT_PROFILE ? "" : ` (profile ${profile.name})`}`;
  if (input.flags.verify !== false) {
    const checked = await verify(apiKey, apiSecret, baseURL, path, ctx);
    if (checked !== undefined) return checked;
    ctx.out.info(`The API accepted ${shown}.`);
  }
  const projectId = input.flags.project?.trim() || undefined;
  const saved = { ...before, apiKey, apiSecret, token: undefined, baseURL, projectId };
  writeConfig(withProfile(existing, profile.name, saved), path, env);
  for (const problem of problems) ctx.out.warn(`${problem}: replaced by the new credentials.`);
  ctx.out.info(`Saved credentials for ${shown} to ${path} (readable by you only).`);
  return EXIT.ok;
}

/** Undefined when the API accepts the key; else says why nothing is saved and gives the exit code. */
async function verify(
  apiKey: string,
  apiSecret: string,
  baseURL: string | undefined,
  path: string,
  ctx: Context,
): Promise<number | undefined> {
  const proxy = proxySettings(ctx.io.env);
  if (proxy.problems.length) throw new UsageError(proxy.problems);
  const plan: ClientPlan = {
    credentials: {
      scheme: "basic",
      apiKey: { value: apiKey, layer: "flags" },
      apiSecret: { value: apiSecret, layer: "flags" },
      configPath: path,
      profile: { name: DEFAULT_PROFILE, from: "default" },
    },
    // where later commands will send them: the saved URL, else the environment's, else the API's
    baseURL: baseURL || ctx.io.env[ENV.baseURL]?.trim() || DEFAULT_BASE_URL,
    proxy: proxy.settings,
  };
  const result = await checkWithApi(plan, ctx);
  if (result.outcome === "accepted") return undefined;
  if (result.outcome === "refused") {
    ctx.out.error(
      `the API refused key ${maskKey(apiKey)} (${formatFailure(result.failure)}); nothing saved. ` +
        "Check the key and its secret (Scenario's web app, API keys), then log in again.",
    );
    return EXIT.auth;
  }
  ctx.out.error(
    `could not check the key with the API: ${formatFailure(result.failure)}; nothing saved. ` +
      "Check --base-url and your network, or pass --no-verify to save it unchecked.",
  );
  return EXIT.failed;
}
