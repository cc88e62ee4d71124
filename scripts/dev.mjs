// `pnpm dev`: watches the spec, the generators and packages/*/src; on a save, runs turbo's
// build + typecheck (which regenerate first when the spec or the generators changed) and
// prints one line per rebuild: what changed, what ran, how long. Errors print in full.
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import chokidar from "chokidar";
import { ROOT } from "./generate/spec.mjs";

export const WATCHED = [
  "spec/openapi.yaml",
  "scripts/generate.mjs",
  "scripts/generate",
  "packages/*/src",
];

/** WATCHED with packages/*\/src spelled out (chokidar 3 does not descend into a glob's folders). */
function watchedPaths(root) {
  const dir = resolve(root, "packages");
  const packages = existsSync(dir) ? readdirSync(dir) : [];
  return [...WATCHED.slice(0, -1), ...packages.map((p) => `packages/${p}/src`)];
}
// written by the build itself (generate, turbo restoring a cached output): watching them would loop
const IGNORED = /(^|[\\/])(node_modules|dist|generated|\.turbo)([\\/]|$)/;
const TURBO_ARGS = ["exec", "turbo", "run", "build", "typecheck", "--output-logs=new-only"];

/** Runs turbo once: `{ ok, output }` (stdout and stderr together). */
export function runTurbo(root = ROOT) {
  return new Promise((resolvePromise) => {
    const child = spawn("pnpm", TURBO_ARGS, {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => resolvePromise({ ok: false, output: error.message }));
    child.on("close", (code) => resolvePromise({ ok: code === 0, output }));
  });
}

/** The tasks turbo ran (not restored from its cache), as "schemas:build", "generate"… */
export function tasksRun(output) {
  const ran = [...output.matchAll(/^(\S+):(\S+): cache (?:miss|bypass)/gm)].map(([, pkg, task]) =>
    pkg === "/" || pkg === "//" ? task : `${pkg.replace(/^@[^/]+\//, "")}:${task}`,
  );
  return [...new Set(ran)];
}

/** One line for one rebuild. */
export function rebuildLine({ changed, ok, output, ms }) {
  const time = new Date().toTimeString().slice(0, 8);
  const what =
    changed.length > 2
      ? `${changed.slice(0, 2).join(", ")} +${changed.length - 2}`
      : changed.join(", ");
  const ran = tasksRun(output);
  const did = ran.length ? `ran ${ran.join(", ")}` : "nothing to rebuild";
  return `[${time}] ${what || "start"}: ${ok ? "ok" : "FAILED"} in ${(ms / 1000).toFixed(1)}s, ${did}`;
}

/**
 * Watches `root` and calls `run` after each burst of saves (one run at a time; saves during a
 * run start one more after it). Returns the watcher; `onLine` receives each rebuild's line.
 */
export function startDev({
  root = ROOT,
  run = runTurbo,
  onLine = console.log,
  onError = console.error,
  delay = 150,
} = {}) {
  let pending = new Set();
  let running = false;
  let timer;
  const rebuild = async () => {
    if (running) return;
    running = true;
    const changed = [...pending];
    pending = new Set();
    const started = performance.now();
    const { ok, output } = await run(root);
    onLine(rebuildLine({ changed, ok, output, ms: performance.now() - started }));
    if (!ok) onError(output.trimEnd());
    running = false;
    if (pending.size) rebuild();
  };
  const watcher = chokidar.watch(watchedPaths(root), {
    cwd: root,
    ignoreInitial: true,
    ignored: (p) => IGNORED.test(relative(root, resolve(root, p))),
  });
  watcher.on("all", (_event, path) => {
    pending.add(relative(root, resolve(root, path)));
    clearTimeout(timer);
    timer = setTimeout(rebuild, delay);
  });
  return { watcher, rebuild };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`dev: watching ${WATCHED.join(", ")} (Ctrl-C to stop)`);
  startDev().rebuild();
}
