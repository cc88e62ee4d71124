// Node's built-in modules, reached where bundlers do not look: this code also ships in browser
// bundles (never run there), and a static `import "node:fs"` would break them.

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

/** A Node built-in module (`node:fs`, `node:http`…); throws outside Node. */
export async function nodeModule<T>(id: string): Promise<T> {
  const process = (globalThis as { process?: NodeProcess }).process;
  // Node ≥ 20.16: synchronous and invisible to bundlers
  const builtin = process?.getBuiltinModule?.(id);
  if (builtin) return builtin as T;
  // older Node: a specifier bundlers cannot follow
  const specifier = id;
  return (await import(/* @vite-ignore */ specifier)) as T;
}
