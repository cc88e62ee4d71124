// Issue 23: bad credentials stop a batch (exit 4, one hint), and a POST whose answer was lost is
// "may have been created", recorded as unknown so that a rerun does not send it blindly.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, jsonLines, makeFixtures, PNG_BYTES, runInProcess } from "./run-cli.js";

const server = useTestServer();

const fx = makeFixtures();
const files = Array.from({ length: 6 }, (_, i) => fx.file(`f${i}.png`, PNG_BYTES));
const env = () => apiEnv(fx.configHome, server.url);
const refuse = () =>
  server.reset((_req, res) =>
    json(res, 401, { reason: "Invalid API key" }, { "x-request-id": "req_401" }),
  );

describe("bad credentials stop the batch", () => {
  test("upload: the first 401 stops it, says run `scenario auth status`, exit 4", async () => {
    refuse();
    const result = await runInProcess(["assets", "upload", ...files, "--concurrency", "1"], {
      env: env(),
    });
    expect(result.code).toBe(4);
    expect(server.requests).toHaveLength(1);
    expect(result.stderr.match(/401 Invalid API key/g)).toHaveLength(2); // the file's line, the hint
    expect(result.stderr).toContain("run `scenario auth status`");
    expect(result.stderr).toContain("5 not started");
    expect(result.stderr).toContain("0 uploaded, 1 failed");
  });

  test("upload: what is in flight finishes and is reported, nothing more starts", async () => {
    refuse();
    const result = await runInProcess(
      ["assets", "upload", ...files, "--concurrency", "3", "--json"],
      { env: env() },
    );
    expect(result.code).toBe(4);
    expect(server.requests).toHaveLength(3);
    expect(jsonLines(result.stdout)).toHaveLength(3);
    expect(result.stderr).toContain("3 not started");
  });

  test("tag: same rule; a 403 about one asset is not about credentials and the batch goes on", async () => {
    refuse();
    const ids = ["asset_a", "asset_b", "asset_c"];
    const tag = () =>
      runInProcess(["assets", "tag", ...ids, "--add", "x", "--concurrency", "1"], { env: env() });
    const tagged = await tag();
    expect(tagged.code).toBe(4);
    expect(server.requests).toHaveLength(1);
    expect(tagged.stderr).toContain("run `scenario auth status`");
    server.reset((_req, res) => json(res, 403, { reason: "Asset is locked" }));
    const locked = await tag();
    expect(locked.code).toBe(1);
    expect(server.requests).toHaveLength(3);
    expect(locked.stderr).toContain("0 tagged, 3 failed");
  });

  test("list: a 401 is exit 4 with the hint", async () => {
    refuse();
    const result = await runInProcess(["assets", "list"], { env: env() });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("run `scenario auth status`");
  });

  test("--help documents exit code 4", async () => {
    const help = await runInProcess(["--help"], { env: env() });
    expect(help.stdout).toMatch(/4 authentication failed/);
  });
});

describe("a lost answer to POST /assets", () => {
  test("is 'may have been created' naming the file; with --manifest a rerun does not send it again", async () => {
    const manifest = join(fx.dir, "lost.jsonl");
    server.reset((req) => void req.socket.destroy());
    const first = await runInProcess(
      ["assets", "upload", files[0]!, "--manifest", manifest, "--max-retries", "0"],
      { env: env() },
    );
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`${files[0]}: answer lost: `);
    expect(first.stderr).toContain("the asset may have been created");
    expect(first.stderr).toMatch(/scenario assets list --since \d{4}-\d\d-\d\dT\d\d:\d\dZ/);
    const [entry] = jsonLines(readFileSync(manifest, "utf8"));
    expect(entry).toMatchObject({ assetId: null, unknown: true });

    server.reset((_req, res) => json(res, 200, { asset: { id: "asset_new" } }));
    const rerun = await runInProcess(["assets", "upload", files[0]!, "--manifest", manifest], {
      env: env(),
    });
    expect(rerun.code).toBe(1);
    expect(server.requests).toHaveLength(0);
    expect(rerun.stderr).toContain("not sent again");
    expect(rerun.stderr).toContain(`delete its line (assetId null) from ${manifest}`);

    writeFileSync(manifest, ""); // checked: it was not created
    const after = await runInProcess(["assets", "upload", files[0]!, "--manifest", manifest], {
      env: env(),
    });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("asset_new");
  });
});
