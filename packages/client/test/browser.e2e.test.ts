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
  return out;
};
`;

let server: Server;
let origin: string;
let browser: Browser | undefined;
const received: { url: string; body: string; authorization?: string }[] = [];

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
    if (req.method !== "POST" || req.url !== "/v1/assets") return res.writeHead(404).end();
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ url: req.url!, body, authorization: req.headers.authorization });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(example));
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
      expect(received).toHaveLength(1);
      expect(received[0]!.authorization).toBe(`Basic ${btoa("k:s")}`);
      const body = JSON.parse(received[0]!.body);
      expect(body).toMatchObject({ name: "from-browser.png", collectionIds: ["c1"] });
      expect(body.image).toBe(
        `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3))}`,
      );
    },
    60_000,
  );
});
