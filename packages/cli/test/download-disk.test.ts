// `scenario assets download` on a full disk: the one file whose write fails with ENOSPC (its temp
// file is opened on /dev/full, which answers every write so) says the disk is full and where,
// leaves nothing behind, and the other files go on.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { startServer, type TestServer } from "@scenario-sdk/test-utils/http-server";
import { STATE_FILE } from "../src/commands/assets/download-state.js";
import { asset, fakeApi } from "./assets-api.js";
import { apiEnv, makeFixtures, runInProcess } from "./run-cli.js";

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const open: typeof real.open = (path, ...rest) =>
    /[/\\]\.full\.png\.[0-9a-f]+\.part$/.test(String(path))
      ? real.open("/dev/full", "w")
      : real.open(path, ...rest);
  return { ...real, default: { ...real, open }, open };
});

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
const fx = makeFixtures();

test.skipIf(!existsSync("/dev/full"))(
  "ENOSPC: the disk is full, and where; no partial file; the others land",
  async () => {
    const out = join(fx.dir, "out");
    fakeApi(server, {
      known: ["full", "b"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 64 })),
    });
    const result = await runInProcess(
      ["assets", "download", "asset_full", "asset_b", "--out", out, "--max-retries", "0"],
      { env: apiEnv(fx.configHome, server.url) },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: asset_full: download failed: the disk is full: cannot write into .*out \(ENOSPC\); free some space/m,
    );
    expect(result.stderr).not.toMatch(/cannot be read|changed after the checks/);
    expect(readdirSync(out).filter((f) => f !== STATE_FILE)).toEqual(["b.png"]);
  },
);
