// Bundle sizes as `pnpm size` measures them: size-limit run on the budgets in `.size-limit.js`
// (one definition of what is measured and of each limit; nothing is re-measured here).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../generate/spec.mjs";

/** [{ name, size (bytes, min+gzip), sizeLimit (bytes), passed }] for every entry of .size-limit.js. */
export function benchSize() {
  const pkg = createRequire(join(ROOT, "package.json")).resolve("size-limit/package.json");
  const bin = join(pkg, "../bin.js");
  // size-limit exits 1 when a budget is exceeded, and still prints every entry
  const run = spawnSync(process.execPath, [bin, "--json"], { cwd: ROOT, encoding: "utf8" });
  let entries;
  try {
    entries = JSON.parse(run.stdout);
  } catch {
    throw new Error(`size-limit failed (${run.status}): ${run.stderr || run.stdout}`);
  }
  return entries.map(({ name, size, sizeLimit, passed }) => ({ name, size, sizeLimit, passed }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const e of benchSize()) {
    console.log(
      `${e.passed ? "✅" : "❌"} ${e.name}: ${(e.size / 1000).toFixed(2)} kB (limit ${(e.sizeLimit / 1000).toFixed(1)} kB)`,
    );
  }
}
