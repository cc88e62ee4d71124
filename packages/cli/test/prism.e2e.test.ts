// End to end against the Prism mock started from the spec (request validation on).
import { readdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import type {} from "@scenario-sdk/test-utils/prism-setup"; // types inject("prismUrl")
import { cleanEnv, jsonLines, makeFixtures, runCli } from "./run-cli.js";

describe("scenario assets upload against the mock API", () => {
  test("uploads images and prints the asset from the spec's example", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: "k",
      SCENARIO_SDK_API_SECRET: "s",
    });
    const result = await runCli(
      [
        "assets",
        "upload",
        fx.png,
        fx.jpg,
        "--collection",
        "col_1",
        "--base-url",
        inject("prismUrl"),
        "--json",
      ],
      { env },
    );
    expect(result.stderr).toBe("2 uploaded\n");
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0].response.asset).toMatchObject({ id: "id", kind: "3d" });
  });
});

describe("scenario assets list, get and download against the mock API", () => {
  const fx = makeFixtures();
  const env = (extra: Record<string, string | undefined> = {}) =>
    cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: "k",
      SCENARIO_SDK_API_SECRET: "s",
      SCENARIO_BASE_URL: inject("prismUrl"),
      HTTPS_PROXY: undefined,
      https_proxy: undefined,
      HTTP_PROXY: undefined,
      http_proxy: undefined,
      ...extra,
    });
  const EXAMPLE_IDS = ["asset_GTrL3mq4SXWyMxkOHRxlpw", "asset_Tx7pQe2RSoWc1nYb8kLm4A"];

  test("list: every filter is a request the spec accepts; the example's assets come back", async () => {
    const result = await runCli(
      [
        "assets",
        "list",
        "--collection",
        "collection_6m8fUqKgQeeWqK1yDm2Vrw",
        "--type",
        "uploaded,uploaded-text",
        "--parent",
        "asset_p",
        "--author",
        "dcf121faaa1a0a0bbbd9ca1b73d62aea",
        "--since",
        "2026-01-01",
        "--until",
        "2026-12-31T23:00Z",
        "--order",
        "desc",
        "--limit",
        "10",
        "--project",
        "proj_23tlk332lkht3kl2",
        "--json",
      ],
      { env: env() },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((a) => a.id)).toEqual(EXAMPLE_IDS);
  });

  test("get: the example's asset, and the other id reported as not found", async () => {
    const result = await runCli(["assets", "get", EXAMPLE_IDS[0]!, "asset_other"], {
      env: env(),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^asset_GTrL3mq4SXWyMxkOHRxlpw\timage\thero\.png\t/);
    expect(result.stderr).toBe("error: asset_other: not found or not accessible\n");
  });

  test("download: get-bulk and the download request pass the spec; then the signed URL is fetched", async () => {
    // the mock's signed URL is on the real CDN: a local proxy takes the request and refuses it
    const seen: string[] = [];
    const proxy = createServer();
    proxy.on("connect", (req, socket) => {
      seen.push(`CONNECT ${req.url}`);
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as AddressInfo;
    try {
      const out = join(fx.dir, "prism-out");
      const result = await runCli(
        [
          "assets",
          "download",
          EXAMPLE_IDS[0]!,
          "--format",
          "webp",
          "--out",
          out,
          "--json",
          "--max-retries",
          "0",
        ],
        { env: env({ HTTPS_PROXY: `http://127.0.0.1:${port}` }) },
      );
      expect(seen).toEqual(["CONNECT cdn.cloud.scenario.com:443"]);
      expect(result.code).toBe(1);
      expect(jsonLines(result.stdout)).toEqual([
        {
          id: EXAMPLE_IDS[0],
          error: {
            status: null,
            message: expect.stringMatching(/^cannot reach cdn\.cloud\.scenario\.com/),
            requestId: null,
          },
        },
      ]);
      expect(readdirSync(out)).toEqual([]);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
