import type { GlobalFlags } from "./config.js";
import type { Output, Streams } from "./output.js";

/** Global flags after parsing (strings from commander, numbers after checking). */
export interface Globals extends GlobalFlags {
  timeout?: number;
  maxRetries?: number;
  verbose?: boolean;
}

/** What every command gets: the streams, the output writer and the global flags. */
export interface Context {
  io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } };
  out: Output;
  globals: Globals;
  /** Aborted on the first Ctrl-C: start nothing new, let requests in flight land. */
  stopping: AbortSignal;
  /** Aborted on the second Ctrl-C: cancel requests in flight too. */
  signal: AbortSignal;
}
