// `scenario assets download` reruns: what was written is known by asset id (and format), from
// the state file in --out, never from the API's listed size; answers that are not the asset.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { useTestServer } from "@scenario-sdk/test-utils/http-server";
import { downloadKey, DownloadState, STATE_FILE } from "../src/commands/assets/download-state.js";
import { asset, fakeApi, type FakeApiOptions } from "./assets-api.js";
import { apiEnv, jsonLines, makeFixtures, runInProcess } from "./run-cli.js";

const server = useTestServer();

const fx = makeFixtures();
let dirs = 0;
const outDir = () => join(fx.dir, `state-${++dirs}`);
const download = (args: string[]) =>
  runInProcess(["assets", "download", "--max-retries", "0", ...args], {
    env: apiEnv(fx.configHome, server.url),
  });
/** Everything in the folder but the state file (temp files included). */
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== STATE_FILE)
    .sort();
const bytes = (n: number, fill = "x") => new Uint8Array(Buffer.alloc(n, fill));
/** Runs `args` against a fresh fake; returns the result and the fake's request counter. */
async function run(options: FakeApiOptions, args: string[]) {
  const api = fakeApi(server, options);
  const result = await download([...args, "--json"]);
  return { result, lines: jsonLines(result.stdout), sign: api.requests("sign").length };
}

describe("reruns", () => {
  test("a listed size the CDN does not match (stale, converted, 0, none): a rerun asks for nothing and adds no copy", async () => {
    const out = outDir();
    const known = [
      asset("asset_a", { name: "a.png", size: 999 }), // stale
      asset("asset_b", { name: "b.png", size: 0 }),
      asset("asset_c", { name: "c.png" }), // none
    ];
    const served = { asset_a: bytes(7), asset_b: bytes(5), asset_c: bytes(3) };
    const ids = ["asset_a", "asset_b", "asset_c", "--out", out];
    const first = await run({ known, files: served }, ids);
    expect(first.result.code).toBe(0);
    expect(files(out)).toEqual(["a.png", "b.png", "c.png"]);
    for (let i = 0; i < 2; i++) {
      const again = await run({ known, files: served }, ids);
      expect(again.result.code).toBe(0);
      expect(again.sign).toBe(0);
      expect(again.lines.map((l) => [l.id, l.bytes, l.skipped])).toEqual([
        ["asset_a", 7, true],
        ["asset_b", 5, true],
        ["asset_c", 3, true],
      ]);
    }
    expect(files(out)).toEqual(["a.png", "b.png", "c.png"]);
  });

  test("--format: a rerun of the same format asks for nothing; another format is another file", async () => {
    const out = outDir();
    const known = [asset("asset_a", { name: "a.png", size: 10 })];
    const served = { asset_a: bytes(4) };
    await run({ known, files: served }, ["asset_a", "--format", "jpg", "--out", out]);
    const again = await run({ known, files: served }, ["asset_a", "--format", "jpg", "--out", out]);
    expect(again.sign).toBe(0);
    const webp = await run({ known, files: served }, ["asset_a", "--format", "webp", "--out", out]);
    expect(webp.sign).toBe(1);
    expect(files(out)).toEqual(["a.jpg", "a.webp"]);
  });

  test("an asset listed on two pages is one file", async () => {
    const out = outDir();
    const one = asset("asset_1", { name: "1.png", size: 2 });
    const { result, sign, lines } = await run(
      { pages: [[one], [asset("asset_2", { name: "2.png", size: 2 }), one]] },
      ["--collection", "col_1", "--out", out, "--concurrency", "1"],
    );
    expect(result.code).toBe(0);
    expect(files(out)).toEqual(["1.png", "2.png"]);
    expect(sign).toBe(2);
    expect(lines.map((l) => l.id)).toEqual(["asset_1", "asset_2"]);
  });

  test("a file already there of the listed size (0, or the same) is not taken for another asset's", async () => {
    const out = outDir();
    mkdirSync(out);
    writeFileSync(join(out, "empty.png"), ""); // the user's, unrelated
    const known = [
      asset("asset_e", { name: "empty.png", size: 0 }),
      asset("asset_a", { name: "hero.png", size: 4 }),
      asset("asset_b", { name: "hero.png", size: 4 }),
    ];
    const served = { asset_e: bytes(6), asset_a: bytes(4, "a"), asset_b: bytes(4, "b") };
    await run({ known, files: served }, ["asset_a", "--out", out]);
    // another asset, same name and size, in a later run: its own file
    const later = await run({ known, files: served }, ["asset_e", "asset_b", "--out", out]);
    expect(later.result.code).toBe(0);
    expect(later.sign).toBe(2);
    expect(files(out)).toEqual(["empty (2).png", "empty.png", "hero (2).png", "hero.png"]);
    expect(readFileSync(join(out, "empty.png"), "utf8")).toBe("");
    expect(readFileSync(join(out, "hero (2).png"), "utf8")).toBe("bbbb");
    expect(readFileSync(join(out, "hero.png"), "utf8")).toBe("aaaa");
  });

  test("a file the user removed is downloaded again; one the user replaced is kept as it is", async () => {
    const out = outDir();
    const known = ["a", "b"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 3 }));
    await run({ known }, ["asset_a", "asset_b", "--out", out]);
    rmSync(join(out, "a.png"));
    writeFileSync(join(out, "b.png"), "the user's own edit");
    const again = await run({ known }, ["asset_a", "asset_b", "--out", out]);
    expect(again.result.code).toBe(0);
    expect(again.sign).toBe(1);
    expect(files(out)).toEqual(["a.png", "b.png"]);
    expect(readFileSync(join(out, "b.png"), "utf8")).toBe("the user's own edit");
    expect(again.lines).toContainEqual({
      id: "asset_b",
      file: join(out, "b.png"),
      bytes: 3,
      skipped: true,
      changed: true,
    });
  });
});

