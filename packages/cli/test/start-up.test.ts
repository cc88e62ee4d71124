// What `scenario --help` loads: the entry chunk of the build and what it imports statically.
// No command module (only the `.spec.ts` rows of the table), no commander, no client, no undici:
// those are imported only when a command runs.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const DIST = new URL("../dist/", import.meta.url);

/** Every file and package reachable through static `import … from` lines, from `entry`. */
function staticImports(entry: string): { chunks: string[]; packages: string[] } {
  const chunks = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (chunks.has(file)) return;
    chunks.add(file);
    const code = readFileSync(new URL(file, DIST), "utf8");
    for (const [, from] of code.matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$/gm)) {
      if (from!.startsWith("./")) visit(from!.slice(2));
      else packages.add(from!);
    }
  };
  visit(entry);
  return { chunks: [...chunks], packages: [...packages] };
}

describe("start-up", () => {
  test("the entry imports no command module, no commander, no client and no undici before a command runs", () => {
    const { chunks, packages } = staticImports("main.mjs");
    expect(packages.every((p) => p.startsWith("node:"))).toBe(true);
    // main.mjs and the command table: every ES module loaded costs start-up time
    expect(chunks.length).toBeLessThanOrEqual(2);
    for (const chunk of chunks) {
      const code = readFileSync(new URL(chunk, DIST), "utf8");
      expect(code, chunk).not.toMatch(/\/\/#region src\/commands\/\w+\/(?![\w-]+\.spec\.ts)/);
      expect(code, chunk).not.toMatch(
        /\/\/#region src\/(cli|register|client-factory|credentials|proxy)\.ts/,
      );
      expect(code, chunk).not.toMatch(/node_modules\/commander|class Command\b/);
    }
  });
});
