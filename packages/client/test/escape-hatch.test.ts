// client.get/post/put/delete/request, credentials as functions, a lost answer to a POST, and the
// error classes' statuses at run time.
import { describe, expect, test } from "vitest";
import Scenario, {
  APIConnectionError,
  NotFoundError,
  ScenarioError,
  type ClientOptions,
} from "../src/index.js";
import {
  json,
  OK_BODY,
  PNG,
  startServer,
  useTestServer,
} from "@scenario-sdk/test-utils/http-server";

const server = useTestServer();

const client = (options: ClientOptions = {}) =>
  new Scenario({ apiKey: "k", apiSecret: "s", baseURL: server.url, ...options });
const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;

describe("escape hatch", () => {
  test("client.get sends a path under baseURL with auth and query; answers the JSON", async () => {
    server.reset((_req, res) =>
      json(res, 200, { job: { status: "success" } }, { "x-request-id": "r1" }),
    );
    const { data, requestID } = await client()
      .get("/jobs/job_1", { query: { projectId: "p 1", ids: ["a", "b"], skip: undefined } })
      .withResponse();
    expect(data).toEqual({ job: { status: "success" } });
    expect(requestID).toBe("r1");
    expect(server.requests[0]!.method).toBe("GET");
    expect(server.requests[0]!.url).toBe("/v1/jobs/job_1?projectId=p%201&ids=a%2Cb");
    expect(server.requests[0]!.headers.authorization).toBe(basic("k", "s"));
  });

  test("post/put/delete send JSON bodies; request() takes the method; an empty answer is undefined", async () => {
    server.reset((_req, res) => (res.writeHead(204), res.end()));
    const c = client();
    expect(await c.post("jobs", { body: { a: 1 } })).toBeUndefined();
    await c.put("/things/1", { body: [1, 2] });
    await c.delete("/things/1");
    await c.request({ method: "patch" as "PATCH", path: "/things/1", body: { b: true } });
    const sent = server.requests.map(
      (r) => `${r.method} ${r.url} ${r.body} ${r.headers["content-type"] ?? "-"}`,
    );
    expect(sent).toEqual([
      'POST /v1/jobs {"a":1} application/json',
      "PUT /v1/things/1 [1,2] application/json",
      "DELETE /v1/things/1  -",
      'PATCH /v1/things/1 {"b":true} application/json',
    ]);
  });

  test("HTTP errors are the typed errors; 5xx is retried like any call", async () => {
    server.reset((_req, res, i) =>
      i === 0
        ? json(res, 503, {}, { "retry-after-ms": "5" })
        : json(res, 404, { reason: "No such job" }),
    );
    const error = await client()
      .get("/jobs/nope")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as NotFoundError).message).toBe("404 No such job");
    expect(server.requests).toHaveLength(2);
  });

  test("an absolute URL under baseURL is taken; one to another host is refused, nothing sent", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await client().get(`${server.url}/jobs/j`);
    expect(server.requests[0]!.url).toBe("/v1/jobs/j");
    for (const url of ["https://evil.example/v1/jobs", "//evil.example/x", `${server.url}evil/x`]) {
      const error = await client()
        .get(url)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ScenarioError);
      expect(String(error)).toMatch(/Refusing to send the client's credentials/);
    }
    expect(server.requests).toHaveLength(1);
  });

  test("a non-JSON 2xx answer is an APIError, not a SyntaxError", async () => {
    server.reset((_req, res) => (res.writeHead(200), res.end("<html>")));
    await expect(client().get("/x")).rejects.toThrow(/not valid JSON/);
  });
});

describe("credentials as functions", () => {
  test("are read for each request, so a refreshed token needs no new client", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    let n = 0;
    const c = client({
      apiKey: undefined,
      apiSecret: undefined,
      bearerToken: async () => `tok_${++n}`,
    });
    await c.assets.retrieve("a");
    await c.get("/jobs/j");
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer tok_1",
      "Bearer tok_2",
    ]);
  });

  test("a key from a function and a secret string make Basic auth", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    await client({ apiKey: () => "fn_key", apiSecret: "sec" }).assets.retrieve("a");
    expect(server.requests[0]!.headers.authorization).toBe(basic("fn_key", "sec"));
  });

  test("a failing or empty credential function sends nothing and says so", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    const failing = client({
      bearerToken: () => {
        throw new Error("vault down");
      },
    });
    await expect(failing.assets.retrieve("a")).rejects.toThrow(/The `bearerToken` function failed/);
    const wrong = client({ bearerToken: () => 42 as unknown as string });
    await expect(wrong.assets.retrieve("a")).rejects.toThrow(/must give a string, got number/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("a lost answer to a POST", () => {
  test("says the asset may have been created and how to check", async () => {
    server.reset((req) => req.socket.destroy());
    const error = await client({ maxRetries: 0 })
      .assets.upload({ name: "x", image: PNG })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/an asset may have been created/);
    expect((error as Error).message).toMatch(/client\.assets\.list\(/);
    expect((error as APIConnectionError).answerLost).toBe(true);
  });

  test("a GET's lost answer and a refused POST say nothing of the kind", async () => {
    server.reset((req) => req.socket.destroy());
    const get = (await client({ maxRetries: 0 })
      .assets.retrieve("a")
      .catch((e: unknown) => e)) as Error;
    expect(get.message).not.toMatch(/may have been created/);
    expect((get as APIConnectionError).answerLost).toBe(false);
    const closed = await startServer();
    await closed.close();
    const refused = (await new Scenario({
      apiKey: "k",
      apiSecret: "s",
      baseURL: closed.url,
      maxRetries: 0,
    })
      .post("/assets", { body: {} })
      .catch((e: unknown) => e)) as Error;
    expect(refused).toBeInstanceOf(APIConnectionError);
    expect(refused.message).not.toMatch(/may have been created/);
    expect((refused as APIConnectionError).answerLost).toBe(false);
  });
});

describe("error statuses", () => {
  test("a 404 is a NotFoundError whose status is 404 and headers a Headers", async () => {
    server.reset((_req, res) => json(res, 404, { reason: "gone" }));
    const error = (await client()
      .assets.retrieve("a")
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.headers).toBeInstanceOf(Headers);
  });
});
