// `scenario assets get <id...>`, in-process against the scripted loopback server.
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { asset, fakeApi } from "./assets-api.js";
import { jsonLines, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { env } = useCli(server);

const get = (args: string[]) =>
  runInProcess(["assets", "get", "--max-retries", "0", ...args], {
    env: env(),
  });
const sentIds = (index: number) => JSON.parse(server.requests[index]!.body).assetIds as string[];

describe("scenario assets get", () => {
  test("one request for many ids, printed in the order given", async () => {
    fakeApi(server, { known: [asset("asset_a", { name: "a.png" }), asset("asset_b")] });
    const result = await get(["asset_b", "asset_a", "asset_b", "--project", "proj_1"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url).toBe("/v1/assets/get-bulk?projectId=proj_1");
    expect(sentIds(0)).toEqual(["asset_b", "asset_a"]);
    expect(result.stdout.split("\n").map((l) => l.split("\t")[0])).toEqual([
      "asset_b",
      "asset_a",
      "",
    ]);
  });

  test("450 ids: batches of 200, 200 and 50", async () => {
    const ids = Array.from({ length: 450 }, (_, i) => `asset_${i}`);
    fakeApi(server, { known: ids.map((id) => asset(id)) });
    const result = await get([...ids, "--json"]);
    expect(result.code).toBe(0);
    expect(server.requests.map((_, i) => sentIds(i).length)).toEqual([200, 200, 50]);
    expect(jsonLines(result.stdout).map((a) => a.id)).toEqual(ids);
  });

  test("an id the API does not return is that id's failure; the others print; exit 1", async () => {
    fakeApi(server, { known: [asset("asset_a")] });
    const result = await get(["asset_a", "asset_gone", "--json"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      asset("asset_a"),
      {
        id: "asset_gone",
        error: { status: null, message: "not found or not accessible", requestId: "req_bulk_0" },
      },
    ]);
    expect(result.stderr).toBe(
      "error: asset_gone: not found or not accessible (request id req_bulk_0)\n",
    );
  });

  test("a failed request is the failure of each of its ids", async () => {
    server.reset((_req, res) => json(res, 400, { reason: "bad id" }, { "x-request-id": "req_1" }));
    const result = await get(["asset_a", "asset_b", "--json", "--max-retries", "0"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual(
      ["asset_a", "asset_b"].map((id) => ({
        id,
        error: { status: 400, message: "400 bad id", requestId: "req_1" },
      })),
    );
  });

  test("a 401 fails its ids, sends no further batch, hints at auth status and exits 4", async () => {
    server.reset((_req, res) => json(res, 401, { reason: "bad key" }, { "x-request-id": "req_1" }));
    const ids = Array.from({ length: 250 }, (_, i) => `asset_${i}`);
    const result = await get([...ids, "--json"]);
    expect(result.code).toBe(4);
    expect(server.requests).toHaveLength(1);
    expect(jsonLines(result.stdout)).toHaveLength(200);
    expect(result.stderr).toContain("run `scenario auth status`");
    expect(result.stderr).toContain("50 not started");
  });

  test.each([
    [[], /no asset ids given; usage: scenario assets get <id\.\.\.>/],
    [["hero.png"], /"hero\.png" is not an asset id \(it looks like a file name/],
    [["asset_a", "--project", "p/1"], /--project "p\/1" is not an id/],
    [["asset_a", "--bogus"], /unknown option '--bogus'/],
  ])("%j: exit 2, nothing sent", async (args, message) => {
    fakeApi(server, {});
    const result = await get(args);
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });
});
