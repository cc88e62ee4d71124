// One file's failure is that file's: the others go on, the run ends with exit 1, and a script
// reading --json sees every file, failures included.
import { rmSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { jsonLines, PNG_BYTES, requestName, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const upload = (args: string[]) =>
  runInProcess(["assets", "upload", "--max-retries", "0", "--concurrency", "1", ...args], {
    env: env(),
  });
const files = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    fx.file(`${prefix}-${i}.png`, new Uint8Array([...PNG_BYTES, i])),
  );
const nameOf = (index: number) => requestName(server, index);

describe("one file's failure is that file's", () => {
  test("a file deleted after the checks is reported, and the files after it still upload", async () => {
    const [a, b, c] = files("gone", 3);
    server.reset((_req, res, index) => {
      if (index === 0) rmSync(b!); // deleted while the first upload is in flight
      json(res, 200, { asset: { id: `asset_${nameOf(index)}` } });
    });
    const result = await upload([a!, b!, c!]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${a} → asset_gone-0.png`);
    expect(result.stdout).toContain(`${c} → asset_gone-2.png`);
    expect(result.stderr).toMatch(/gone-1\.png: .*(no such file|moved or deleted)/);
    expect(result.stderr).not.toContain("unexpected");
  });

  test.each([
    ["{}", {}],
    ["null", null],
    ["an asset without an id", { asset: {} }],
  ])("a 200 of %s is that file's failure", async (_name, body) => {
    const [a, b, c] = files("odd", 3);
    server.reset((_req, res, index) => {
      if (nameOf(index) === "odd-1.png") return json(res, 200, body);
      json(res, 200, { asset: { id: `asset_${nameOf(index)}` } });
    });
    const result = await upload([a!, b!, c!]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toEqual([
      `${a} → asset_odd-0.png`,
      `${c} → asset_odd-2.png`,
    ]);
    // `null` is the client's APIError (status 200); `{}` the CLI's "no asset id"
    expect(result.stderr).toMatch(/odd-1\.png: upload failed: (200 .*JSON object|.*asset id)/);
    expect(result.stderr).not.toContain("unexpected");
  });
});

describe("--json output", () => {
  test("a failure is a JSON object on stdout too, and the error line still goes to stderr", async () => {
    const [a, b] = files("jf", 2);
    server.reset((_req, res, index) => {
      if (nameOf(index) === "jf-1.png")
        return json(res, 500, { reason: "storage is down" }, { "x-request-id": "req_9" });
      json(res, 200, { asset: { id: "asset_ok" } });
    });
    const result = await upload([a!, b!, "--json"]);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      { file: a, assetId: "asset_ok", response: { asset: { id: "asset_ok" } } },
      { file: b, error: { status: 500, message: "500 storage is down", requestId: "req_9" } },
    ]);
    expect(result.stderr).toMatch(/^error: .*jf-1\.png: upload failed: 500 storage is down/m);
  });

  test("an API field named `file` cannot overwrite the CLI's own", async () => {
    const [a] = files("field", 1);
    server.reset((_req, res) => json(res, 200, { asset: { id: "asset_1" }, file: "evil.png" }));
    const result = await upload([a!, "--json"]);
    expect(jsonLines(result.stdout)).toEqual([
      { file: a, assetId: "asset_1", response: { asset: { id: "asset_1" }, file: "evil.png" } },
    ]);
  });
});

describe("human output", () => {
  test("a file name with a line break or control characters stays on one line, quoted", async () => {
    const odd = fx.file("two\nlines\x1b[31m.png", PNG_BYTES);
    server.reset((_req, res) => json(res, 200, { asset: { id: "asset_odd" } }));
    const result = await upload([odd]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`${JSON.stringify(odd)} → asset_odd`);
    expect(result.stdout).not.toContain("\x1b");
  });
});
