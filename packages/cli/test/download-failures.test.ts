// `scenario assets download`, in-process against the scripted loopback server (API and "CDN"):
// failures, the CDN's host in errors, --collection listings and input checks.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json } from "@scenario-sdk/test-utils/http-server";
import { asset, fakeApi, route } from "./assets-api.js";
import { closedPort, jsonLines } from "./run-cli.js";
import { files, useDownloadCli } from "./download-cli.js";

const { server, fx, outDir, download, kinds } = useDownloadCli();

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
