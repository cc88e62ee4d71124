// `scenario assets download`, in-process against the scripted loopback server (API and "CDN").
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { asset, fakeApi, route } from "./assets-api.js";
import { closedPort, jsonLines, runInProcess } from "./run-cli.js";
import { STATE_FILE } from "../src/commands/assets/download-state.js";

const server = useTestServer();
const { fx, env } = useCli(server);

let dirs = 0;
/** A fresh --out folder (not created: the command creates it). */
const outDir = () => join(fx.dir, `out-${++dirs}`);
const download = (args: string[]) =>
  runInProcess(["assets", "download", "--max-retries", "0", ...args], {
    env: env(),
  });
/** What is in the folder, but the download state file. */
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== STATE_FILE)
    .sort();
const kinds = () => server.requests.map((q) => route(q).kind);

describe("by id", () => {
  test("writes each file under its asset's name with its type's extension", async () => {
    const out = outDir();
    const api = fakeApi(server, {
      known: [
        asset("asset_a", { name: "hero.png", size: 5 }),
        asset("asset_b", { name: "photo", mimeType: "image/jpeg", size: 7 }),
        asset("asset_c", { mimeType: "video/mp4", kind: "video", size: 3 }),
      ],
    });
    const result = await download(["asset_a", "asset_b", "asset_c", "--out", out, "--json"]);
    expect(result.stderr).toBe("3 downloaded (15 B)\n");
    expect(result.code).toBe(0);
    expect(files(out)).toEqual(["asset_c.mp4", "hero.png", "photo.jpg"]);
    expect(readFileSync(join(out, "hero.png"))).toEqual(Buffer.alloc(5, "a"));
    expect(jsonLines(result.stdout).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: "asset_a", file: join(out, "hero.png"), bytes: 5 },
      { id: "asset_b", file: join(out, "photo.jpg"), bytes: 7 },
      { id: "asset_c", file: join(out, "asset_c.mp4"), bytes: 3 },
    ]);
    expect(api.requests("bulk")).toHaveLength(1);
    expect(api.requests("sign")).toHaveLength(3);
  });

  test("the CDN gets no credentials; the API gets them", async () => {
    const api = fakeApi(server, { known: [asset("asset_a", { size: 4 })] });
    await download(["asset_a", "--out", outDir()]);
    expect(api.requests("sign")[0]!.headers.authorization).toMatch(/^Basic /);
    const [cdn] = api.requests("cdn");
    expect(cdn!.headers.authorization).toBeUndefined();
    expect(cdn!.url).toBe("/cdn/asset_a?Signature=s3cr3t");
  });

  test("--format: the conversion is asked for and the file named after it", async () => {
    const out = outDir();
    const api = fakeApi(server, { known: [asset("asset_a", { name: "hero.png", size: 4 })] });
    const result = await download([
      "asset_a",
      "--format",
      "webp",
      "--project",
      "proj_1",
      "--out",
      out,
    ]);
    expect(result.code).toBe(0);
    const [sign] = api.requests("sign");
    expect(sign!.url).toBe("/v1/assets/asset_a/download?projectId=proj_1");
    expect(JSON.parse(sign!.body)).toEqual({ targetFormat: "webp" });
    expect(files(out)).toEqual(["hero.webp"]);
    expect(result.stdout).toBe(`asset_a → ${join(out, "hero.webp")}\n`);
  });

  test("an id the API does not return is that id's failure; the others download; exit 1", async () => {
    const out = outDir();
    fakeApi(server, { known: [asset("asset_a", { size: 2 })] });
    const result = await download(["asset_gone", "asset_a", "--out", out, "--json"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toContainEqual({
      id: "asset_gone",
      error: { status: null, message: "not found or not accessible", requestId: "req_bulk_0" },
    });
    expect(files(out)).toEqual(["asset_a.png"]);
  });
});

