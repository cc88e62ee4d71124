// On the Node transport, a call does not read fetch's globals (`Response`, `Headers`, `Request`,
// `FormData`): in Node, the first read of one loads undici (50–80 ms in a bare `node -e` here),
// which a one-shot CLI command pays in full. Only what asks for one builds one: `.asResponse()`, reading
// `.withResponse().response`, a download's `Response`, an error's `headers`.
import { afterEach, beforeEach, expect, test } from "vitest";
import Scenario from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";

const GLOBALS = ["Response", "Headers", "Request", "FormData"] as const;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const server = useTestServer();
const reads: string[] = [];
const saved = new Map<string, PropertyDescriptor>();

// each global behind a getter that notes the read and gives the real value
beforeEach(() => {
  reads.length = 0;
  for (const name of GLOBALS) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name)!;
    const value: unknown = globalThis[name];
    saved.set(name, descriptor);
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => (reads.push(name), value),
    });
  }
});
afterEach(() => {
  for (const [name, descriptor] of saved) Object.defineProperty(globalThis, name, descriptor);
});

test("retrieve, upload of image bytes, a page walk and withResponse's request id read none", async () => {
  server.reset((req, res) => {
    if (req.method === "GET" && new URL(req.url!, "http://x").pathname === "/v1/assets") {
      return json(res, 200, { assets: [{ id: "asset_1" }, { id: "asset_2" }] });
    }
    json(res, 200, { asset: { id: "asset_1" } }, { "x-request-id": "req_1" });
  });
  // fetch must not be called either: the calls below go through node:http
  const realFetch = globalThis.fetch;
  let fetched = 0;
  globalThis.fetch = (...args) => (fetched++, realFetch(...args));
  const client = new Scenario({
    apiKey: "k",
    apiSecret: "s",
    baseURL: server.url,
    defaultHeaders: { "x-team": "art" },
  });
  globalThis.fetch = realFetch;
  await client.assets.retrieve("asset_1", undefined, { headers: { "x-trace": "1" } });
  await client.assets.upload({ name: "a.png", image: PNG });
  const { requestID } = await client.assets.retrieve("asset_1").withResponse();
  expect(requestID).toBe("req_1");
  const ids = [];
  for await (const asset of client.assets.list()) ids.push(asset.id);
  expect(ids).toEqual(["asset_1", "asset_2"]);
  expect(reads).toEqual([]);
  // the client was given the spy as its default fetch, and never called it
  expect(fetched).toBe(0);
  expect(server.requests).toHaveLength(4);
});

test("what asks for a Response builds one", async () => {
  server.reset((_req, res) => json(res, 200, { asset: { id: "asset_1" } }));
  const client = new Scenario({ apiKey: "k", apiSecret: "s", baseURL: server.url });
  const { response } = await client.assets.retrieve("asset_1").withResponse();
  expect(response.status).toBe(200);
  expect(reads).toContain("Response");
});
