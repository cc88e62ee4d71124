// A levelled logger that never sees a secret: callers pass method, URL, status and timing only.
import { readEnv } from "./env.js";
import { ENV } from "./auth.js";

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

function isLevel(value: string | undefined): value is LogLevel {
  return value !== undefined && value in RANK;
}

/** A logger that knows which levels it keeps, so callers build no line it would drop. */
export interface LevelLogger extends Logger {
  enabled(level: Exclude<LogLevel, "off">): boolean;
}

/** Returns a logger that drops messages below `level` (option, else SCENARIO_LOG, else "off"). */
export function createLogger(level: LogLevel | undefined, logger: Logger = console): LevelLogger {
  const fromEnv = readEnv(ENV.logLevel);
  const chosen: LogLevel = level ?? (isLevel(fromEnv) ? fromEnv : "off");
  const noop = () => {};
  const enabled = (l: Exclude<LogLevel, "off">) => RANK[chosen] >= RANK[l];
  const at = (l: Exclude<LogLevel, "off">) =>
    enabled(l) ? (m: string, ...r: unknown[]) => logger[l](`[scenario] ${m}`, ...r) : noop;
  return { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug"), enabled };
}
