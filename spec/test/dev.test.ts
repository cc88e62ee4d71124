// `pnpm dev`'s watch loop, with turbo replaced by a recorder: a save to the spec or a package's
// source starts one rebuild and prints one line; generated files and dist/ (written by the
// build itself) start none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { rebuildLine, startDev, tasksRun } from "../../scripts/dev.mjs";

const TURBO_OUTPUT = [
  "//:generate: cache miss, executing 0123",
  "@scenario-sdk/schemas:build: cache miss, executing 4567",
  "@scenario-sdk/client:build: cache hit, replaying logs 89ab",
].join("\n");

let stop: (() => Promise<void>) | undefined;
afterEach(async () => stop?.());

function fixture() {
  const root = mkdtempSync(join(tmpdir(), "dev-watch-"));
  for (const dir of [
    "spec",
    "scripts/generate",
    "packages/client/src/generated",
    "packages/client/dist",
  ]) {
    mkdirSync(join(root, dir), { recursive: true });
  }
  writeFileSync(join(root, "spec/openapi.yaml"), "openapi: 3.1.0\n");
  writeFileSync(join(root, "packages/client/src/index.ts"), "export {};\n");
  return root;
}

async function watch(root: string) {
  const runs: string[][] = [];
  const lines: string[] = [];
  let changed: string[] = [];
  const { watcher } = startDev({
    root,
    delay: 50,
    onLine: (l: string) => lines.push(l),
    run: async () => {
      runs.push(changed);
      return { ok: true, output: TURBO_OUTPUT };
    },
  });
  watcher.on("all", (_e: string, p: string) => changed.push(p));
  await new Promise((r) => watcher.on("ready", r));
  stop = async () => {
    await watcher.close();
    rmSync(root, { recursive: true, force: true });
  };
  return { runs, lines, reset: () => (changed = []) };
}

const settle = () => new Promise((r) => setTimeout(r, 1000));

describe("pnpm dev", () => {
  test("a spec save starts one rebuild and prints one line naming the file and the tasks run", async () => {
    const root = fixture();
    const { runs, lines } = await watch(root);
    writeFileSync(join(root, "spec/openapi.yaml"), "openapi: 3.1.0\npaths: {}\n");
    await settle();
    expect(runs).toHaveLength(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[\d\d:\d\d:\d\d\] spec\/openapi\.yaml: ok in \d+\.\ds, ran generate, schemas:build$/,
    );
  });

  test("a source save rebuilds; generated files and dist/ do not", async () => {
    const root = fixture();
    const { runs } = await watch(root);
    writeFileSync(join(root, "packages/client/src/generated/openapi.ts"), "export {};\n");
    writeFileSync(join(root, "packages/client/dist/index.js"), "export {};\n");
    await settle();
    expect(runs).toHaveLength(0);
    writeFileSync(join(root, "packages/client/src/index.ts"), "export const a = 1;\n");
    await settle();
    expect(runs).toHaveLength(1);
  });

  test("a failed run is marked FAILED; a run with only cache hits says so", () => {
    expect(rebuildLine({ changed: ["a.ts"], ok: false, output: "", ms: 1234 })).toMatch(
      /a\.ts: FAILED in 1\.2s, nothing to rebuild$/,
    );
    expect(tasksRun(TURBO_OUTPUT)).toEqual(["generate", "schemas:build"]);
  });
});
