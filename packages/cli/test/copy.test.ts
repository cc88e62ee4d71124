// `scenario assets copy`, in-process against a scripted loopback server.
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { jsonLines, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { env } = useCli(server);

const copy = (args: string[]) =>
  runInProcess(["assets", "copy", "--max-retries", "0", ...args], {
    env: env(),
  });
const copied = () => server.reset((_req, res) => json(res, 200, { asset: { id: "asset_copy" } }));

describe("scenario assets copy", () => {
  test("--to-project is the body's targetProjectId; prints source → copy", async () => {
    copied();
    const result = await copy(["asset_1", "--to-project", "proj_2", "--project", "proj_1"]);
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/assets/asset_1/copy?projectId=proj_1",
    ]);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ targetProjectId: "proj_2" });
    expect(result.stdout).toBe("asset_1 → asset_copy\n");
  });

  test("--json: the copy's id under assetId, the answer under response", async () => {
    copied();
    const result = await copy(["asset_1", "--json"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { id: "asset_1", assetId: "asset_copy", response: { asset: { id: "asset_copy" } } },
    ]);
  });

  test("a failure is exit 1, and an object with --json", async () => {
    server.reset((_req, res) => json(res, 404, { message: "no such asset" }));
    const result = await copy(["asset_9", "--json"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { id: "asset_9", error: { status: 404, message: "404 no such asset", requestId: null } },
    ]);
    expect(result.stderr).toMatch(/^error: asset_9: not copied: 404 no such asset$/m);
  });

  test("an answer without the copy's id is a failure that says the copy may exist", async () => {
    server.reset((_req, res) => json(res, 200, { asset: {} }));
    const result = await copy(["asset_1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/asset_1: not copied: .*the copy may or may not exist/);
  });

  test("more than one id, or a bad --to-project: exit 2, nothing sent", async () => {
    copied();
    const result = await copy(["asset_1", "asset_2", "--to-project", "proj 2"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--to-project: "proj 2" is not a project id/);
    expect(result.stderr).toMatch(/copy takes one asset id, got 2/);
    expect(server.requests).toHaveLength(0);
  });
});
