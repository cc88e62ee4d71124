// Construction: options, environment, browsers, response validation.
import { afterEach, describe, expect, test, vi } from "vitest";
import Scenario, {
  APIError,
  DEFAULT_BASE_URL,
  ResponseValidationError,
  ScenarioError,
} from "../src/index.js";
import { json, OK_BODY, useTestServer } from "@scenario-sdk/test-utils/http-server";

const server = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

const pageExample = (await import("../../../spec/page-facts.json", { with: { type: "json" } }))
  .default.example;

describe("Scenario options", () => {
  test("has the documented defaults", () => {
    const client = new Scenario({ apiKey: "k", apiSecret: "s" });
    expect(client.baseURL).toBe(DEFAULT_BASE_URL);
    expect(client.timeout).toBe(60_000);
    expect(client.maxRetries).toBe(2);
  });

  test("reads credentials and the base URL from the environment", async () => {
    vi.stubEnv("SCENARIO_SDK_API_KEY", "env_key");
    vi.stubEnv("SCENARIO_SDK_API_SECRET", "env_secret");
    vi.stubEnv("SCENARIO_BASE_URL", server.url);
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const client = new Scenario();
    expect(client.baseURL).toBe(server.url);
    await client.assets.upload({ name: "x" });
    expect(server.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from("env_key:env_secret").toString("base64")}`,
    );
  });
});

describe("in a browser", () => {
  const pretendBrowser = () => {
    vi.stubGlobal("window", { document: {} });
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0" });
  };

  test("refuses to start, explaining that the credentials would leak", () => {
    pretendBrowser();
    expect(() => new Scenario({ apiKey: "k", apiSecret: "s" })).toThrow(ScenarioError);
    expect(() => new Scenario({ apiKey: "k", apiSecret: "s" })).toThrow(/dangerouslyAllowBrowser/);
  });

  test("starts with dangerouslyAllowBrowser: true", async () => {
    pretendBrowser();
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const client = new Scenario({
      bearerToken: "t",
      baseURL: server.url,
      dangerouslyAllowBrowser: true,
    });
    await expect(client.assets.upload({ name: "x" })).resolves.toEqual(OK_BODY);
  });
});

describe("validateResponses", () => {
  const validating = () =>
    new Scenario({ apiKey: "k", apiSecret: "s", baseURL: server.url, validateResponses: true });

  test("passes a response that matches the spec", async () => {
    server.reset((_req, res) => json(res, 200, pageExample));
    await expect(validating().assets.upload({ name: "x" })).resolves.toEqual(pageExample);
  });

  test("throws a ResponseValidationError with JSON paths, the status and the body", async () => {
    const bad = structuredClone(pageExample);
    bad.asset.metadata.concepts[0]!.scale = 9;
    server.reset((_req, res) => json(res, 200, bad, { "x-request-id": "req_v" }));
    const error = await validating()
      .assets.upload({ name: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, requestID: "req_v" });
    // the created asset's id is not lost
    expect((error as ResponseValidationError).body).toEqual(bad);
    expect((error as ResponseValidationError).issues[0]).toMatchObject({
      path: ["asset", "metadata", "concepts", 0, "scale"],
    });
    expect((error as Error).message).toContain(
      "$.asset.metadata.concepts[0].scale: must be <= 2, received 9",
    );
  });

  test("keeps the message short when there are thousands of issues", async () => {
    const bad = structuredClone(pageExample);
    bad.asset.tags = Array.from({ length: 10_000 }, () => 42) as never;
    server.reset((_req, res) => json(res, 200, bad));
    const error = (await validating()
      .assets.upload({ name: "x" })
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error.issues).toHaveLength(10_000);
    expect(error.message.length).toBeLessThan(3000);
    expect(error.message).toMatch(/and 9980 more/);
  });

  test("is off by default", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    await expect(
      new Scenario({ apiKey: "k", apiSecret: "s", baseURL: server.url }).assets.upload({
        name: "x",
      }),
    ).resolves.toEqual(OK_BODY);
  });
});
