// HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lower-case forms first, as curl and undici read them).
// When one of the proxy variables is set, requests go through undici's EnvHttpProxyAgent, handed
// to the client as `fetchOptions.dispatcher`; undici is loaded only then (it costs start-up time).
import type { Dispatcher } from "undici";

type Env = Record<string, string | undefined>;

export interface ProxySettings {
  httpProxy: string;
  httpsProxy: string;
  noProxy: string;
}

const VARIABLES = {
  httpProxy: ["http_proxy", "HTTP_PROXY"],
  httpsProxy: ["https_proxy", "HTTPS_PROXY"],
  noProxy: ["no_proxy", "NO_PROXY"],
} as const;

/** The first of `names` set in `env`, with its name. */
function pick(env: Env, names: readonly string[]): [name: string, value: string] | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return [name, value];
  }
  return undefined;
}

/**
 * The proxy settings from `env`, or undefined when no proxy is set. Each value is given to
 * undici explicitly (an empty string for "none"), so it never reads `process.env` itself.
 */
export function proxySettings(env: Env): { settings?: ProxySettings; problems: string[] } {
  const http = pick(env, VARIABLES.httpProxy);
  const https = pick(env, VARIABLES.httpsProxy);
  if (!http && !https) return { problems: [] };
  const problems: string[] = [];
  for (const [name, value] of [http, https].filter((p) => p !== undefined)) {
    if (!proxyAddress(value)) {
      // the value is not repeated: a proxy URL may hold a password
      problems.push(`${name} is not a valid proxy URL; expected http://host:port (or https://…).`);
    }
  }
  return {
    problems,
    settings: {
      httpProxy: http?.[1] ?? "",
      httpsProxy: https?.[1] ?? "",
      noProxy: pick(env, VARIABLES.noProxy)?.[1] ?? "",
    },
  };
}

/** `host:port` of a proxy URL, without any user name or password; undefined when not a URL. */
export function proxyAddress(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The proxy that requests to `baseURL` go through, as `host:port (VARIABLE)`, for error
 * messages. Undefined when none, and when NO_PROXY is set (undici decides then; not guessed here).
 */
export function proxyFor(baseURL: string, settings: ProxySettings | undefined): string | undefined {
  if (!settings || settings.noProxy) return undefined;
  const https = new URL(baseURL).protocol === "https:";
  const value = https ? settings.httpsProxy || settings.httpProxy : settings.httpProxy;
  const variable = https && settings.httpsProxy ? "HTTPS_PROXY" : "HTTP_PROXY";
  const address = value && proxyAddress(value);
  return address ? `${address} from ${variable}` : undefined;
}

/**
 * The dispatcher for the client's `fetchOptions`. Checked against Node 20's own fetch (which
 * bundles an older undici): undici 7's agent works with it, so the global fetch, and with it
 * the client's streamed uploads, are kept (see test/proxy.e2e.test.ts).
 */
export async function createProxyDispatcher(settings: ProxySettings): Promise<Dispatcher> {
  const { EnvHttpProxyAgent } = await import("undici");
  return new EnvHttpProxyAgent(settings);
}
