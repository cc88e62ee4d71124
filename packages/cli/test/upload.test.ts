// `scenario assets upload`, run in-process against a scripted loopback server.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { cleanEnv, jsonLines, PNG_BYTES, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx } = useCli(server);
const KEY = "key_cli_test";
const SECRET = "secret_cli_test_VALUE";

const env = (extra: Record<string, string | undefined> = {}) =>
  cleanEnv(fx.configHome, {
    SCENARIO_SDK_API_KEY: KEY,
    SCENARIO_SDK_API_SECRET: SECRET,
    SCENARIO_BASE_URL: server.url,
    ...extra,
  });

let nextId = 0;
const okHandler = () =>
  server.reset((_req, res) => {
    nextId++;
    json(res, 200, { asset: { id: `asset_${nextId}` }, job: { jobId: `job_${nextId}` } });
  });

const upload = (args: string[], extraEnv: Record<string, string | undefined> = {}) =>
  runInProcess(["assets", "upload", "--max-retries", "0", ...args], { env: env(extraEnv) });

describe("input checks: exit 2, every problem listed, nothing sent", () => {
  test.each([
    [
      "an unknown flag",
      () => [fx.png, "--colection", "c1"],
      /unknown option '--colection' \(did you mean --collection\?\)/,
    ],
    ["no files", () => [], /no files given/],
    ["a missing file", () => [join(fx.dir, "nope.png")], /nope\.png: no such file/],
    ["an empty file", () => [fx.empty], /empty\.png is empty \(0 bytes\)/],
    ["a directory", () => [fx.folder], /folder: is a directory; pass the files in it/],
    [
      "a file named like an image that is not one by its content",
      () => [fx.fakePng],
      /notes\.png is named like an image but is not a supported image by its content/,
    ],
    [
      "a --thumbnail over 6 MB (the client's limit and words)",
      () => ["--canvas", fx.canvas, "--thumbnail", fx.big],
      /huge\.png is 6\.0 MB; POST \/assets takes images up to 6 MB/,
    ],
    ["invalid canvas JSON", () => ["--canvas", fx.badCanvas], /broken\.json: is not valid JSON/],
    [
      "--name with several files",
      () => [fx.png, fx.jpg, "--name", "x"],
      /--name applies to one file, but 2 were given/,
    ],
    [
      "a bad --concurrency",
      () => [fx.png, "--concurrency", "0"],
      /--concurrency.*expected a whole number ≥ 1/,
    ],
  ])("%s", async (_name, args, message) => {
    okHandler();
    const result = await upload(args());
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^error: /m);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(server.requests).toHaveLength(0);
  });

  test("missing credentials name the variables and `scenario auth login`", async () => {
    okHandler();
    const result = await runInProcess(["assets", "upload", fx.png], {
      env: cleanEnv(fx.configHome),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET");
    expect(result.stderr).toContain("scenario auth login");
    expect(server.requests).toHaveLength(0);
  });

  test("lists all problems at once", async () => {
    okHandler();
    const result = await runInProcess(
      ["assets", "upload", fx.empty, fx.folder, fx.fakePng, "--bogus"],
      {
        env: cleanEnv(fx.configHome),
      },
    );
    expect(result.code).toBe(2);
    const errors = result.stderr.split("\n").filter((l) => l.startsWith("error:"));
    expect(errors).toHaveLength(5);
    expect(server.requests).toHaveLength(0);
  });

  test("a user error shows no stack trace", async () => {
    const result = await upload([join(fx.dir, "nope.png")]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("uploads", () => {
  test("sends the file's bytes as a data URL with the name, collections and flags", async () => {
    okHandler();
    const result = await upload([
      fx.png,
      "--name",
      "Hero",
      "--collection",
      "col_1",
      "--collection",
      "col_2",
      "--parent",
      "asset_p",
      "--hide",
      "--original-assets",
      "--project",
      "proj_9",
    ]);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.url).toBe("/v1/assets?originalAssets=true&projectId=proj_9");
    expect(request.headers.authorization).toBe(
      `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString("base64")}`,
    );
    expect(JSON.parse(request.body)).toEqual({
      name: "Hero",
      image: `data:image/png;base64,${Buffer.from(PNG_BYTES).toString("base64")}`,
      collectionIds: ["col_1", "col_2"],
      parentId: "asset_p",
      hide: true,
    });
    expect(result.stdout).toMatch(new RegExp(`^${fx.png.replaceAll("/", "\\/")} → asset_\\d+\\n$`));
  });

  test("names each asset after its file by default", async () => {
    okHandler();
    await upload([fx.png, fx.jpg]);
    const names = server.requests.map((r) => JSON.parse(r.body).name).sort();
    expect(names).toEqual(["hero.png", "photo.jpg"]);
    expect(server.requests.map((r) => JSON.parse(r.body).image.slice(0, 22)).sort()).toEqual([
      "data:image/jpeg;base64",
      "data:image/png;base64,",
    ]);
  });

  test("--json prints one parsable object per file", async () => {
    okHandler();
    const result = await upload([fx.png, fx.jpg, "--json"]);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.response).toMatchObject({
        asset: { id: expect.stringMatching(/^asset_/) },
        job: { jobId: expect.any(String) },
      });
      expect([fx.png, fx.jpg]).toContain(line.file);
    }
  });

  test("uploads a canvas with its thumbnail", async () => {
    okHandler();
    const result = await upload(["--canvas", fx.canvas, "--thumbnail", fx.png, "--name", "Board"]);
    expect(result.code).toBe(0);
    const body = JSON.parse(server.requests[0]!.body);
    expect(body).toMatchObject({ name: "Board", canvas: '{"layers":[{"id":1}]}' });
    expect(body.thumbnail).toMatch(/^data:image\/png;base64,/);
  });

  test("a bulk run with one server failure uploads the rest and exits 1", async () => {
    const files = Array.from({ length: 6 }, (_, i) => fx.file(`bulk-${i}.png`, PNG_BYTES));
    server.reset((_req, res, index) => {
      const { name } = JSON.parse(server.requests[index]!.body);
      if (name === "bulk-3.png")
        return json(res, 500, { reason: "storage is down" }, { "x-request-id": "req_77" });
      json(res, 200, { asset: { id: `asset_${name}` } });
    });
    const result = await upload([...files, "--concurrency", "3"]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(5);
    expect(result.stderr).toMatch(
      /bulk-3\.png: upload failed: 500 storage is down \(request id req_77\)/,
    );
    expect(server.requests).toHaveLength(6);
  });

  test("a network failure is exit 1 with the reason", async () => {
    const result = await upload([fx.png], { SCENARIO_BASE_URL: "http://127.0.0.1:1/v1" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/hero\.png: upload failed: cannot reach 127\.0\.0\.1:1: /);
  });

  test("--manifest records each upload, and a rerun sends nothing new", async () => {
    okHandler();
    const files = Array.from({ length: 4 }, (_, i) =>
      fx.file(`m-${i}.png`, new Uint8Array([...PNG_BYTES, i])),
    );
    const manifest = join(fx.dir, "manifest.jsonl");
    const first = await upload([...files, "--manifest", manifest, "--concurrency", "1"]);
    expect(first.code).toBe(0);
    expect(server.requests).toHaveLength(4);
    const entries = jsonLines(readFileSync(manifest, "utf8"));
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({
      size: 17,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      assetId: expect.stringMatching(/^asset_/),
    });

    okHandler();
    const second = await upload([...files, "--manifest", manifest, "--concurrency", "1"]);
    expect(second.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(second.stdout.trim().split("\n")).toEqual(
      files.map((f, i) => `${f} → ${entries[i].assetId} (already uploaded)`),
    );
    expect(readFileSync(manifest, "utf8").trim().split("\n")).toHaveLength(4);

    writeFileSync(files[0]!, new Uint8Array([...PNG_BYTES, 99])); // changed content: uploaded again
    okHandler();
    await upload([...files, "--manifest", manifest]);
    expect(server.requests).toHaveLength(1);
  });

  test("--manifest records the sha256 of the whole file, read in several pieces", async () => {
    okHandler();
    // 200 kB: past the 64 KiB read buffer, with a last read that does not fill it
    const bytes = new Uint8Array([...PNG_BYTES, ...randomBytes(200_000)]);
    const files = [fx.file("hash-a.png", bytes), fx.file("hash-b.png", bytes.slice(0, 70_000))];
    const manifest = join(fx.dir, "hash-manifest.jsonl");
    expect((await upload([...files, "--manifest", manifest, "--concurrency", "1"])).code).toBe(0);
    const entries = jsonLines(readFileSync(manifest, "utf8"));
    expect(entries.map((e) => [e.path, e.sha256])).toEqual(
      files.map((f) => [f, createHash("sha256").update(readFileSync(f)).digest("hex")]),
    );
  });

  test("output has no colour codes when not a terminal", async () => {
    okHandler();
    const result = await upload([join(fx.dir, "nope.png")]);
    expect(result.stderr).not.toContain("\x1b[");
  });
});
