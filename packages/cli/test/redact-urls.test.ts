// Signed URLs in what the CLI prints: the query string (the signature) never shows, in results,
// --json objects (the API's answers under `response`) and messages alike.
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { redactUrls } from "../src/redact-urls.js";
import { asset, fakeApi } from "./assets-api.js";
import { apiEnv, jsonLines, makeFixtures, PNG_BYTES, runInProcess } from "./run-cli.js";
import { MiB, mp4, serveUploads } from "./uploads-server.js";

describe("redactUrls", () => {
  test.each([
    ["no URL here", "no URL here"],
    [
      "https://s3.example/b/k?X-Amz-Signature=abc&X-Amz-Credential=AKIA",
      "https://s3.example/b/k?[redacted]",
    ],
    [
      '{"url":"https://cdn.example/a.png?Expires=1&Signature=x~y&Key-Pair-Id=K"}',
      '{"url":"https://cdn.example/a.png?[redacted]"}',
    ],
    [
      "see http://h:8080/p?sig=1#frag and https://h/q?t=2.",
      "see http://h:8080/p?[redacted] and https://h/q?[redacted]",
    ],
    ["https://api.example/v1/assets", "https://api.example/v1/assets"],
    ["HTTPS://H/P?Token=1 'http://x/?a=b'", "HTTPS://H/P?[redacted] 'http://x/?[redacted]'"],
  ])("%s", (given, want) => {
    expect(redactUrls(given)).toBe(want);
  });
});

const server = useTestServer();
const fx = makeFixtures();
const env = () => apiEnv(fx.configHome, server.url);

describe("the CLI's output", () => {
  test("upload --json of a file sent in parts: the upload's part URLs show no signature", async () => {
    const video = fx.file("redact.mp4", mp4(6 * MiB));
    const flow = serveUploads(server, {
      poll: (upload) => ({
        status: "imported",
        entityId: "asset_v",
        parts: [{ number: 1, url: `${server.url}/storage/${upload.id}/1?X-Amz-Signature=SIGNED` }],
      }),
    });
    const result = await runInProcess(["assets", "upload", video, "--json"], { env: env() });
    expect(result.code).toBe(0);
    expect(flow.storage()[0]!.url).toContain("X-Amz-Signature=SIGNED"); // it was used…
    expect(result.stdout + result.stderr).not.toContain("SIGNED"); // …never shown
    const [line] = jsonLines(result.stdout);
    expect(line.response.upload.parts[0].url).toMatch(/\/storage\/upload_1\/1\?\[redacted\]$/);
  });

  test("upload --json of an image: the asset's signed URLs in the answer are redacted", async () => {
    const png = fx.file("redact.png", PNG_BYTES);
    server.reset((_req, res) =>
      json(res, 200, {
        asset: { id: "asset_i", url: "https://cdn.example/asset_i?Signature=SECRET1&Expires=9" },
      }),
    );
    const result = await runInProcess(["assets", "upload", png, "--json"], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("SECRET1");
    expect(jsonLines(result.stdout)[0].response.asset.url).toBe(
      "https://cdn.example/asset_i?[redacted]",
    );
  });

  test("assets get --json: the asset's url has no signature", async () => {
    const signed = { ...asset("asset_g"), url: "https://cdn.example/asset_g?Signature=SECRET2" };
    fakeApi(server, { known: [signed] });
    const result = await runInProcess(["assets", "get", "asset_g", "--json"], { env: env() });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("SECRET2");
    expect(result.stdout).toContain("https://cdn.example/asset_g?[redacted]");
  });
});
