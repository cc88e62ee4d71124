// A logger (the client's Logger shape) that keeps every line it is given, for tests to read.
import { inspect } from "node:util";

export interface CollectingLogger {
  lines: string[];
  logger: Record<
    "error" | "warn" | "info" | "debug",
    (message: string, ...rest: unknown[]) => void
  >;
}

/** Each call becomes one line: the message, then any extra arguments inspected in depth. */
export function collectingLogger(): CollectingLogger {
  const lines: string[] = [];
  const push = (message: string, ...rest: unknown[]) =>
    lines.push([message, ...rest.map((a) => inspect(a, { depth: 10 }))].join(" "));
  return { lines, logger: { error: push, warn: push, info: push, debug: push } };
}