describe("names", () => {
  test("the same name twice in a run: `name (2).ext`; a different file already there is never overwritten", async () => {
    const out = outDir();
    mkdirSync(out);
    writeFileSync(join(out, "hero.png"), "someone else's file"); // 19 bytes
    fakeApi(server, {
      known: [
        asset("asset_a", { name: "hero.png", size: 3 }),
        asset("asset_b", { name: "hero.png", size: 4 }),
        // one file for macOS and Windows: kept apart in a run whatever the file system
        asset("asset_c", { name: "HERO (3).png", size: 5 }),
      ],
    });
    const result = await download([
      "asset_a",
      "asset_b",
      "asset_c",
      "--out",
      out,
      "--concurrency",
      "1",
    ]);
    expect(result.code).toBe(0);
    expect(files(out)).toEqual(["HERO (3) (2).png", "hero (2).png", "hero (3).png", "hero.png"]);
    expect(readFileSync(join(out, "hero.png"), "utf8")).toBe("someone else's file");
    expect(result.stdout.split("\n").filter(Boolean)).toEqual([
      `asset_a → ${join(out, "hero (2).png")}`,
      `asset_b → ${join(out, "hero (3).png")}`,
      `asset_c → ${join(out, "HERO (3) (2).png")}`,
    ]);
  });

  test("a name cannot leave the folder or hide a file", async () => {
    const out = outDir();
    fakeApi(server, {
      known: [
        asset("asset_a", { name: "../../escape.png", size: 1 }),
        asset("asset_b", { name: ".hidden", mimeType: "text/plain", size: 1 }),
        asset("asset_c", { name: "a\nb:c.png", size: 1 }),
      ],
    });
    const result = await download(["asset_a", "asset_b", "asset_c", "--out", out]);
    expect(result.code).toBe(0);
    expect(files(out)).toEqual(["_.._escape.png", "a_b_c.png", "hidden.txt"]);
  });
});

describe("resume", () => {
  test("a rerun skips files already there with the same size: no download request, no CDN request", async () => {
    const out = outDir();
    const assets = ["a", "b", "c"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 10 }));
    fakeApi(server, { known: assets });
    expect((await download(["asset_a", "asset_b", "--out", out])).code).toBe(0);

    const api = fakeApi(server, { known: assets });
    const result = await download(["asset_a", "asset_b", "asset_c", "--out", out, "--json"]);
    expect(result.code).toBe(0);
    expect(kinds().filter((k) => k !== "bulk")).toEqual(["sign", "cdn"]);
    expect(api.requests("cdn")[0]!.url).toMatch(/^\/cdn\/asset_c/);
    expect(jsonLines(result.stdout).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: "asset_a", file: join(out, "a.png"), bytes: 10, skipped: true },
      { id: "asset_b", file: join(out, "b.png"), bytes: 10, skipped: true },
      { id: "asset_c", file: join(out, "c.png"), bytes: 10 },
    ]);
    expect(files(out)).toEqual(["a.png", "b.png", "c.png"]);
  });

  test("without a size from the API (--format): the answer's length decides, before a byte is written", async () => {
    const out = outDir();
    fakeApi(server, { known: [asset("asset_a", { name: "a.png", size: 10 })] });
    await download(["asset_a", "--format", "jpg", "--out", out]);
    const result = await download(["asset_a", "--format", "jpg", "--out", out, "--json"]);
    expect(jsonLines(result.stdout)).toEqual([
      { id: "asset_a", file: join(out, "a.jpg"), bytes: 10, skipped: true },
    ]);
    expect(files(out)).toEqual(["a.jpg"]);
  });

  test("without any size (no size, no content-length): compared once received, no second copy", async () => {
    const out = outDir();
    const chunked = (_id: string, _req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "content-type": "application/octet-stream" }); // chunked
      res.write("half+");
      res.end("rest");
      return true;
    };
    fakeApi(server, { known: [asset("asset_a", { name: "a.png" })], cdn: chunked });
    expect((await download(["asset_a", "--out", out])).code).toBe(0);
    fakeApi(server, { known: [asset("asset_a", { name: "a.png" })], cdn: chunked });
    const result = await download(["asset_a", "--out", out, "--json"]);
    expect(jsonLines(result.stdout)).toEqual([
      { id: "asset_a", file: join(out, "a.png"), bytes: 9, skipped: true },
    ]);
    expect(files(out)).toEqual(["a.png"]);
  });
});

