// `pnpm test`: every check CI runs, in order, then one plain closing line `N passed, N failed`
// (vitest's tests plus one per check), which is what CI reads. The checks: generated files
// match the spec, the release gate (a breaking spec change has a major changeset), the spec
// lints, formatting, the code lints (oxlint), build + typecheck, size budgets, package lint
// (publint/attw), and the packed tarballs installed in a fresh project.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./generate/spec.mjs";

const RESULTS = resolve(ROOT, ".test-results/vitest.json");

const CHECKS = [
  ["generate --check", "node", ["scripts/generate.mjs", "--check"]],
  // a breaking spec change since the last release (else main) needs a major changeset
  ["release gate", "node", ["scripts/release-gate.mjs"]],
  ["lint:spec", "pnpm", ["run", "--silent", "lint:spec"]],
  ["format:check", "pnpm", ["run", "--silent", "format:check"]],
  ["lint", "pnpm", ["run", "--silent", "lint"]],
  // --continue: one failing task must not kill another's build half-way (a broken dist/)
  [
    "build + typecheck",
    "pnpm",
    ["exec", "turbo", "run", "build", "typecheck", "--continue", "--output-logs=errors-only"],
  ],
  ["size-limit", "pnpm", ["exec", "size-limit"]],
  ["check:packages", "node", ["scripts/check-packages.mjs"]],
  ["test:packed", "node", ["scripts/test-packed.mjs"]],
];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const { status, error } = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    // no telemetry calls from turbo or redocly: CI reaches only the package registries
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off" },
  });
  if (error) console.error(`error: could not run ${command}: ${error.message}`);
  return status === 0;
}

export function summarize(checks, vitest) {
  const passed = checks.filter((c) => c.ok).length + vitest.passed;
  const failed = checks.filter((c) => !c.ok).length + vitest.failed;
  return { passed, failed, line: `${passed} passed, ${failed} failed` };
}

function readVitestResults() {
  if (!existsSync(RESULTS)) return { passed: 0, failed: 1, missing: true };
  const json = JSON.parse(readFileSync(RESULTS, "utf8"));
  // a file that fails outside its tests (loading, a beforeAll hook) has no failed test of its
  // own but counts as one failure
  const brokenFiles = json.testResults.filter(
    (f) => f.status === "failed" && !f.assertionResults.some((t) => t.status === "failed"),
  ).length;
  return { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles };
}

function main(argv) {
  const checks = CHECKS.map(([label, command, args]) => ({ label, ok: run(label, command, args) }));
  rmSync(RESULTS, { force: true });
  mkdirSync(resolve(RESULTS, ".."), { recursive: true });
  const vitestOk = run("vitest", "pnpm", [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${RESULTS}`,
    ...argv,
  ]);
  const vitest = readVitestResults();
  if (vitest.missing) console.error("error: vitest wrote no results (see its output above)");
  // vitest failed for a reason its counts do not show (e.g. an unhandled error): one failure
  if (!vitestOk && vitest.failed === 0) vitest.failed = 1;
  const { failed, line } = summarize(checks, vitest);
  console.log(`\nchecks: ${checks.map((c) => `${c.label} ${c.ok ? "ok" : "FAILED"}`).join(", ")}`);
  console.log(line);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
