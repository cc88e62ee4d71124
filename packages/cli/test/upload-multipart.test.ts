// `scenario assets upload` of files that are not images of 6 MB or less: the multipart /uploads
// flow, in-process against a scripted API + storage server.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { jsonLines, PNG_BYTES, runInProcess } from "./run-cli.js";
import { MiB, mp4, serveUploads } from "./uploads-server.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const upload = (args: string[]) => runInProcess(["assets", "upload", ...args], { env: env() });
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("files sent in parts", () => {
  test("a video: create, every part to storage without credentials, complete once, wait for the asset", async () => {
    const video = fx.file("trailer.mp4", mp4(12 * MiB + 7));
    const flow = serveUploads(server);
    const result = await upload([video, "--collection", "col_1", "--project", "proj_1"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${video} → asset_of_upload_1\n`);

    const [create, ...rest] = flow.api();
    expect(create!.url).toBe("/v1/uploads?projectId=proj_1");
    expect(JSON.parse(create!.body)).toEqual({
      kind: "video",
      fileName: "trailer.mp4",
      contentType: "video/mp4",
      fileSize: 12 * MiB + 7,
      parts: 3,
      assetOptions: { collectionIds: ["col_1"] },
    });
    expect(create!.headers.authorization).toMatch(/^Basic /);
    // complete comes after every part, once; then the polls
    expect(rest.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/uploads/upload_1/action?projectId=proj_1",
      "GET /v1/uploads/upload_1?projectId=proj_1",
    ]);
    expect(JSON.parse(rest[0]!.body)).toEqual({ action: "complete" });
    const storage = flow.storage();
    expect(storage).toHaveLength(3);
    for (const put of storage) expect(put.headers.authorization).toBeUndefined();
    expect(flow.assembled("upload_1").equals(readFileSync(video))).toBe(true);
  });

  test("a part that fails once is sent again, and the file lands", async () => {
    const video = fx.file("flaky.mp4", mp4(11 * MiB, 1));
    const flow = serveUploads(server, {
      part: (_upload, number, attempt, res) => {
        if (number !== 2 || attempt > 1) return false;
        res.writeHead(503, { "content-type": "text/plain" }).end("SlowDown");
        return true;
      },
    });
    const result = await upload([video]);
    expect(result.code).toBe(0);
    const { attempts, completed } = flow.uploads.get("upload_1")!;
    expect(Object.fromEntries(attempts)).toEqual({ 1: 1, 2: 2, 3: 1 });
    expect(completed).toBe(1);
    expect(flow.assembled("upload_1").equals(readFileSync(video))).toBe(true);
  });

  test("an image over 6 MB, audio, 3D and text go in parts; an image of 6 MB or less in one request", async () => {
    const bigImage = new Uint8Array(7 * MiB);
    bigImage.set(PNG_BYTES);
    const files = [
      fx.file("poster.png", bigImage),
      fx.file("theme.mp3", new Uint8Array([...Buffer.from("ID3"), 3, 0, 0, 0, 0, 0, 9])),
      fx.file("ship.glb", new Uint8Array([...Buffer.from("glTF"), 2, 0, 0, 0])),
      fx.file("notes.txt", "a line of text\n"),
      fx.png,
    ];
    const flow = serveUploads(server);
    const result = await upload([...files, "--concurrency", "1", "--json"]);
    expect(result.code).toBe(0);
    const kinds = [...flow.uploads.values()].map((u) => [u.create.fileName, u.create.kind]);
    expect(kinds).toEqual([
      ["poster.png", "image"],
      ["theme.mp3", "audio"],
      ["ship.glb", "3d"],
      ["notes.txt", "text"],
    ]);
    expect(server.requests.filter((r) => r.url.startsWith("/v1/assets"))).toHaveLength(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => [l.file, l.assetId])).toEqual([
      [files[0], "asset_of_upload_1"],
      [files[1], "asset_of_upload_2"],
      [files[2], "asset_of_upload_3"],
      [files[3], "asset_of_upload_4"],
      [fx.png, "asset_img_1"],
    ]);
    // the API's last word on each: the final upload, or POST /assets's answer
    expect(lines[0].response).toEqual({
      upload: {
        id: "upload_1",
        status: "imported",
        kind: "image",
        entityId: "asset_of_upload_1",
      },
    });
    expect(lines[4].response).toEqual({ asset: { id: "asset_img_1" } });
  });

  test("--manifest records a file sent in parts with its asset id, and a rerun sends nothing for it", async () => {
    const video = fx.file("resume.mp4", mp4(6 * MiB, 2));
    const manifest = join(fx.dir, "multipart.jsonl");
    serveUploads(server);
    expect((await upload([video, fx.jpg, "--manifest", manifest, "--concurrency", "1"])).code).toBe(
      0,
    );
    const entries = jsonLines(readFileSync(manifest, "utf8"));
    expect(entries.find((e) => e.assetId === "asset_of_upload_1")).toMatchObject({
      path: video,
      size: 6 * MiB,
      sha256: sha256(video),
    });
    expect(entries).toHaveLength(2);

    serveUploads(server);
    const rerun = await upload([
      video,
      fx.jpg,
      "--manifest",
      manifest,
      "--json",
      "--concurrency",
      "1",
    ]);
    expect(rerun.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    // a script still sees every file and its asset
    expect(jsonLines(rerun.stdout)).toEqual([
      { file: video, assetId: "asset_of_upload_1", skipped: true },
      { file: fx.jpg, assetId: "asset_img_1", skipped: true },
    ]);
  });

  test("an upload still processing after --processing-timeout is reported with its id, and not recorded", async () => {
    const video = fx.file("slow.mp4", mp4(1024, 3));
    const manifest = join(fx.dir, "slow.jsonl");
    serveUploads(server, { poll: () => ({ status: "validating" }) });
    const result = await upload([
      video,
      "--processing-timeout",
      "50",
      "--manifest",
      manifest,
      "--json",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /slow\.mp4: not an asset yet: upload upload_1 was still being processed after 0 s and may still become an asset\. Check it later \(GET \/v1\/uploads\/upload_1\)/,
    );
    expect(jsonLines(result.stdout)).toEqual([
      {
        file: video,
        error: {
          status: null,
          message: expect.stringContaining("upload_1"),
          requestId: null,
          uploadId: "upload_1",
        },
      },
    ]);
    expect(readFileSync(manifest, "utf8")).toBe("");
  });

  test("an upload the API could not import is that file's failure, with the API's reason", async () => {
    const [bad, good] = [fx.file("bad.mp4", mp4(1024, 4)), fx.file("good.mp4", mp4(1024, 5))];
    serveUploads(server, {
      poll: (upload) =>
        upload.create.fileName === "bad.mp4"
          ? { status: "failed", errorMessage: "unsupported codec" }
          : { status: "imported", entityId: `asset_of_${upload.id}` },
    });
    const result = await upload([bad, good, "--concurrency", "1", "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /bad\.mp4: upload failed: Upload upload_1 failed: unsupported codec/,
    );
    expect(jsonLines(result.stdout)).toEqual([
      {
        file: bad,
        error: expect.objectContaining({ status: null, uploadId: "upload_1" }),
      },
      { file: good, assetId: "asset_of_upload_2", response: expect.anything() },
    ]);
  });

  test("storage refusing a part (an expired signed URL) is that file's failure; nothing is completed", async () => {
    const video = fx.file("expired.mp4", mp4(1024, 6));
    const flow = serveUploads(server, {
      part: (_upload, _number, _attempt, res) => {
        res.writeHead(403, { "content-type": "application/xml" });
        res.end("<Error><Message>Request has expired</Message></Error>");
        return true;
      },
    });
    const result = await upload([video, "--max-retries", "0"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /expired\.mp4: upload failed: .*Storage refused part 1 of upload upload_1 \(Request has expired\)/,
    );
    expect(flow.uploads.get("upload_1")!.completed).toBe(0);
  });
});

describe("files sent in parts: checked before the first request (exit 2, nothing sent)", () => {
  test.each([
    [
      "a file whose kind neither its content nor its name tells",
      () => [fx.file("blob.bin", randomBytes(2048))],
      /blob\.bin: cannot tell what kind of file this is from its content or name; pass --kind \(3d, asset, audio, avatar, image, model, text, video\)\./,
    ],
    [
      "an unknown --kind (said once for all files)",
      () => [fx.file("k1.mp4", mp4(64)), fx.file("k2.mp4", mp4(64, 1)), "--kind", "movie"],
      /^error: --kind must be one of 3d, asset, audio, avatar, image, model, text, video, got "movie"\.\n$/,
    ],
    [
      "a model with --collection",
      () => [fx.file("weights.safetensors", randomBytes(64)), "--collection", "col_1"],
      /--collection, --parent and --hide apply to assets; a `model` upload takes none of them/,
    ],
  ])("%s", async (_name, args, message) => {
    server.reset((_req, res) => json(res, 500, { message: "nothing should be sent" }));
    const result = await upload(args());
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });

  test("--kind sends a file nothing else can tell as that kind", async () => {
    const flow = serveUploads(server);
    const result = await upload([fx.file("scene.dat", randomBytes(128)), "--kind", "3d"]);
    expect(result.code).toBe(0);
    expect(flow.uploads.get("upload_1")!.create).toMatchObject({
      kind: "3d",
      contentType: "application/octet-stream",
    });
  });
});