describe("failures", () => {
  test("a transfer cut off mid-body leaves no file, not even a temp one; the others land; exit 1", async () => {
    const out = outDir();
    fakeApi(server, {
      known: ["a", "b", "c"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 1000 })),
      cdn: (id, _req, res) => {
        if (id !== "asset_b") return false;
        res.writeHead(200, { "content-length": 1000 });
        res.write(Buffer.alloc(500));
        setImmediate(() => res.socket?.destroy());
        return true;
      },
    });
    const result = await download(["asset_a", "asset_b", "asset_c", "--out", out, "--json"]);
    expect(result.code).toBe(1);
    expect(files(out)).toEqual(["a.png", "c.png"]);
    const failed = jsonLines(result.stdout).find((l) => l.error);
    expect(failed).toMatchObject({ id: "asset_b", error: { status: null } });
    expect(result.stderr).toMatch(/^error: asset_b: download failed: /m);
    expect(result.stderr).not.toContain("unexpected");
  });

  test("an error answer for one file is that file's: reported with status and request id", async () => {
    const out = outDir();
    fakeApi(server, {
      known: ["a", "b"].map((x) => asset(`asset_${x}`, { name: `${x}.png`, size: 3 })),
      cdn: (id, _req, res) => {
        if (id !== "asset_a") return false;
        res.writeHead(403, { "content-type": "text/plain", "x-request-id": "req_cdn" });
        res.end("Request has expired");
        return true;
      },
    });
    const result = await download(["asset_a", "asset_b", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /error: asset_a: download failed: 403 Request has expired \(request id req_cdn\)/,
    );
    expect(result.stdout).toBe(`asset_b → ${join(out, "b.png")}\n`);
    expect(files(out)).toEqual(["b.png"]);
  });
});

describe("the CDN's host in errors", () => {
  test("a CDN that cannot be reached is named, not the API", async () => {
    const port = await closedPort();
    fakeApi(server, {
      known: [asset("asset_a", { size: 3 })],
      signedUrl: (id) => `http://127.0.0.1:${port}/cdn/${id}?Signature=s3cr3t`,
    });
    const result = await download(["asset_a", "--out", outDir()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^error: asset_a: download failed: cannot reach 127\.0\.0\.1:\d+: ECONNREFUSED$/m,
    );
    expect(result.stderr).not.toContain("s3cr3t");
  });

  test("a CDN that stops sending: the timeout names it; no file left", async () => {
    const out = outDir();
    const stalled: import("node:http").ServerResponse[] = [];
    fakeApi(server, {
      known: [asset("asset_a", { size: 64 })],
      cdn: (_id, _req, res) => {
        res.writeHead(200, { "content-length": 64 });
        res.write(Buffer.alloc(10));
        stalled.push(res);
        return true;
      },
    });
    const result = await download(["asset_a", "--out", out, "--timeout", "300"]);
    for (const res of stalled) res.destroy();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /asset_a: download failed: no answer from 127\.0\.0\.1:\d+ within 300 ms/,
    );
    expect(files(out)).toEqual([]);
  });
});

