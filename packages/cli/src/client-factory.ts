// The one place a command gets its client: credentials (flags → environment → config file),
// base URL, proxy, timeouts, retries and logging. Planning is separate from creating so that a
// command can list every problem with its other input checks before anything is sent.
import { DEFAULT_BASE_URL, Scenario } from "@scenario-sdk/client";
import type { Context } from "./context.js";
import { resolveCliCredentials, type ResolvedCredentials } from "./credentials.js";
import { UsageError } from "./errors.js";
import { createProxyDispatcher, proxyFor, proxySettings, type ProxySettings } from "./proxy.js";

export interface ClientPlan {
  credentials: ResolvedCredentials;
  baseURL: string;
  proxy: ProxySettings | undefined;
}

/** Checks what the client needs; `plan` is set when there is no problem. */
export function planClient(ctx: Context): { plan?: ClientPlan; problems: string[] } {
  const problems: string[] = [];
  let credentials: ResolvedCredentials | undefined;
  try {
    credentials = resolveCliCredentials(ctx.globals, ctx.io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    problems.push(...error.problems);
  }
  const baseURL = credentials?.baseURL;
  if (baseURL && !isHttpUrl(baseURL.value)) {
    const where = baseURL.layer === "flags" ? "--base-url" : `the base URL from ${baseURL.layer}`;
    problems.push(`${where} is not an http(s) URL: ${baseURL.value}`);
  }
  const proxy = proxySettings(ctx.io.env);
  problems.push(...proxy.problems);
  if (problems.length || !credentials) return { problems };
  return {
    problems,
    plan: { credentials, baseURL: baseURL?.value ?? DEFAULT_BASE_URL, proxy: proxy.settings },
  };
}

/** The client for this run; its proxy connections are closed when the command ends. */
export async function createClient(plan: ClientPlan, ctx: Context): Promise<Scenario> {
  const { credentials, baseURL, proxy } = plan;
  const auth =
    credentials.scheme === "bearer"
      ? { bearerToken: credentials.token!.value }
      : { apiKey: credentials.apiKey!.value, apiSecret: credentials.apiSecret!.value };
  // No proxy variable: no fetchOptions, so the client takes its Node transport (node:http).
  // A proxy variable set: fetch with undici's EnvHttpProxyAgent, which decides per request URL
  // (API, signed storage and CDN hosts alike) with NO_PROXY. Simplified on purpose: a NO_PROXY
  // that excludes the API host still leaves the whole client on fetch, since signed URLs go to
  // other hosts the proxy may have to reach.
  const fetchOptions = proxy ? { dispatcher: await createProxyDispatcher(proxy) } : undefined;
  if (fetchOptions) ctx.defer(() => fetchOptions.dispatcher.destroy());
  const log = (line: string) => ctx.out.info(line);
  const client = new Scenario({
    ...auth,
    // everything explicit: the client must not read process.env behind the CLI's layers
    baseURL,
    timeout: ctx.globals.timeout,
    maxRetries: ctx.globals.maxRetries,
    logLevel: ctx.globals.verbose ? "debug" : "off",
    logger: { error: log, warn: log, info: log, debug: log },
    fetchOptions,
  });
  const via = proxyFor(baseURL, proxy);
  ctx.endpoint = {
    host: new URL(client.baseURL).host,
    timeout: client.timeout,
    ...(via ? { proxy: via } : {}),
  };
  return client;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
