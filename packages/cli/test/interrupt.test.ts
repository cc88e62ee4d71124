// Ctrl-C during a bulk upload: uploads in flight land and are recorded, nothing new starts,
// and a rerun finishes the job without sending any file twice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { json, startServer, type TestServer } from "@scenario-sdk/test-utils/http-server";
import { cleanEnv, jsonLines, makeFixtures, PNG_BYTES, runCli } from "./run-cli.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

test("SIGINT stops cleanly with the manifest intact, and a rerun uploads only the rest", async () => {
  const fx = makeFixtures();
  const files = Array.from({ length: 10 }, (_, i) =>
    fx.file(`int-${i}.png`, new Uint8Array([...PNG_BYTES, i])),
  );
  const manifest = join(fx.dir, "uploads.jsonl");
  const env = cleanEnv(fx.configHome, {
    SCENARIO_SDK_API_KEY: "k",
    SCENARIO_SDK_API_SECRET: "s",
    SCENARIO_BASE_URL: server.url,
  });
  const stored: string[] = [];
  server.reset((_req, res, index) => {
    const { name } = JSON.parse(server.requests[index]!.body);
    setTimeout(() => {
      stored.push(name);
      json(res, 200, { asset: { id: `asset_${name}` } });
    }, 300);
  });
  const args = ["assets", "upload", ...files, "--concurrency", "2", "--manifest", manifest];
  const first = await runCli(args, {
    env,
    onSpawn: (child) => {
      // once the first request has arrived, interrupt
      const timer = setInterval(() => {
        if (server.requests.length > 0) {
          clearInterval(timer);
          child.kill("SIGINT");
        }
      }, 10);
    },
  });
  expect(first.code).toBe(130);
  expect(first.stderr).toMatch(
    /interrupted: \d+ uploaded, \d+ not finished\. Rerun the same command to continue/,
  );
  const recorded = jsonLines(readFileSync(manifest, "utf8"));
  expect(recorded.length).toBeGreaterThan(0);
  expect(recorded.length).toBeLessThan(10);
  // every request that reached the server was answered and recorded: nothing lost in flight
  expect(recorded.map((e) => e.assetId).sort()).toEqual(stored.map((n) => `asset_${n}`).sort());

  const second = await runCli(args, { env });
  expect(second.code).toBe(0);
  const all = jsonLines(readFileSync(manifest, "utf8"));
  expect(all).toHaveLength(10);
  expect(new Set(stored).size).toBe(10); // each file stored exactly once across both runs
  expect(stored).toHaveLength(10);
});