describe("--collection", () => {
  test("walks the listing as the downloads go: a page is asked for when the last one is done", async () => {
    const out = outDir();
    const pages = [
      [asset("asset_1", { name: "1.png", size: 2 }), asset("asset_2", { name: "2.png", size: 2 })],
      [asset("asset_3", { name: "3.png", size: 2 })],
      [asset("asset_4", { name: "4.png", size: 2 })],
    ];
    const api = fakeApi(server, { pages, tokens: ["cursor+/= x", "two"] });
    const result = await download([
      "--collection",
      "col_1",
      "--type",
      "uploaded",
      "--out",
      out,
      "--concurrency",
      "1",
    ]);
    expect(result.code).toBe(0);
    expect(files(out)).toEqual(["1.png", "2.png", "3.png", "4.png"]);
    expect(kinds()).toEqual([
      "list",
      "sign",
      "cdn",
      "sign",
      "cdn",
      "list",
      "sign",
      "cdn",
      "list",
      "sign",
      "cdn",
    ]);
    const list = api.requests("list").map((q) => new URL(q.url, "http://x").searchParams);
    expect(list[0]!.get("collectionId")).toBe("col_1");
    expect(list[0]!.get("types")).toBe("uploaded");
    expect(list.map((q) => q.get("paginationToken"))).toEqual([null, "cursor+/= x", "two"]);
  });

  test("a listing that fails part-way: what was listed downloads, then the error; exit 1", async () => {
    const out = outDir();
    let lists = 0;
    fakeApi(server, {
      pages: [[asset("asset_1", { name: "1.png", size: 2 })]],
      intercept: (req, res) => {
        if (route(req).kind !== "list" || lists++ === 0) return false;
        json(res, 500, { reason: "down" });
        return true;
      },
      tokens: ["t"],
    });
    const result = await download(["--collection", "col_1", "--out", out, "--json"]);
    expect(result.code).toBe(1);
    expect(files(out)).toEqual(["1.png"]);
    expect(result.stderr).toMatch(/^error: listing stopped after 1 asset: 500 down/m);
    expect(jsonLines(result.stdout).at(-1)).toEqual({
      collection: "col_1",
      error: { status: 500, message: "500 down", requestId: null },
    });
  });
});

describe("a listing that cycles", () => {
  test("A → B → A: what was listed downloads once, then the error; exit 1", async () => {
    const out = outDir();
    const pages = { null: "A", A: "B", B: "A" } as Record<string, string>;
    fakeApi(server, {
      intercept: (req, res) => {
        if (route(req).kind !== "list") return false;
        const sent = String(new URL(req.url!, "http://x").searchParams.get("paginationToken"));
        const page = [asset(`asset_${sent}`, { name: `${sent}.png`, size: 2 })];
        json(res, 200, { assets: page, nextPaginationToken: pages[sent] });
        return true;
      },
      known: ["null", "A", "B"].map((t) => asset(`asset_${t}`, { name: `${t}.png`, size: 2 })),
    });
    const result = await download(["--collection", "col_1", "--out", out]);
    expect(result.code).toBe(1);
    expect(files(out)).toEqual(["A.png", "B.png", "null.png"]);
    expect(kinds().filter((k) => k === "list")).toHaveLength(3);
    expect(result.stderr).toMatch(/listing stopped after 3 assets: assets\.list .*already gave/);
  });
});

describe("input checks: exit 2, nothing sent", () => {
  test.each([
    [["asset_a", "--collection", "col_1"], /give asset ids or --collection, not both/],
    [[], /nothing to download; usage: scenario assets download <id\.\.\.>, or --collection ID/],
    [["asset_a", "--type", "uploaded"], /--type filters a listing/],
    [
      ["asset_a", "--format", "webpp"],
      /--format "webpp" is not one the API knows \(did you mean webp\?\)/,
    ],
    [["--collection", "col_1", "--type", "uplodaed"], /did you mean uploaded\?/],
    [["hero.png"], /"hero\.png" is not an asset id/],
    [["asset_a", "--concurrency", "0"], /--concurrency.*whole number ≥ 1/],
  ])("%j", async (args, message) => {
    fakeApi(server, {});
    const result = await download([...args, "--out", outDir()]);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });

  test("--out whose parent folder is missing, or that is a file", async () => {
    fakeApi(server, {});
    const missing = await download(["asset_a", "--out", join(fx.dir, "no", "such")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /--out .*no\/such: the folder it goes in, .*\/no, does not exist; create it first/,
    );
    const file = await download(["asset_a", "--out", fx.png]);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/--out .*hero\.png is a file, not a folder/);
    expect(server.requests).toHaveLength(0);
  });
});
