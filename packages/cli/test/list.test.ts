// `scenario assets list`, in-process against the scripted loopback server: flags to the wire,
// pages fetched as the output goes, --limit, the three output shapes, exit codes.
import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { asset, fakeApi } from "./assets-api.js";
import { apiEnv, jsonLines, runInProcess, type RunOptions } from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const list = (args: string[], options: RunOptions = {}) =>
  runInProcess(["assets", "list", "--max-retries", "0", ...args], {
    env: env(),
    ...options,
  });
const query = (index = 0) => server.requests[index]!.url.replace(/^\/v1\/assets\??/, "");

const threePages = () => [
  [asset("asset_1", { name: "one.png", size: 10 }), asset("asset_2", { size: 20 })],
  [asset("asset_3", { name: "three.png", size: 2048 })],
  [asset("asset_4", { name: "four.png" })],
];

describe("flags to the wire", () => {
  test.each([
    [[], "pageSize=100"],
    [["--collection", "col_1"], "pageSize=100&collectionId=col_1"],
    [["--type", "txt2img", "--type", "uploaded"], "pageSize=100&types=txt2img%2Cuploaded"],
    [["--type", "txt2img,uploaded,txt2img"], "pageSize=100&types=txt2img%2Cuploaded"],
    [
      ["--parent", "asset_p", "--author", "user_9"],
      "pageSize=100&parentAssetId=asset_p&authorId=user_9",
    ],
    [["--sort", "updated", "--order", "asc"], "pageSize=100&sortBy=updatedAt&sortDirection=asc"],
    [["--order", "desc"], "pageSize=100&sortBy=createdAt&sortDirection=desc"],
    [
      ["--since", "2026-03-01"],
      "pageSize=100&sortBy=createdAt&createdAfter=2026-03-01T00%3A00%3A00.000Z",
    ],
    [
      ["--since", "2026-03-01T14:30+02:00", "--until", "2026-03-02"],
      "pageSize=100&sortBy=createdAt&createdAfter=2026-03-01T12%3A30%3A00.000Z&createdBefore=2026-03-03T00%3A00%3A00.000Z",
    ],
    [
      ["--sort", "updated", "--until", "2026-03-02T08:00:00Z"],
      "pageSize=100&sortBy=updatedAt&updatedBefore=2026-03-02T08%3A00%3A00.000Z",
    ],
    [["--limit", "7"], "pageSize=7"],
    [["--project", "proj_9"], "pageSize=100&projectId=proj_9"],
  ])("%j → ?%s", async (args, wire) => {
    fakeApi(server, { pages: [[asset("asset_1")]] });
    const result = await list(args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    // the client may order the query differently: compare as sets of pairs
    expect(new URLSearchParams(query()).toString().split("&").sort()).toEqual(
      wire.split("&").sort(),
    );
  });
});

describe("input checks: exit 2, every problem listed, nothing sent", () => {
  test.each([
    [
      ["--type", "txt2im"],
      /--type "txt2im" is not one the API knows \(did you mean txt2img\?\); `scenario assets list --help` lists them/,
    ],
    [["--since", "2026-02-30"], /--since "2026-02-30" is not a date: use YYYY-MM-DD/],
    [["--until", "yesterday"], /--until "yesterday" is not a date/],
    [
      ["--since", "2026-03-02", "--until", "2026-03-01T00:00Z"],
      /--since 2026-03-02 is not before --until/,
    ],
    [["--limit", "ten"], /--limit.*expected a whole number ≥ 1/],
    [["--limit", "0"], /--limit.*expected a whole number ≥ 1/],
    [["--sort", "name"], /--sort.*expected one of: created, updated/],
    [["--collection", "../col"], /--collection "\.\.\/col" is not an id/],
    [["stray"], /too many arguments/],
    [["--colection", "c"], /unknown option '--colection'/],
  ])("%j", async (args, message) => {
    fakeApi(server, { pages: [[asset("asset_1")]] });
    const result = await list(args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(server.requests).toHaveLength(0);
  });

  test("lists every problem at once", async () => {
    fakeApi(server, { pages: [] });
    const result = await list([
      "--type",
      "nope",
      "--since",
      "x",
      "--until",
      "y",
      "--parent",
      "a b",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.match(/^error: /gm)).toHaveLength(4);
    expect(server.requests).toHaveLength(0);
  });

  test("missing credentials: exit 2, nothing sent", async () => {
    fakeApi(server, { pages: [] });
    const result = await runInProcess(["assets", "list"], {
      env: apiEnv(fx.configHome, server.url, {
        SCENARIO_SDK_API_KEY: undefined,
        SCENARIO_SDK_API_SECRET: undefined,
      }),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("scenario auth login");
    expect(server.requests).toHaveLength(0);
  });
});

describe("pages", () => {
  test("walks three pages, sending each cursor back byte for byte", async () => {
    const api = fakeApi(server, { pages: threePages(), tokens: ["cursor+/= x", "ü&page=3"] });
    const result = await list(["--json"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((a) => a.id)).toEqual([
      "asset_1",
      "asset_2",
      "asset_3",
      "asset_4",
    ]);
    const tokens = api
      .requests("list")
      .map((q) => new URL(q.url, "http://x").searchParams.get("paginationToken"));
    expect(tokens).toEqual([null, "cursor+/= x", "ü&page=3"]);
    expect(server.requests[1]!.url).toContain("paginationToken=cursor%2B%2F%3D%20x");
  });

  test("--limit stops early and asks for no more than it still needs", async () => {
    const pages = Array.from({ length: 5 }, (_, p) =>
      Array.from({ length: 100 }, (_, i) => asset(`asset_${p}_${i}`)),
    );
    fakeApi(server, { pages });
    const result = await list(["--limit", "150", "--json"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toHaveLength(150);
    expect(
      server.requests.map((q) => new URL(q.url, "http://x").searchParams.get("pageSize")),
    ).toEqual(["100", "50"]);
  });

  test("--limit larger than the listing: every page, no error", async () => {
    fakeApi(server, { pages: threePages() });
    const result = await list(["--limit", "1000", "--json"]);
    expect(jsonLines(result.stdout)).toHaveLength(4);
    expect(server.requests).toHaveLength(3);
  });

  test("a reader that goes away during the first page: no second page, no noise, exit 0", async () => {
    fakeApi(server, { pages: threePages() });
    let lines = 0;
    const head1 = new Writable({
      write(_chunk, _encoding, done) {
        // like `| head -1`: the first line is read, then the pipe is closed
        if (++lines > 1) return done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
        done();
      },
    });
    const result = await list([], { stdout: head1 });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(server.requests).toHaveLength(1);
  });

  test("a failure on a later page: what came is printed, the error says how far it got, exit 1", async () => {
    let n = 0;
    server.reset((_req, res) => {
      if (n++ === 0)
        return json(res, 200, { assets: [asset("asset_1")], nextPaginationToken: "t" });
      json(res, 503, { reason: "busy" }, { "x-request-id": "req_5" });
    });
    const result = await list(["--json"]);
    expect(result.code).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines[0].id).toBe("asset_1");
    expect(lines[1]).toEqual({ error: { status: 503, message: "503 busy", requestId: "req_5" } });
    expect(result.stderr).toMatch(
      /^error: listing stopped after 1 asset: 503 busy \(request id req_5\)/m,
    );
  });
});

describe("an API that repeats itself", () => {
  test("the same page token twice ends the walk with an error, not an endless listing", async () => {
    server.reset((_req, res) =>
      json(res, 200, { assets: [asset("asset_1")], nextPaginationToken: "again" }),
    );
    const result = await list([]);
    expect(result.code).toBe(1);
    expect(server.requests).toHaveLength(2);
    expect(result.stderr).toMatch(/listing stopped after 2 assets: assets\.list .*already gave/);
  });

  test("a two-token cycle A → B → A ends the walk with an error, not an endless listing", async () => {
    server.reset((req, res) => {
      const sent = new URL(req.url!, "http://x").searchParams.get("paginationToken");
      json(res, 200, {
        assets: [asset(`asset_${sent}`)],
        nextPaginationToken: sent === "A" ? "B" : "A",
      });
    });
    const result = await list([]);
    expect(result.code).toBe(1);
    expect(server.requests).toHaveLength(3);
    expect(result.stderr).toMatch(/listing stopped after 3 assets: assets\.list .*already gave/);
  });
});

describe("output", () => {
  test("in a pipe: tab-separated id, kind, name, createdAt, size; names escaped; no header", async () => {
    fakeApi(server, {
      pages: [
        [
          asset("asset_1", { name: "hero.png", size: 1024 }),
          asset("asset_2", { name: "two\tlines\n.png" }),
          asset("asset_3"),
        ],
      ],
    });
    const result = await list([]);
    expect(result.stdout.split("\n")).toEqual([
      "asset_1\timage\thero.png\t2026-03-02T10:15:22.481Z\t1024",
      'asset_2\timage\t"two\\tlines\\n.png"\t2026-03-02T10:15:22.481Z\t',
      "asset_3\timage\t\t2026-03-02T10:15:22.481Z\t",
      "",
    ]);
  });

  test("on a terminal: a table that fits its width, long names cut", async () => {
    fakeApi(server, {
      pages: [
        [
          asset("asset_1", { name: "x".repeat(200), size: 2048 }),
          asset("asset_22", { name: "b.png" }),
        ],
      ],
    });
    const result = await list([], { stdoutColumns: 80 });
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID\s+KIND\s+NAME\s+CREATED\s+SIZE$/);
    expect(lines[1]).toMatch(/^asset_1 +image +x+… +\d{4}-\d{2}-\d{2}( \d{2}:\d{2})? +2\.0 KiB$/);
    expect(lines[2]).toMatch(/^asset_22 +image +b\.png +/);
    for (const line of lines) expect(line.length).toBeLessThan(80);
  });

  test("--json on a terminal is still one object per line, as the API sent it", async () => {
    const a = asset("asset_1", { name: "hero.png" });
    fakeApi(server, { pages: [[a]] });
    const result = await list(["--json"], { stdoutColumns: 80 });
    expect(jsonLines(result.stdout)).toEqual([a]);
  });

  test("nothing matches: no output, exit 0", async () => {
    fakeApi(server, { pages: [[]] });
    const result = await list(["--collection", "col_empty"]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
