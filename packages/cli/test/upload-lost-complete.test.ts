// A multipart upload whose `complete` answer is lost (reset after the request was sent) may still
// become an asset: said as "the asset may have been created" naming the file, and recorded as
// unknown in --manifest like a lost POST /assets. A 409 "already completed" on the retry is the
// client's success; a lost part (a PUT to storage) is a plain failure.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { jsonLines, runInProcess } from "./run-cli.js";
import { MiB, mp4 } from "./uploads-server.js";

const server = useTestServer();
const { fx, env } = useCli(server);

type Answer = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

/** One upload of one part; `complete` and the part's PUT answered by the test. */
function serve({ complete, part }: { complete: Answer; part?: Answer }) {
  const origin = server.url.replace(/\/v1$/, "");
  let completes = 0;
  server.reset((req, res) => {
    const { pathname } = new URL(req.url!, "http://h");
    const upload = { id: "upload_1", status: "pending", kind: "video" };
    if (req.method === "POST" && pathname === "/v1/uploads") {
      const parts = [{ number: 1, url: `${origin}/storage/upload_1/1?X-Amz-Signature=S` }];
      return json(res, 200, { upload: { ...upload, parts } });
    }
    if (req.method === "PUT" && pathname.startsWith("/storage/")) {
      if (part) return part(req, res, 0);
      res.writeHead(200, { etag: '"e1"' });
      return res.end();
    }
    if (req.method === "POST" && pathname.endsWith("/action"))
      return complete(req, res, completes++);
    const done = { ...upload, status: "imported", entityId: "asset_late" };
    json(res, 200, { upload: done });
  });
}

const lose: Answer = (req) => void req.socket.destroy();

test("a lost `complete`: 'may have been created', unknown in --manifest, the rerun sends nothing", async () => {
  const video = fx.file("lost.mp4", mp4(1 * MiB));
  const manifest = join(fx.dir, "lost-complete.jsonl");
  serve({ complete: lose });
  const upload = () =>
    runInProcess(["assets", "upload", video, "--manifest", manifest, "--max-retries", "0"], {
      env: env(),
    });
  const first = await upload();
  expect(first.code).toBe(1);
  expect(first.stderr).toContain(`${video}: answer lost: `);
  expect(first.stderr).toContain("the asset may have been created");
  expect(first.stderr).toMatch(/scenario assets list --since \d{4}-\d\d-\d\dT\d\d:\d\dZ/);
  expect(first.stderr).not.toMatch(/client\./);
  const [entry] = jsonLines(readFileSync(manifest, "utf8"));
  expect(entry).toMatchObject({ path: video, assetId: null, unknown: true });

  serve({ complete: lose });
  const rerun = await upload();
  expect(rerun.code).toBe(1);
  expect(server.requests).toHaveLength(0);
  expect(rerun.stderr).toContain("not sent again");
});

test("a 409 'already completed' on the retry of a lost `complete` is the asset", async () => {
  const video = fx.file("retried.mp4", mp4(1 * MiB, 1));
  serve({
    complete: (req, res, attempt) =>
      attempt === 0
        ? lose(req, res, attempt)
        : json(res, 409, { reason: "Upload is already completed" }),
  });
  const result = await runInProcess(["assets", "upload", video], { env: env() });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(`${video} → asset_late\n`);
});

test("a lost part (PUT to storage) is a failure, not 'may have been created'", async () => {
  const video = fx.file("part.mp4", mp4(1 * MiB, 2));
  const manifest = join(fx.dir, "lost-part.jsonl");
  serve({ complete: (_req, res) => json(res, 200, { upload: { id: "upload_1" } }), part: lose });
  const result = await runInProcess(
    ["assets", "upload", video, "--manifest", manifest, "--max-retries", "0"],
    { env: env() },
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`${video}: upload failed: `);
  expect(result.stderr).not.toContain("may have been created");
  expect(readFileSync(manifest, "utf8")).toBe("");
});
