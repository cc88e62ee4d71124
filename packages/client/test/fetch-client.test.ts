// The `./fetch` face: openapi-fetch's client, typed by `paths`, sending through our pipeline.
import { afterEach, describe, expect, test, vi } from "vitest";
import { createFetchClient, type FetchClientOptions } from "../src/fetch.js";
import { APIConnectionError, APIConnectionTimeoutError, VERSION } from "../src/index.js";
import { json, OK_BODY, startServer, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { collectingLogger } from "@scenario-sdk/test-utils/logger";

const server = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

const api = (options: FetchClientOptions = {}) =>
  createFetchClient({ apiKey: "key_1", apiSecret: "secret_1", baseURL: server.url, ...options });
const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

describe("createFetchClient", () => {
  test("a GET with path and query params: the wire, our headers, { data, response }", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY, { "x-request-id": "req_1" }));
    const { data, error, response } = await api().GET("/assets/{assetId}", {
      params: { path: { assetId: "asset 1" }, query: { projectId: "proj_1" } },
    });
    expect(error).toBeUndefined();
    expect(data).toEqual(OK_BODY);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_1");
    const [request] = server.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url).toBe("/v1/assets/asset%201?projectId=proj_1");
    expect(request!.headers.authorization).toBe(basic("key_1", "secret_1"));
    expect(request!.headers["user-agent"]).toBe(`scenario-sdk-typescript/${VERSION}`);
    expect(request!.headers.accept).toBe("application/json");
  });

  test("arrays in the query are comma-separated, as the spec says (explode: false)", async () => {
    server.reset((_req, res) => json(res, 200, { assets: [] }));
    await api().GET("/assets", { params: { query: { types: ["inference-txt2img", "uploaded"] } } });
    expect(server.requests[0]!.url).toBe("/v1/assets?types=inference-txt2img,uploaded");
  });

  test("a POST with a JSON body and a query param", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const { data } = await api().POST("/assets", {
      params: { query: { originalAssets: true } },
      body: { name: "hero.png", image: "aGVsbG8=", collectionIds: ["col_1"] },
    });
    expect(data?.asset.id).toBe("asset_test");
    const [request] = server.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v1/assets?originalAssets=true");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({
      name: "hero.png",
      image: "aGVsbG8=",
      collectionIds: ["col_1"],
    });
  });

  test("a 404 comes back as { error, response }, not thrown", async () => {
    server.reset((_req, res) => json(res, 404, { reason: "Asset not found" }));
    const { data, error, response } = await api().GET("/assets/{assetId}", {
      params: { path: { assetId: "missing" } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ reason: "Asset not found" });
    expect(response.status).toBe(404);
    expect(server.requests).toHaveLength(1); // a 404 is not retried
  });

  test("a 503 then a 200 is retried by our pipeline, honouring retry-after-ms", async () => {
    server.reset((_req, res, i) =>
      i === 0
        ? json(res, 503, { reason: "busy" }, { "retry-after-ms": "10" })
        : json(res, 200, OK_BODY),
    );
    const { lines, logger } = collectingLogger();
    const { data } = await api({ logLevel: "warn", logger }).GET("/assets/{assetId}", {
      params: { path: { assetId: "a" } },
    });
    expect(data).toEqual(OK_BODY);
    expect(server.requests).toHaveLength(2);
    expect(lines.join("\n")).toMatch(/GET \/v1\/assets\/a → 503 .*retry 1\/2 in 10 ms/);
  });

  test("credentials come from SCENARIO_SDK_* variables, an explicit bearer over them", async () => {
    vi.stubEnv("SCENARIO_SDK_API_KEY", "env_key");
    vi.stubEnv("SCENARIO_SDK_API_SECRET", "env_secret");
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const fromEnv = createFetchClient({ baseURL: server.url });
    await fromEnv.GET("/assets/{assetId}", { params: { path: { assetId: "a" } } });
    expect(server.requests[0]!.headers.authorization).toBe(basic("env_key", "env_secret"));
    const bearer = createFetchClient({ baseURL: server.url, bearerToken: "tok_1" });
    await bearer.GET("/assets/{assetId}", { params: { path: { assetId: "a" } } });
    expect(server.requests[1]!.headers.authorization).toBe("Bearer tok_1");
  });

  test("api.use(middleware): onRequest sees and changes the request, onResponse the answer", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const client = api();
    const seen: string[] = [];
    client.use({
      onRequest({ request, schemaPath }) {
        seen.push(`${request.method} ${schemaPath}`);
        request.headers.set("x-trace", "t1");
        return request;
      },
      onResponse({ response }) {
        seen.push(String(response.status));
        return undefined;
      },
    });
    await client.GET("/assets/{assetId}", { params: { path: { assetId: "a" } } });
    expect(seen).toEqual(["GET /assets/{assetId}", "200"]);
    expect(server.requests[0]!.headers["x-trace"]).toBe("t1");
    expect(server.requests[0]!.headers.authorization).toBe(basic("key_1", "secret_1"));
  });

  test("the client's `fetch` and `fetchOptions` carry each request (proxies go there)", async () => {
    const calls: { url: string; init: RequestInit & { dispatcher?: unknown } }[] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init! });
      return new Response(JSON.stringify(OK_BODY), { status: 200 });
    };
    const dispatcher = { proxy: true };
    const { data } = await api({ fetch, fetchOptions: { dispatcher } }).GET("/assets/{assetId}", {
      params: { path: { assetId: "a" } },
    });
    expect(data).toEqual(OK_BODY);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(`${server.url}/assets/a`);
    expect(calls[0]!.init.dispatcher).toBe(dispatcher);
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe(
      basic("key_1", "secret_1"),
    );
  });

  test("a timeout throws our APIConnectionTimeoutError, after our retries", async () => {
    server.reset((_req, res) => setTimeout(() => json(res, 200, OK_BODY), 500));
    const error = await api({ timeout: 50, maxRetries: 1 })
      .GET("/assets/{assetId}", { params: { path: { assetId: "a" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(2);
  });

  test("a refused connection throws our APIConnectionError", async () => {
    const closed = await startServer();
    const url = closed.url;
    await closed.close();
    const error = await createFetchClient({
      apiKey: "k",
      apiSecret: "s",
      baseURL: url,
      maxRetries: 0,
    })
      .GET("/assets/{assetId}", { params: { path: { assetId: "a" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).code).toBe("ECONNREFUSED");
  });

  test("a middleware that points the request at another host is refused, credentials unsent", async () => {
    const client = api();
    client.use({ onRequest: () => new Request("https://elsewhere.example/steal") });
    const error = await client
      .GET("/assets/{assetId}", { params: { path: { assetId: "a" } } })
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(
      /Refusing to send the client's credentials to https:\/\/elsewhere\.example/,
    );
  });

  test("missing credentials: the client's clear error at creation", () => {
    vi.stubEnv("SCENARIO_SDK_API_KEY", "");
    vi.stubEnv("SCENARIO_SDK_API_SECRET", "");
    vi.stubEnv("SCENARIO_SDK_JWT", "");
    expect(() => createFetchClient({ baseURL: server.url })).toThrow(/Missing credentials/);
  });
});
