import type { Output, Streams } from "./output.js";

/** Global flags after parsing (strings from commander, numbers after checking). */
export interface Globals {
  apiKey?: string;
  apiSecret?: string;
  token?: string;
  baseUrl?: string;
  timeout?: number;
  maxRetries?: number;
  verbose?: boolean;
  /** A profile of the config file (issue 23). */
  profile?: string;
  /** auto | always | never (issue 23). */
  color?: "auto" | "always" | "never";
}

/** Where requests go, for messages that name the host (set by the client factory). */
export interface Endpoint {
  host: string;
  timeout: number;
  /** The proxy in use for this host, as `host:port` and the variable it came from. */
  proxy?: string;
}

/** What every command gets: the streams, the output writer, the global flags, the signals. */
export interface Context {
  io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } };
  out: Output;
  globals: Globals;
  /** Aborted by the first Ctrl-C, SIGTERM or SIGHUP: start nothing new, let requests in flight land. */
  stopping: AbortSignal;
  /** Aborted by the second: cancel requests in flight too. */
  signal: AbortSignal;
  /** 128 + the signal's number once a signal stopped the run. */
  stoppedExitCode(): number | undefined;
  /** Runs `cleanup` when the command ends, however it ends (closing sockets, releasing a lock). */
  defer(cleanup: () => void | Promise<void>): void;
  endpoint?: Endpoint;
}