/** A CDN answer: status 200 with these headers and body. */
const cdnAnswer =
  (id: string, headers: Record<string, string | number>, body: string) =>
  (got: string, _req: unknown, res: ServerResponse) => {
    if (got !== id) return false;
    res.writeHead(200, headers);
    res.end(body);
    return true;
  };

describe("answers that are not the asset: that file's failure, nothing left", () => {
  const page = "<!DOCTYPE html><html><body>Sign in</body></html>";
  test.each([
    ["an HTML page with status 200", { "content-type": "text/html; charset=utf-8" }, page],
    ["an HTML page sent as bytes", { "content-type": "application/octet-stream" }, `\n ${page}`],
    [
      "an XML error",
      { "content-type": "application/xml" },
      '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>',
    ],
  ])("%s for an image", async (_what, headers, body) => {
    const out = outDir();
    const known = ["a", "b"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 3 }));
    const { result } = await run({ known, cdn: cdnAnswer("asset_a", headers, body) }, [
      "asset_a",
      "asset_b",
      "--out",
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/asset_a: download failed: the answer is .*not the asset/);
    expect(files(out)).toEqual(["b.png"]);
  });

  test("an SVG asset is XML, and is kept", async () => {
    const out = outDir();
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>';
    const known = [asset("asset_s", { name: "s.svg", mimeType: "image/svg+xml" })];
    const { result } = await run(
      { known, cdn: cdnAnswer("asset_s", { "content-type": "image/svg+xml" }, svg) },
      ["asset_s", "--out", out],
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, "s.svg"), "utf8")).toBe(svg);
  });

  test("a body shorter than its Content-Length", async () => {
    const out = outDir();
    const known = ["a", "b"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 10 }));
    const { result } = await run(
      {
        known,
        cdn: (id, _req, res) => {
          if (id !== "asset_a") return false;
          // said 10 bytes, sent 4, then closed cleanly
          res.socket!.end("HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\n1234");
          return true;
        },
      },
      ["asset_a", "asset_b", "--out", out],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/asset_a: download failed/);
    expect(files(out)).toEqual(["b.png"]);
  });
});

describe("a folder without a record (written by an older version)", () => {
  test("the same bytes under the asset's name are taken as its file, and recorded; other bytes are not", async () => {
    const out = outDir();
    mkdirSync(out);
    writeFileSync(join(out, "a.png"), "aaa"); // what the older version wrote for asset_a
    writeFileSync(join(out, "b.png"), "zzz"); // the user's own, same name and size as asset_b
    const known = ["a", "b"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 3 }));
    const first = await run({ known }, ["asset_a", "asset_b", "--out", out]);
    expect(first.result.code).toBe(0);
    expect(files(out)).toEqual(["a.png", "b (2).png", "b.png"]);
    expect(readFileSync(join(out, "b.png"), "utf8")).toBe("zzz");
    expect(first.lines.find((l) => l.id === "asset_a")).toMatchObject({ skipped: true });
    const again = await run({ known }, ["asset_a", "asset_b", "--out", out]);
    expect(again.sign).toBe(0);
    expect(files(out)).toEqual(["a.png", "b (2).png", "b.png"]);
  });
});

describe("DownloadState", () => {
  test("reads its lines back; a later line wins; damaged lines and paths out of the folder are ignored", () => {
    const dir = outDir();
    mkdirSync(dir);
    writeFileSync(join(dir, "a.png"), "abc");
    writeFileSync(join(dir, "b.png"), "b");
    const line = (o: object) => `${JSON.stringify(o)}\n`;
    writeFileSync(
      join(dir, STATE_FILE),
      line({ assetId: "asset_a", format: null, file: "old.png", size: 3 }) +
        line({ assetId: "asset_a", format: null, file: "a.png", size: 3 }) +
        line({ assetId: "asset_x", format: null, file: "../escape.png", size: 1 }) +
        '{"assetId":"asset_b","format":null,"fi', // cut off by a crash
    );
    const state = new DownloadState(dir);
    expect(state.badLines).toBe(2);
    expect(state.find("asset_a", undefined)).toEqual({
      path: join(dir, "a.png"),
      size: 3,
      changed: false,
    });
    expect(state.find("asset_a", "webp")).toBeUndefined();
    expect(state.find("asset_x", undefined)).toBeUndefined();
    expect(state.ownerOf("A.PNG")).toBe(downloadKey("asset_a", undefined));
    expect(state.ownerOf("old.png")).toBe(downloadKey("asset_a", undefined));
    expect(state.ownerOf("b.png")).toBeUndefined();

    state.record("asset_b", "webp", join(dir, "b.png"), 5);
    expect(new DownloadState(dir).find("asset_b", "webp")).toEqual({
      path: join(dir, "b.png"),
      size: 5,
      changed: true,
    });
  });
});
