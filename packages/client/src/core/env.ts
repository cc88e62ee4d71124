/** Reads an environment variable where there is one (Node, Bun, Deno); undefined in browsers. */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

/** True in a browser page (not in Node, workers or Deno). */
export function isBrowser(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return (
    typeof g.window === "object" &&
    typeof g.window.document !== "undefined" &&
    typeof g.navigator !== "undefined"
  );
}

/** True in Node (and runtimes that present themselves as it), whose fetch takes stream bodies. */
export function isNodeRuntime(): boolean {
  const process = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof process?.versions?.node === "string" && !isBrowser();
}

/** Node itself: Bun and Deno present themselves as Node too, but keep their own fetch. */
export function isPlainNode(): boolean {
  const g = globalThis as { process?: { versions?: { bun?: string } }; Deno?: unknown };
  return isNodeRuntime() && g.process?.versions?.bun === undefined && g.Deno === undefined;
}
