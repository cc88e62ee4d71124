// `scenario assets tag`, in-process against a scripted loopback server.
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { cleanEnv, jsonLines, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const tag = (args: string[]) =>
  runInProcess(["assets", "tag", "--max-retries", "0", ...args], {
    env: env(),
  });

/** Answers each PUT with the tags it was asked to add and delete. */
const echo = () =>
  server.reset((_req, res, index) => {
    const body = JSON.parse(server.requests[index]!.body || "{}");
    json(res, 200, { added: body.add ?? [], deleted: body.delete ?? [] });
  });

describe("scenario assets tag", () => {
  test("one PUT per id: --add and --remove (the wire's `delete`), --strict and --project", async () => {
    echo();
    const result = await tag([
      "asset_1",
      "asset_2",
      "--add",
      "approved",
      "--add",
      "hero",
      "--remove",
      "draft",
      "--strict",
      "--project",
      "proj_1",
      "--concurrency",
      "1",
    ]);
    expect(result.stderr).toBe("2 tagged\n");
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "PUT /v1/assets/asset_1/tags?projectId=proj_1",
      "PUT /v1/assets/asset_2/tags?projectId=proj_1",
    ]);
    for (const request of server.requests) {
      expect(JSON.parse(request.body)).toEqual({
        add: ["approved", "hero"],
        delete: ["draft"],
        strict: true,
      });
    }
    expect(result.stdout).toBe(
      "asset_1: added approved, hero; removed draft\nasset_2: added approved, hero; removed draft\n",
    );
  });

  test("--remove alone sends only `delete`; an asset already as asked says so", async () => {
    server.reset((_req, res) => json(res, 200, { added: [], deleted: [] }));
    const result = await tag(["asset_1", "--remove", "draft"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ delete: ["draft"] });
    expect(result.stdout).toBe("asset_1: no change (already as asked)\n");
  });

  test("--json: one object per id; a 409 (strict) is that id's failure, the others go on (exit 1)", async () => {
    server.reset((req, res, index) => {
      if (req.url!.includes("asset_2"))
        return json(
          res,
          409,
          { message: "asset_2 already has tag hero" },
          { "x-request-id": "req_9" },
        );
      const body = JSON.parse(server.requests[index]!.body);
      json(res, 200, { added: body.add, deleted: [] });
    });
    const result = await tag([
      "asset_1",
      "asset_2",
      "asset_3",
      "--add",
      "hero",
      "--strict",
      "--json",
      "--concurrency",
      "1",
    ]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { id: "asset_1", response: { added: ["hero"], deleted: [] } },
      {
        id: "asset_2",
        error: { status: 409, message: "409 asset_2 already has tag hero", requestId: "req_9" },
      },
      { id: "asset_3", response: { added: ["hero"], deleted: [] } },
    ]);
    expect(result.stderr).toMatch(
      /^error: asset_2: tags not changed: 409 asset_2 already has tag hero \(request id req_9\)$/m,
    );
  });

  test("every input problem is listed before the first request (exit 2, nothing sent)", async () => {
    echo();
    const result = await runInProcess(
      ["assets", "tag", "hero.png", "asset_1", "--add", "", "--project", "a/b"],
      { env: cleanEnv(fx.configHome) },
    );
    expect(result.code).toBe(2);
    const errors = result.stderr.split("\n").filter((l) => l.startsWith("error:"));
    expect(errors).toEqual([
      expect.stringMatching(/"hero\.png" is not an asset id \(it looks like a file name/),
      "error: a tag cannot be empty",
      expect.stringMatching(/--project: "a\/b" is not a project id/),
      expect.stringMatching(/missing credentials/),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    [
      "no --add or --remove",
      ["asset_1"],
      /nothing to change: give at least one --add TAG or --remove TAG/,
    ],
    ["no ids", ["--add", "x"], /no asset ids given; usage: scenario assets tag <id\.\.\.>/],
    [
      "a tag both added and removed",
      ["asset_1", "--add", "x", "--remove", "x"],
      /"x" is both added and removed/,
    ],
  ])("%s: exit 2, nothing sent", async (_name, args, message) => {
    echo();
    const result = await tag(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
