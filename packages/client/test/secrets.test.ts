// Credentials never reach a log line, an error message or a serialised error.
import { inspect } from "node:util";
import { describe, expect, test, vi } from "vitest";
import Scenario, { ScenarioError } from "../src/index.js";
import { json, OK_BODY, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { collectingLogger } from "@scenario-sdk/test-utils/logger";

const KEY = "key_SUPERSECRETKEY";
const SECRET = "sec_SUPERSECRETVALUE";
const BASIC = Buffer.from(`${KEY}:${SECRET}`).toString("base64");

const server = useTestServer();

function expectNoSecret(text: string) {
  for (const secret of [KEY, SECRET, BASIC]) expect(text).not.toContain(secret);
}

describe("secrets", () => {
  test("debug logs show method, URL, status, timing and retries, never credentials", async () => {
    server.reset((_req, res, i) =>
      i === 0
        ? json(res, 500, { reason: "boom" }, { "retry-after-ms": "5" })
        : json(res, 200, OK_BODY),
    );
    const { lines, logger } = collectingLogger();
    const client = new Scenario({
      apiKey: KEY,
      apiSecret: SECRET,
      baseURL: server.url,
      logLevel: "debug",
      logger,
    });
    await client.assets.upload({ name: "x" });
    expect(lines.join("\n")).toMatch(/POST \/v1\/assets → 500 in \d+ ms, retry 1\/2 in 5 ms/);
    expect(lines.join("\n")).toMatch(/→ 200 in \d+ ms/);
    expectNoSecret(lines.join("\n"));
  });

  test("logging is off by default", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const spy = vi.spyOn(console, "debug").mockImplementation(() => {});
    try {
      await new Scenario({ apiKey: KEY, apiSecret: SECRET, baseURL: server.url }).assets.upload({
        name: "x",
      });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test("API errors, connection errors and the client itself do not carry credentials", async () => {
    server.reset((_req, res) => json(res, 401, { reason: "bad key" }));
    const client = new Scenario({
      apiKey: KEY,
      apiSecret: SECRET,
      baseURL: server.url,
      maxRetries: 0,
    });
    const apiError = await client.assets.upload({ name: "x" }).catch((e: unknown) => e);
    const offline = new Scenario({
      apiKey: KEY,
      apiSecret: SECRET,
      baseURL: "http://127.0.0.1:1/v1",
      maxRetries: 0,
    });
    const connectionError = await offline.assets.upload({ name: "x" }).catch((e: unknown) => e);
    for (const value of [apiError, connectionError, client]) {
      expectNoSecret(inspect(value, { depth: 10, showHidden: true }));
      expectNoSecret(JSON.stringify(value) ?? "");
      expectNoSecret(String(value));
    }
  });

  test("a missing-credentials error names variables, not values", () => {
    expect(() => new Scenario({ apiKey: KEY })).toThrow(ScenarioError);
    try {
      new Scenario({ apiKey: KEY });
    } catch (error) {
      expectNoSecret((error as Error).message);
    }
  });
});
