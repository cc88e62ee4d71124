// Nothing stored goes unrecorded: a closed stdout stops output, not bookkeeping; SIGINT
// (Ctrl-C), SIGTERM and SIGHUP stop the same way — nothing new starts, uploads in flight land
// and are recorded — and a rerun finishes the job without sending any file twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, jsonLines, makeFixtures, PNG_BYTES, requestName, runCli } from "./run-cli.js";

const server = useTestServer();

/** Files, a manifest, and a server that stores each upload `delayMs` after it arrives. */
function setup(prefix: string, count: number, delayMs: number) {
  const fx = makeFixtures();
  const files = Array.from({ length: count }, (_, i) =>
    fx.file(`${prefix}-${i}.png`, new Uint8Array([...PNG_BYTES, i])),
  );
  const manifest = join(fx.dir, "uploads.jsonl");
  const stored: string[] = [];
  server.reset((_req, res, index) => {
    const name = requestName(server, index);
    setTimeout(() => {
      stored.push(name);
      json(res, 200, { asset: { id: `asset_${name}` } });
    }, delayMs);
  });
  const recorded = () =>
    jsonLines<{ assetId: string }>(readFileSync(manifest, "utf8"))
      .map((e) => e.assetId)
      .sort();
  return { files, manifest, stored, env: apiEnv(fx.configHome, server.url), recorded };
}

describe("a closed stdout", () => {
  test("`--json --manifest m | head -1`: no EPIPE crash, every stored asset recorded", async () => {
    const { files, manifest, stored, env, recorded } = setup("pipe", 6, 50);
    const result = await runCli(
      ["assets", "upload", ...files, "--json", "--manifest", manifest, "--concurrency", "2"],
      {
        env,
        onSpawn: (child) => child.stdout!.once("data", () => child.stdout!.destroy()),
      },
    );
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.code).toBe(0);
    expect(stored).toHaveLength(6);
    expect(recorded()).toEqual(stored.map((n) => `asset_${n}`).sort());
  });
});

describe.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const)("%s", (signal, code) => {
  test(`stops cleanly (exit ${code}) with the manifest intact, and a rerun uploads only the rest`, async () => {
    const { files, manifest, stored, env, recorded } = setup(signal, 10, 300);
    const args = ["assets", "upload", ...files, "--manifest", manifest, "--concurrency", "2"];
    const first = await runCli(args, {
      env,
      onSpawn: (child) => {
        // once the first request has arrived, send the signal
        const timer = setInterval(() => {
          if (server.requests.length > 0) {
            clearInterval(timer);
            child.kill(signal);
          }
        }, 10);
      },
    });
    expect(first.code).toBe(code);
    expect(first.stderr).toMatch(
      /interrupted: \d+ uploaded, \d+ not started\. Rerun the same command to continue/,
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(10);
    // every request that reached the server was answered and recorded: nothing lost in flight
    expect(recorded()).toEqual(stored.map((n) => `asset_${n}`).sort());

    const second = await runCli(args, { env });
    expect(second.code).toBe(0);
    expect(recorded()).toHaveLength(10);
    expect(new Set(stored).size).toBe(10); // each file stored exactly once across both runs
    expect(stored).toHaveLength(10);
  });
});
