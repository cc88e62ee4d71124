// The built `scenario` as a user runs it: `list | head` stops the walk without noise, and Ctrl-C
// during `download` lets files in flight finish (once) or cancels them (twice), leaving no half
// file, and a rerun completes the job.
import type { ChildProcess } from "node:child_process";
import type { ServerResponse } from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { asset, fakeApi, route } from "./assets-api.js";
import { BIN, runCli } from "./run-cli.js";
import { STATE_FILE } from "../src/commands/assets/download-state.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const pages = (n: number, size: number) =>
  Array.from({ length: n }, (_, p) =>
    Array.from({ length: size }, (_, i) =>
      asset(`asset_${p}_${i}`, { name: `${p}-${i}.png`, size: 64 }),
    ),
  );
/** What is in the folder, but the download state file. */
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== STATE_FILE)
    .sort();
const count = (kind: string) => server.requests.filter((q) => route(q).kind === kind).length;

/** A promise and the function that settles it. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire };
}

/** Resolves once `child`'s stderr has said `text`. */
const said = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve) => {
    let seen = "";
    child.stderr!.on("data", (chunk) => {
      seen += chunk;
      if (seen.includes(text)) resolve();
    });
  });

describe("scenario assets list, its reader gone", () => {
  test("the page whose lines meet the closed pipe is the last asked for: no EPIPE, exit 0", async () => {
    const readerGone = signal();
    fakeApi(server, {
      pages: pages(3, 5),
      // page 2 is answered once the reader has gone, so its lines meet a closed pipe
      hold: (req) => (req.url!.includes("paginationToken") ? readerGone.fired : undefined),
    });
    const result = await runCli(["assets", "list"], {
      env: env(),
      onSpawn: (child) => {
        // the whole first page is read (so it is written without error), then the pipe closes
        let text = "";
        child.stdout!.on("data", (chunk) => {
          text += chunk;
          if (text.split("\n").length <= 5) return;
          child.stdout!.destroy();
          readerGone.fire();
        });
      },
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(count("list")).toBe(2);
  });

  test("`| head -3` through a shell: three lines, exit 0, nothing on stderr", async () => {
    fakeApi(server, { pages: pages(3, 5) });
    const result = await runCli([], {
      env: env(),
      command: ["bash", "-c", 'node "$0" assets list | head -3; exit "${PIPESTATUS[0]}"', BIN],
    });
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(3);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("a reader that leaves as the run ends", () => {
  // the pipe's EPIPE can be reported after the command has returned: it must not crash
  const headOne = (args: string[]) =>
    runCli([], {
      env: env(),
      command: ["bash", "-c", 'node "$0" "$@" | head -1; exit "${PIPESTATUS[0]}"', BIN, ...args],
    });

  test("`scenario --help | head -1` and `assets get <150 ids> | head -1`: exit 0, no stack trace", async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `asset_${i}`);
    for (let round = 0; round < 5; round++) {
      fakeApi(server, { known: ids.map((id) => asset(id)) });
      for (const args of [["--help"], ["assets", "get", ...ids]]) {
        const result = await headOne(args);
        expect(result.stderr, args[0]).toBe("");
        expect(result.code, args[0]).toBe(0);
      }
    }
  });
});

describe("scenario assets download, interrupted", () => {
  test("Ctrl-C once: nothing new starts, files in flight finish whole; a rerun downloads the rest", async () => {
    const out = join(fx.dir, "once");
    const assets = pages(1, 6)[0]!;
    const stopping = signal();
    let child: ChildProcess | undefined;
    let cdnRequests = 0;
    fakeApi(server, {
      known: assets,
      hold: (req) => {
        if (route(req).kind !== "cdn") return undefined;
        // both lanes busy: Ctrl-C, and answer only once the CLI said it is stopping
        if (++cdnRequests === 2) child!.kill("SIGINT");
        return stopping.fired;
      },
    });
    const ids = assets.map((a) => a.id);
    const args = ["assets", "download", ...ids, "--out", out, "--concurrency", "2", "--json"];
    const first = await runCli(args, {
      env: env(),
      onSpawn: (spawned) => {
        child = spawned;
        void said(spawned, "SIGINT: stopping").then(stopping.fire);
      },
    });
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/interrupted: 2 downloaded \(128 B\); the rest not started/);
    expect(count("cdn")).toBe(2);
    expect(files(out)).toEqual(["0-0.png", "0-1.png"]);
    expect(readFileSync(join(out, "0-0.png"))).toHaveLength(64);

    fakeApi(server, { known: assets });
    const second = await runCli(args, { env: env() });
    expect(second.code).toBe(0);
    expect(count("cdn")).toBe(4);
    expect(files(out)).toEqual(assets.map((a) => `${a.metadata.name}`).sort());
  });

  test("Ctrl-C twice: files in flight are cancelled and leave nothing, not even a temp file", async () => {
    const out = join(fx.dir, "twice");
    const assets = pages(1, 3)[0]!;
    const held: ServerResponse[] = [];
    let child: ChildProcess | undefined;
    fakeApi(server, {
      known: assets,
      cdn: (_id, _req, res) => {
        // half a file, then nothing more until cancelled
        res.writeHead(200, { "content-length": 64 });
        res.write(Buffer.alloc(32));
        held.push(res);
        if (held.length === 2) child!.kill("SIGINT");
        return true;
      },
    });
    const result = await runCli(
      ["assets", "download", ...assets.map((a) => a.id), "--out", out, "--concurrency", "2"],
      {
        env: env(),
        onSpawn: (spawned) => {
          child = spawned;
          void said(spawned, "SIGINT: stopping").then(() => spawned.kill("SIGINT"));
        },
      },
    );
    for (const res of held) res.destroy();
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(
      /interrupted: 0 downloaded \(0 B\), 2 cancelled; the rest not started/,
    );
    expect(result.stderr).not.toMatch(/error: asset_/);
    expect(files(out)).toEqual([]);
  });
});
