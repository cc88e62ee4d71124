// 1,000 files under `ulimit -n 256` (the macOS default): every one is checked and uploaded.
import { execPath } from "node:process";
import { expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, BIN, makeFixtures, PNG_BYTES, runCli } from "./run-cli.js";

const server = useTestServer();

test("1,000 files with 256 open files allowed: all checked, all uploaded", async () => {
  const fx = makeFixtures();
  const names = Array.from({ length: 1000 }, (_, i) => {
    fx.file(`f${i}.png`, new Uint8Array([...PNG_BYTES, i & 0xff, i >> 8]));
    return `f${i}.png`;
  });
  server.reset((_req, res, index) => json(res, 200, { asset: { id: `asset_${index}` } }));
  const env = apiEnv(fx.configHome, server.url);
  // the file names go through "$@": no shell quoting to get wrong
  const result = await runCli([], {
    env,
    cwd: fx.dir,
    command: [
      "sh",
      "-c",
      'ulimit -n 256 && exec "$0" "$@"',
      execPath,
      BIN,
      "assets",
      "upload",
      "--concurrency",
      "8",
      "--max-retries",
      "0",
      ...names,
    ],
  });
  expect(result.stderr).not.toMatch(/EMFILE|too many open files/i);
  expect(result.code).toBe(0);
  expect(server.requests).toHaveLength(1000);
}, 60_000);
