// `scenario assets delete`, in-process against a scripted loopback server: batches of 100, the
// confirmation on a terminal, and the refusal without --yes when there is no one to ask.
import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { run } from "../src/cli.js";
import { BIN, collector, jsonLines, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { env } = useCli(server);

const ids = (n: number) => Array.from({ length: n }, (_, i) => `asset_${i}`);
const ok = () => server.reset((_req, res) => json(res, 200, {}));
const del = (args: string[]) =>
  runInProcess(["assets", "delete", "--max-retries", "0", ...args], { env: env() });

/** Runs the command with stdin as a terminal on which `answer` is typed. */
async function onTerminal(args: string[], answer: string) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = collector();
  const stderr = collector();
  stdin.write(`${answer}\n`); // typed ahead: read once the question is asked
  const code = await run([process.execPath, BIN, "assets", "delete", ...args], {
    io: { stdin, stdout: stdout.stream, stderr: stderr.stream, env: env() },
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("scenario assets delete", () => {
  test("without --yes and without a terminal: refused before anything is sent (exit 2)", async () => {
    ok();
    const result = await del(["asset_1", "asset_2"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /refusing to delete without confirmation: stdin is not a terminal.*Add --yes/,
    );
    expect(result.stdout).toBe("");
    expect(server.requests).toHaveLength(0);
  });

  test("--yes: 250 ids go in batches of 100, 100 and 50; each id is reported deleted", async () => {
    ok();
    const result = await del([...ids(250), "--project", "proj_1", "--yes"]);
    expect(result.stderr).toBe("250 deleted\n");
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(3).fill("DELETE /v1/assets?projectId=proj_1"),
    );
    expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
      { assetIds: ids(250).slice(0, 100) },
      { assetIds: ids(250).slice(100, 200) },
      { assetIds: ids(250).slice(200) },
    ]);
    expect(result.stdout.trim().split("\n")).toEqual(ids(250).map((id) => `${id}: deleted`));
  });

  test("a failed batch is each of its ids' failure; the other batches go on (exit 1, --json per id)", async () => {
    server.reset((_req, res, index) => {
      if (index === 0)
        return json(res, 404, { message: "asset_42 not found" }, { "x-request-id": "req_1" });
      json(res, 200, {});
    });
    const result = await del([...ids(101), "--yes", "--json"]);
    expect(result.code).toBe(1);
    expect(server.requests).toHaveLength(2);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(101);
    expect(lines[0]).toEqual({
      id: "asset_0",
      error: { status: 404, message: "404 asset_42 not found", requestId: "req_1" },
    });
    expect(lines[100]).toEqual({ id: "asset_100", deleted: true });
    expect(result.stderr).toMatch(
      /^error: asset_0: not deleted: 404 asset_42 not found \(request id req_1\)$/m,
    );
  });

  test("on a terminal it asks, naming how many and which; yes deletes", async () => {
    ok();
    const result = await onTerminal(["asset_1", "asset_2"], "y");
    expect(result.stderr).toContain(
      "About to delete 2 assets: asset_1, asset_2. This cannot be undone.",
    );
    expect(result.stderr).toContain("Delete 2 assets? [y/N] ");
    expect(result.code).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ assetIds: ["asset_1", "asset_2"] });
  });

  test("on a terminal, anything but yes sends nothing (exit 2)", async () => {
    ok();
    const result = await onTerminal(ids(25), "");
    expect(result.stderr).toContain("asset_19, … and 5 more.");
    expect(result.stderr).toMatch(/cancelled: nothing deleted/);
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
  });

  test("ids are checked before asking or sending", async () => {
    ok();
    const result = await del(["asset_1", "./hero.png", "--yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"\.\/hero\.png" is not an asset id/);
    expect(server.requests).toHaveLength(0);
  });
});
