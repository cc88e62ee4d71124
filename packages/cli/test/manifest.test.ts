// --manifest: checked before the first request, and locked so two runs cannot share it.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import {
  jsonLines,
  makeFixtures,
  PNG_BYTES,
  requestName,
  runCli,
  runInProcess,
} from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const ok = () =>
  server.reset((_req, res, index) =>
    json(res, 200, { asset: { id: `asset_${requestName(server, index)}` } }),
  );
const upload = (args: string[]) =>
  runInProcess(["assets", "upload", "--max-retries", "0", ...args], { env: env() });

describe("--manifest is checked before the first request (exit 2, nothing sent)", () => {
  test.each([
    [
      "in a missing folder",
      () => join(fx.dir, "no-such-folder", "m.jsonl"),
      /no-such-folder.*does not exist/,
    ],
    ["pointing at a directory", () => fx.folder, /is a directory/],
  ])("%s", async (_name, manifest, message) => {
    ok();
    const result = await upload([fx.png, "--manifest", manifest()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain("unexpected");
    expect(server.requests).toHaveLength(0);
  });

  test("in a read-only folder", async () => {
    ok();
    // root may write anywhere: run the check as an ordinary user then
    const asUser = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const shared = makeFixtures();
    chmodSync(shared.dir, 0o755);
    chmodSync(shared.png, 0o644);
    const readOnly = join(shared.dir, "read-only");
    mkdirSync(readOnly, { mode: 0o555 });
    chmodSync(readOnly, 0o555);
    const result = await runCli(
      ["assets", "upload", shared.png, "--manifest", join(readOnly, "m.jsonl")],
      { env: { ...env(), XDG_CONFIG_HOME: readOnly }, ...asUser },
    );
    expect(result.stderr).toMatch(/read-only.*cannot be written/);
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });
});

describe("--manifest lock", () => {
  test("a run holding the manifest is named, and a second run sends nothing (exit 2)", async () => {
    const manifest = join(fx.dir, "held.jsonl");
    writeFileSync(
      `${manifest}.lock`,
      JSON.stringify({ pid: process.pid, host: hostname(), startedAt: "2026-01-01T00:00:00Z" }),
    );
    ok();
    const result = await upload([fx.png, "--manifest", manifest]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`in use by another run (pid ${process.pid} on ${hostname()}`);
    expect(result.stderr).toContain(`${manifest}.lock`);
    expect(server.requests).toHaveLength(0);
  });

  test("a stale lock left by a dead process on this host is taken over, and released at the end", async () => {
    const manifest = join(fx.dir, "stale.jsonl");
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(
      `${manifest}.lock`,
      JSON.stringify({ pid: dead, host: hostname(), startedAt: "2026-01-01T00:00:00Z" }),
    );
    ok();
    const result = await upload([fx.png, "--manifest", manifest]);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(existsSync(`${manifest}.lock`)).toBe(false);
  });

  test("two runs sharing one manifest: the second is refused, each file is uploaded once", async () => {
    const files = Array.from({ length: 4 }, (_, i) =>
      fx.file(`shared-${i}.png`, new Uint8Array([...PNG_BYTES, i])),
    );
    const manifest = join(fx.dir, "shared.jsonl");
    let release!: () => void;
    const firstArrived = new Promise<void>((resolve) => (release = resolve));
    server.reset((_req, res, index) => {
      release();
      setTimeout(
        () =>
          json(res, 200, {
            asset: { id: `asset_${requestName(server, index)}` },
          }),
        100,
      );
    });
    const args = ["assets", "upload", ...files, "--manifest", manifest, "--concurrency", "1"];
    const first = runCli(args, { env: env() });
    await firstArrived;
    const second = await runInProcess(args, { env: env() });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/shared\.jsonl is in use by another run \(pid \d+/);
    expect((await first).code).toBe(0);
    expect(server.requests).toHaveLength(4);
    expect(jsonLines(readFileSync(manifest, "utf8"))).toHaveLength(4);
  });
});

describe("Manifest.mayHave", () => {
  test("only a path recorded with this size (or a line without a size) may hold the file", async () => {
    const { Manifest } = await import("../src/manifest.js");
    const path = join(fx.dir, "may-have.jsonl");
    writeFileSync(
      path,
      [
        JSON.stringify({ path: "/data/a.mp4", size: 10, sha256: "aa", assetId: "asset_a" }),
        JSON.stringify({ path: "/data/b.mp4", sha256: "bb", assetId: "asset_b" }),
        "",
      ].join("\n"),
    );
    const manifest = Manifest.open(path);
    try {
      expect(manifest.mayHave(["/data/a.mp4"], 10)).toBe(true);
      expect(manifest.mayHave(["/data/a.mp4"], 11)).toBe(false);
      expect(manifest.mayHave(["/elsewhere/a.mp4"], 10)).toBe(false);
      expect(manifest.mayHave(["/data/b.mp4"], 99)).toBe(true);
      manifest.add({ path: "/data/c.mp4", size: 5, sha256: "cc", assetId: "asset_c" });
      expect(manifest.mayHave(["/data/c.mp4"], 5)).toBe(true);
    } finally {
      manifest.close();
    }
  });
});
