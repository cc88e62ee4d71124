// `scenario assets download` by id, in-process against the scripted loopback server (API and
// "CDN"): names, resumed runs (failures, listings and input checks: download-failures.test.ts).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { asset, fakeApi } from "./assets-api.js";
import { jsonLines } from "./run-cli.js";
import { files, useDownloadCli } from "./download-cli.js";

const { server, outDir, download, kinds } = useDownloadCli();

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
