// `scenario auth status`: which credentials would be used, from where. Never prints a secret.
import { configPath, ENV_VARS, resolveCredentials } from "../../config.js";
import type { Context } from "../../context.js";
import { EXIT } from "../../errors.js";
import { maskKey } from "./login.js";

export async function statusCommand(ctx: Context): Promise<number> {
  const path = configPath(ctx.io.env);
  const credentials = resolveCredentials(ctx.globals, ctx.io.env);
  if (!credentials) {
    ctx.out.print(
      `Not logged in: no --api-key/--api-secret, no ${ENV_VARS.apiKey}/${ENV_VARS.apiSecret} or ${ENV_VARS.token}, and no ${path}.\nRun \`scenario auth login\`.`,
    );
    return EXIT.failed;
  }
  const what = credentials.apiKey
    ? `API key ${maskKey(credentials.apiKey)} with its secret (hidden)`
    : "a bearer token (hidden)";
  const where =
    credentials.source === "config file" ? `the config file ${path}` : credentials.source;
  ctx.out.print(`Using ${what}, from ${where}.`);
  if (credentials.baseURL) ctx.out.print(`API base URL: ${credentials.baseURL}`);
  return EXIT.ok;
}
