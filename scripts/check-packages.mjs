// `pnpm check:packages`: publint on every published package and arethetypeswrong on the
// libraries (the CLI ships a command, no types), each on the packed tarball.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./generate/spec.mjs";

export const CHECKS = [
  ["publint @scenario-sdk/schemas", ["publint", "--strict", "packages/schemas"]],
  ["publint @scenario-sdk/client", ["publint", "--strict", "packages/client"]],
  ["publint @scenario-sdk/cli", ["publint", "--strict", "packages/cli"]],
  [
    "attw @scenario-sdk/schemas",
    ["attw", "--pack", "packages/schemas", "--format", "table-flipped"],
  ],
  ["attw @scenario-sdk/client", ["attw", "--pack", "packages/client", "--format", "table-flipped"]],
];

export function checkPackages() {
  return CHECKS.map(([name, [bin, ...args]]) => {
    const { status, stdout, stderr } = spawnSync(resolve(ROOT, "node_modules/.bin", bin), args, {
      cwd: ROOT,
      encoding: "utf8",
    });
    const ok = status === 0;
    console.log(`  ${ok ? "ok  " : "FAIL"}  ${name}`);
    if (!ok) console.log(stdout + stderr);
    return { name, ok };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = checkPackages();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
