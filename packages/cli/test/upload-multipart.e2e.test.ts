// Ctrl-C during a file sent in parts (the built command): the first signal lets the upload in
// flight land and be recorded, and starts nothing new; a second cancels it, and nothing of it
// is recorded. A rerun then sends only what is missing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { useTestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, jsonLines, makeFixtures, runCli } from "./run-cli.js";
import { MiB, mp4, serveUploads } from "./uploads-server.js";

const server = useTestServer();

/** A video (3 parts) then two images, one at a time; storage answers each part after `delayMs`. */
function setup(delayMs: number) {
  const fx = makeFixtures();
  const video = fx.file("trailer.mp4", mp4(12 * MiB));
  const manifest = join(fx.dir, "uploads.jsonl");
  const args = ["assets", "upload", video, fx.png, fx.jpg, "--concurrency", "1"];
  const flow = (slow = true) =>
    serveUploads(server, {
      part: (upload, number, _attempt, res) => {
        setTimeout(
          () => {
            upload.stored.set(number, Buffer.alloc(0));
            res.writeHead(200).end();
          },
          slow ? delayMs : 0,
        );
        return true;
      },
    });
  const recorded = () => jsonLines(readFileSync(manifest, "utf8")).map((e) => e.path);
  return {
    video,
    flow,
    recorded,
    args: [...args, "--manifest", manifest],
    env: apiEnv(fx.configHome, server.url),
  };
}

/** Sends `signal` once the first part has reached storage, then again after `againMs` if given. */
const interrupt = (againMs?: number) => (child: import("node:child_process").ChildProcess) => {
  const timer = setInterval(() => {
    if (!server.requests.some((r) => r.url.startsWith("/storage/"))) return;
    clearInterval(timer);
    child.kill("SIGINT");
    if (againMs !== undefined) setTimeout(() => child.kill("SIGINT"), againMs);
  }, 5);
};

describe("Ctrl-C during a file sent in parts", () => {
  test("once: the upload in flight lands and is recorded, nothing new starts; a rerun sends the rest", async () => {
    const { video, flow, recorded, args, env } = setup(200);
    const first = flow();
    const result = await runCli(args, { env, onSpawn: interrupt() });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(
      /waiting for 1 upload\(s\) in flight to land: .*trailer\.mp4 \(.* of 12 MiB sent\)\. A big file can take a while; Ctrl-C again cancels/,
    );
    expect(result.stderr).toMatch(
      /interrupted: 1 uploaded, 2 not started\. Rerun the same command/,
    );
    expect(result.stdout).toBe(`${video} → asset_of_upload_1\n`);
    expect(first.uploads.get("upload_1")!.completed).toBe(1);
    expect(recorded()).toEqual([video]);
    expect(server.requests.filter((r) => r.url.startsWith("/v1/assets"))).toHaveLength(0);

    flow(false);
    const rerun = await runCli(args, { env });
    expect(rerun.code).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/assets",
      "POST /v1/assets",
    ]);
    expect(recorded()).toHaveLength(3);
  });

  test("twice: the upload in flight is cancelled, not completed, not recorded; a rerun sends it", async () => {
    const { video, flow, recorded, args, env } = setup(2_000);
    const first = flow();
    const result = await runCli(args, { env, onSpawn: interrupt(100) });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/cancelling work in progress/);
    expect(result.stderr).toMatch(/interrupted: 0 uploaded, 1 cancelled in flight, 2 not started/);
    expect(result.stdout).toBe("");
    expect(first.uploads.get("upload_1")!.completed).toBe(0);
    expect(recorded()).toEqual([]);

    const again = flow(false);
    const rerun = await runCli(args, { env });
    expect(rerun.code).toBe(0);
    expect(again.uploads.get("upload_1")!.completed).toBe(1);
    expect(recorded()).toEqual(expect.arrayContaining([video]));
  }, 30_000);
});
