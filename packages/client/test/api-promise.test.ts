// What every method returns: awaited, the parsed body; `.withResponse()` adds the raw response
// and the request id; `.asResponse()` gives the raw response, without parsing the body.
import { describe, expect, test } from "vitest";
import Scenario, { NotFoundError } from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";

const server = useTestServer();

const client = () =>
  new Scenario({ apiKey: "k", apiSecret: "s", baseURL: server.url, maxRetries: 0 });
const ASSET = { asset: { id: "asset_1" } };

describe("APIPromise", () => {
  test("is a Promise of the parsed body", async () => {
    server.reset((_req, res) => json(res, 200, ASSET));
    const call = client().assets.retrieve("asset_1");
    // a native Promise (await's fast path), with the raw response at hand
    expect(call).toBeInstanceOf(Promise);
    expect(Object.getPrototypeOf(call)).toBe(Promise.prototype);
    expect(call.withResponse).toBeTypeOf("function");
    expect(call.asResponse).toBeTypeOf("function");
    expect(await call).toEqual(ASSET);
    // chaining gives plain promises
    expect(await call.then((r) => r.asset.id)).toBe("asset_1");
  });

  test("its methods are shared, not closures made per call (those kept every answer alive through young-generation GCs)", async () => {
    server.reset((_req, res) => json(res, 200, ASSET));
    const [one, two] = [client().assets.retrieve("asset_1"), client().assets.retrieve("asset_2")];
    expect(one.withResponse).toBe(two.withResponse);
    expect(one.asResponse).toBe(two.asResponse);
    const [first, second] = [client().assets.list(), client().assets.list()];
    expect(first[Symbol.asyncIterator]).toBe(second[Symbol.asyncIterator]);
    expect(first.toArray).toBe(second.toArray);
    await Promise.all([one, two, first, second].map((p) => Promise.resolve(p).catch(() => {})));
  });

  test("withResponse gives the data, the raw response and the request id", async () => {
    server.reset((_req, res) => json(res, 200, ASSET, { "x-request-id": "req_7", "x-extra": "1" }));
    const { data, response, requestID } = await client().assets.retrieve("asset_1").withResponse();
    expect(data).toEqual(ASSET);
    expect(requestID).toBe("req_7");
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-extra")).toBe("1");
    expect(await response.json()).toEqual(ASSET);
  });

  test("withResponse builds the Response only when it is read, once", async () => {
    server.reset((_req, res) => json(res, 200, ASSET, { "x-request-id": "req_8" }));
    const Real = globalThis.Response;
    let built = 0;
    globalThis.Response = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        built++;
      }
    };
    try {
      const result = await client().assets.retrieve("asset_1").withResponse();
      // the request id and the data alone (what the CLI reads): no Response built
      expect(result.requestID).toBe("req_8");
      expect(result.data).toEqual(ASSET);
      expect(built).toBe(0);
      const response = result.response;
      expect(built).toBe(1);
      expect(result.response).toBe(response);
      expect(await response.json()).toEqual(ASSET);
    } finally {
      globalThis.Response = Real;
    }
  });

  test("asResponse on a body that is not JSON leaves no unhandled rejection behind", async () => {
    server.reset((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("not json at all");
    });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const response = await client().assets.retrieve("asset_1").asResponse();
      expect(await response.text()).toBe("not json at all");
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  test("asResponse gives the raw response without parsing its body", async () => {
    server.reset((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("not json at all");
    });
    const response = await client().assets.retrieve("asset_1").asResponse();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("not json at all");
  });

  test("an error status rejects awaiting, withResponse and asResponse alike", async () => {
    server.reset((_req, res) => json(res, 404, { message: "no such asset" }));
    await expect(client().assets.retrieve("x")).rejects.toThrow(NotFoundError);
    await expect(client().assets.retrieve("x").withResponse()).rejects.toThrow(NotFoundError);
    await expect(client().assets.retrieve("x").asResponse()).rejects.toThrow(NotFoundError);
  });

  test("sends one request however many times it is awaited", async () => {
    server.reset((_req, res) => json(res, 200, ASSET));
    const call = client().assets.retrieve("asset_1");
    await call;
    await call.withResponse();
    await call.asResponse();
    expect(server.requests).toHaveLength(1);
  });
});

describe("withOptions", () => {
  test("derives a client with some options changed, the rest kept", async () => {
    server.reset((_req, res) => json(res, 500, {}, { "retry-after-ms": "1" }));
    const base = new Scenario({
      apiKey: "k",
      apiSecret: "s",
      baseURL: server.url,
      maxRetries: 3,
      defaultHeaders: { "x-team": "art" },
    });
    const derived = base.withOptions({ maxRetries: 0, timeout: 5_000 });
    expect(derived.timeout).toBe(5_000);
    expect(derived.baseURL).toBe(base.baseURL);
    await expect(derived.assets.retrieve("a")).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers["x-team"]).toBe("art");
    expect(base.maxRetries).toBe(3);
  });

  test("a per-request header of null drops a default header", async () => {
    server.reset((_req, res) => json(res, 200, ASSET));
    await new Scenario({
      apiKey: "k",
      apiSecret: "s",
      baseURL: server.url,
      defaultHeaders: { "x-team": "art" },
    }).assets.retrieve("a", {}, { headers: { "X-Team": null, "x-trace": "t1" } });
    expect(server.requests[0]!.headers["x-team"]).toBeUndefined();
    expect(server.requests[0]!.headers["x-trace"]).toBe("t1");
  });
});
