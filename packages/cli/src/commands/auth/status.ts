// `scenario auth status`: which credentials would be used, and where each value comes from.
// Never prints a secret or a token, nor the whole of a key.
import { DEFAULT_BASE_URL, ENV } from "@scenario-sdk/client";
import { configPath } from "../../config-file.js";
import type { Context } from "../../context.js";
import {
  MissingCredentialsError,
  resolveCliCredentials,
  type Found,
  type Layer,
} from "../../credentials.js";
import { EXIT } from "../../errors.js";
import { maskKey } from "../../mask.js";

export async function run(_input: unknown, ctx: Context): Promise<number> {
  const path = configPath(ctx.io.env);
  let credentials;
  try {
    credentials = resolveCliCredentials(ctx.globals, ctx.io.env);
  } catch (error) {
    if (!(error instanceof MissingCredentialsError)) throw error;
    ctx.out.print(
      `Not logged in: no --api-key/--api-secret or --token, no ${ENV.apiKey}/${ENV.apiSecret} or ${ENV.bearerToken}, and no ${path}.\nRun \`scenario auth login\`.`,
    );
    return EXIT.failed;
  }
  const where = (found: Found) => from(found.layer, path);
  const { apiKey, apiSecret, token, baseURL } = credentials;
  if (token) {
    ctx.out.print(`Using a bearer token (hidden), ${where(token)}.`);
  } else if (apiKey && apiSecret) {
    const key = `API key ${maskKey(apiKey.value)}`;
    ctx.out.print(
      apiKey.layer === apiSecret.layer
        ? `Using ${key} with its secret (hidden), ${where(apiKey)}.`
        : `Using ${key} (${where(apiKey)}) with a secret (hidden, ${where(apiSecret)}).`,
    );
  }
  ctx.out.print(
    baseURL
      ? `API base URL: ${baseURL.value} (${where(baseURL)})`
      : `API base URL: ${DEFAULT_BASE_URL} (default)`,
  );
  return EXIT.ok;
}

function from(layer: Layer, path: string): string {
  return layer === "config file" ? `from the config file ${path}` : `from ${layer}`;
}
