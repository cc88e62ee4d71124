// `scenario auth login`: store an API key and secret in the config file (mode 0600).
import { assertWritableConfig, configPath, loadConfig, writeConfig } from "../../config-file.js";
import type { Context } from "../../context.js";
import { EXIT, UsageError } from "../../errors.js";
import { maskKey } from "../../mask.js";
import { ask, readPipedLines } from "./prompt.js";

export async function run(_input: unknown, ctx: Context): Promise<number> {
  const { env } = ctx.io;
  const path = configPath(env);
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
  const baseURL = ctx.globals.baseUrl?.trim() || existing.baseURL;
  writeConfig({ ...existing, apiKey, apiSecret, token: undefined, baseURL }, path, env);
  for (const problem of problems) ctx.out.warn(`${problem}: replaced by the new credentials.`);
  ctx.out.info(`Saved credentials for key ${maskKey(apiKey)} to ${path} (readable by you only).`);
  return EXIT.ok;
}
