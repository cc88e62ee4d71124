// In a real browser: a page bundled from the built client and schemas (esbuild), opened in
// headless Chromium (Debian's, driven by playwright-core), served with a fake API from the same
// loopback origin.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
// Locally without Chromium the test is skipped; in CI it must run (.ci/run installs Chromium).
const run = available || Boolean(process.env.CI);
const root = fileURLToPath(new URL("..", import.meta.url));
const example = JSON.parse(
  readFileSync(new URL("../../../spec/page-facts.json", import.meta.url), "utf8"),
).example;

// The page's script: everything runs in the browser, results come back as JSON.
const PAGE_SCRIPT = `
import Scenario, { ScenarioError } from "@scenario-sdk/client";
import { AssetUploadResponse, parse } from "@scenario-sdk/schemas";
window.runChecks = async (example) => {
  const out = {};
  out.schemaValid = !AssetUploadResponse["~standard"].validate(example).issues;
  out.schemaIssue = AssetUploadResponse["~standard"].validate({ asset: { ...example.asset, kind: "x" } }).issues?.[0];
  try { new Scenario({ apiKey: "k", apiSecret: "s" }); out.refused = "no"; }
  catch (e) { out.refused = e instanceof ScenarioError ? e.message : "wrong error: " + e; }
  const client = new Scenario({ apiKey: "k", apiSecret: "s", baseURL: location.origin + "/v1", dangerouslyAllowBrowser: true, validateResponses: true });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const response = await client.assets.upload({ name: "from-browser.png", image: new Blob([png]), collectionIds: ["c1"] });
  out.uploadedId = parse(AssetUploadResponse, response).asset.id;
  const plain = new Scenario({ apiKey: "k", apiSecret: "s", baseURL: location.origin + "/v1", dangerouslyAllowBrowser: true });
  out.listed = [];
  for await (const asset of plain.assets.list({ pageSize: 2 })) out.listed.push(asset.id);
  const video = new Uint8Array(6 * 1024 * 1024 + 3);
  video.set([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]); // ....ftypisom
  const progress = [];
  const upload = await plain.uploads.uploadFile(new File([video], "clip.mp4"), {
    pollInterval: 1,
    onProgress: (p) => progress.push(p.loaded),
  });
  out.uploaded = { entityId: upload.entityId, progress: progress.at(-1) };
  return out;
};
`;

let server: Server;
let origin: string;
let browser: Browser | undefined;
const received: {
  method: string;
  url: string;
  body: string;
  bytes: number;
  authorization?: string;
}[] = [];

/** The fake API and storage: upload, two pages of assets, the multipart flow. */
function answer(method: string, url: string): unknown {
  const upload = { id: "u1", status: "validating", kind: "video", fileName: "clip.mp4" };
  if (method === "POST" && url === "/v1/assets") return example;
  if (method === "GET" && url.startsWith("/v1/assets?")) {
    return url.includes("paginationToken=")
      ? { assets: [{ id: "a3" }], nextPaginationToken: null }
      : { assets: [{ id: "a1" }, { id: "a2" }], nextPaginationToken: "next page+/=" };
  }
  if (method === "POST" && url === "/v1/uploads") {
    const parts = [1, 2].map((number) => ({
      number,
      url: `${origin}/storage/u1/${number}?X-Amz-Signature=s`,
      expires: "2026-12-01T00:00:00Z",
    }));
    return { upload: { ...upload, status: "pending", parts } };
  }
  if (url.startsWith("/storage/")) return {};
  if (url === "/v1/uploads/u1/action") return { upload };
  if (url === "/v1/uploads/u1")
    return { upload: { ...upload, status: "imported", entityId: "a9" } };
  return { message: `unexpected ${method} ${url}` };
}

beforeAll(async () => {
  if (!run) return;
  if (!available)
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  const bundle = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end('<!doctype html><script type="module" src="/app.js"></script>');
    }
    if (req.url === "/app.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(script);
    }
    let body = "";
    let bytes = 0;
    req.on("data", (c: Buffer) => {
      bytes += c.length;
      if (!req.url!.startsWith("/storage/")) body += c;
    });
    req.on("end", () => {
      received.push({
        method: req.method!,
        url: req.url!,
        body,
        bytes,
        authorization: req.headers.authorization,
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer(req.method!, req.url!)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe("in headless Chromium", () => {
  test.skipIf(!run)(
    "schemas validate, and the client refuses to start unless allowed, then uploads",
    async () => {
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => "runChecks" in window);
      const result = await page.evaluate(
        (doc) =>
          (
            window as unknown as { runChecks: (d: unknown) => Promise<Record<string, unknown>> }
          ).runChecks(doc),
        example,
      );
      expect(errors).toEqual([]);
      expect(result.schemaValid).toBe(true);
      expect(result.schemaIssue).toMatchObject({ path: ["asset", "kind"] });
      expect(result.refused).toMatch(/dangerouslyAllowBrowser/);
      expect(result.uploadedId).toBe("id");
      const uploads = received.filter((r) => r.method === "POST" && r.url === "/v1/assets");
      expect(uploads).toHaveLength(1);
      expect(uploads[0]!.authorization).toBe(`Basic ${btoa("k:s")}`);
      // pages, walked with for await; the token sent back as it came
      expect(result.listed).toEqual(["a1", "a2", "a3"]);
      const lists = received.filter((r) => r.url.startsWith("/v1/assets?"));
      expect(new URL(lists[1]!.url, origin).searchParams.get("paginationToken")).toBe(
        "next page+/=",
      );
      // uploadFile through fetch with Blob slices: 5 MiB + the rest, no credentials to storage
      expect(result.uploaded).toEqual({ entityId: "a9", progress: 6 * 1024 * 1024 + 3 });
      const parts = received.filter((r) => r.url.startsWith("/storage/"));
      expect(parts.map((r) => [r.method, r.bytes]).sort()).toEqual([
        ["PUT", 1024 * 1024 + 3],
        ["PUT", 5 * 1024 * 1024],
      ]);
      expect(parts.every((r) => r.authorization === undefined)).toBe(true);
      const body = JSON.parse(uploads[0]!.body);
      expect(body).toMatchObject({ name: "from-browser.png", collectionIds: ["c1"] });
      expect(body.image).toBe(
        `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3))}`,
      );
    },
    60_000,
  );
});
