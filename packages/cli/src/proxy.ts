// HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lower-case forms first, as curl and undici read them).
// When one of the proxy variables is set, requests go through undici's EnvHttpProxyAgent, handed
// to the client as `fetchOptions.dispatcher`; undici is loaded only then (it costs start-up time).
import type { Dispatcher, Pool as UndiciPool } from "undici";

type PoolOptions = UndiciPool.Options;

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
 * The proxy settings from `env`, or undefined when no proxy is set, or when NO_PROXY is `*` (no
 * host goes through one: the client keeps its faster Node transport). Each value is given to
 * undici explicitly (an empty string for "none"), so it never reads `process.env` itself.
 */
export function proxySettings(env: Env): { settings?: ProxySettings; problems: string[] } {
  const http = pick(env, VARIABLES.httpProxy);
  const https = pick(env, VARIABLES.httpsProxy);
  if ((!http && !https) || pick(env, VARIABLES.noProxy)?.[1] === "*") return { problems: [] };
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
 * A proxy that closed the connection on a tunnel's CONNECT. undici 7 reconnects without end when
 * that happens (nodejs/undici#3897, fixed in undici 8, which needs Node 22): this error, whose
 * code undici does not take for a recoverable socket error, fails the request instead, so the
 * client's own retries (maxRetries) bound the attempts. Names the proxy, never its credentials.
 */
export class ProxyTunnelError extends Error {
  override name = "ProxyTunnelError";
  readonly code = "EPROXYTUNNEL";
  constructor(
    readonly proxy: string,
    target: string,
    options?: ErrorOptions,
  ) {
    super(`the proxy ${proxy} closed the connection when asked for a tunnel to ${target}`, options);
  }
}

/** undici's codes for a socket closed under it (the ones it reconnects after). */
const DROPPED = new Set(["UND_ERR_SOCKET", "UND_ERR_INFO"]);

/**
 * The dispatcher for the client's `fetchOptions`. Checked against Node 20's own fetch (which
 * bundles an older undici): undici 7's agent works with it, so the global fetch, and with it
 * the client's streamed uploads, are kept (see test/proxy.e2e.test.ts). Its connections to the
 * proxy turn a dropped CONNECT into a ProxyTunnelError (see there).
 */
export async function createProxyDispatcher(settings: ProxySettings): Promise<Dispatcher> {
  const { EnvHttpProxyAgent, Pool } = await import("undici");
  type ConnectOptions = Dispatcher.ConnectOptions;
  type ConnectData = Dispatcher.ConnectData;
  class TunnelPool extends Pool {
    readonly #proxy: string;
    constructor(url: string | URL, options: PoolOptions) {
      super(url, options);
      this.#proxy = new URL(url).host; // host:port only: no user name or password
    }
    // undici's ProxyAgent asks its proxy client for tunnels with the promise form only
    override connect(options: ConnectOptions): Promise<ConnectData>;
    override connect(
      options: ConnectOptions,
      callback: (err: Error | null, data: ConnectData) => void,
    ): void;
    override connect(
      options: ConnectOptions,
      callback?: (err: Error | null, data: ConnectData) => void,
    ): Promise<ConnectData> | void {
      const tunnel = super.connect(options).catch((error: unknown) => {
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code === "string" && DROPPED.has(code)) {
          throw new ProxyTunnelError(this.#proxy, String(options.path), { cause: error });
        }
        throw error;
      });
      if (!callback) return tunnel;
      tunnel.then(
        (data) => callback(null, data),
        (error: Error) => callback(error, undefined as unknown as ConnectData),
      );
    }
  }
  return new EnvHttpProxyAgent({
    ...settings,
    clientFactory: (url: string | URL, options: object) => new TunnelPool(url, options),
  } as ConstructorParameters<typeof EnvHttpProxyAgent>[0]);
}
