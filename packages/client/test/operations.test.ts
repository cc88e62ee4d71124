// Every operation on the wire, from the generated table: one given/want row per operation
// (operation-rows.ts), and for every name of the table, a check that it lands where the spec
// puts it (path, query or body) and nowhere else.
import { describe, expect, test } from "vitest";
import Scenario from "../src/index.js";
import { OPERATIONS, type OperationId } from "../src/generated/operations.js";
import type { OperationSpec } from "../src/core/operation.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { PNG_BASE64, ROWS } from "./operation-rows.js";

const server = useTestServer();

const client = () =>
  new Scenario({
    apiKey: "key_1",
    apiSecret: "secret_1",
    baseURL: server.url,
    maxRetries: 0,
    defaultHeaders: { "x-team": "art" },
  });

/** Any JSON object answers; list operations get an empty page. */
const answer = () => server.reset((_req, res) => json(res, 200, { assets: [], snapshots: [] }));

function received() {
  expect(server.requests).toHaveLength(1);
  const request = server.requests[0]!;
  const url = new URL(request.url, "http://host");
  return {
    request,
    path: url.pathname.replace(/^\/v1/, ""),
    query: Object.fromEntries(url.searchParams),
    body: request.body === "" ? undefined : JSON.parse(request.body),
  };
}

describe("the wire, operation by operation", () => {
  test("there is a row for every operation of the spec", () => {
    expect(ROWS.map((r) => r.operation).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  for (const row of ROWS) {
    test(`${OPERATIONS[row.operation].sdk}: ${row.want.method} ${row.want.path}`, async () => {
      answer();
      await row.call(client());
      const { request, path, query, body } = received();
      expect(request.method).toBe(row.want.method);
      expect(path).toBe(row.want.path);
      expect(query).toEqual(row.want.query);
      expect(body).toEqual(row.want.body);
      expect(request.headers["content-type"]).toBe(
        row.want.body === undefined ? undefined : "application/json",
      );
      expect(request.headers.authorization).toBe(
        `Basic ${Buffer.from("key_1:secret_1").toString("base64")}`,
      );
      expect(request.headers["x-team"]).toBe("art");
    });
  }
});

/** The resource method of an operation, from its SDK name (`assets.download.request`). */
function methodOf(c: Scenario, sdk: string): (...args: unknown[]) => PromiseLike<unknown> {
  const parts = sdk.split(".");
  const name = parts.pop()!;
  const owner = parts.reduce<Record<string, unknown>>(
    (object, key) => object[key] as Record<string, unknown>,
    c as unknown as Record<string, unknown>,
  );
  return (owner[name] as (...args: unknown[]) => PromiseLike<unknown>).bind(owner);
}

describe("every name of the table lands where the spec puts it", () => {
  for (const [operation, spec] of Object.entries(OPERATIONS) as [OperationId, OperationSpec][]) {
    test(`${spec.sdk}`, async () => {
      answer();
      const params: Record<string, unknown> = {};
      for (const name of spec.query ?? []) params[name] = `q-${name}`;
      for (const name of spec.body ?? []) {
        params[name] = spec.images?.includes(name) ? PNG_BASE64 : `b-${name}`;
      }
      const pathArgs = (spec.pathParams ?? []).map((name) => `id-${name}`);
      await methodOf(client(), spec.sdk)(...pathArgs, params);
      const { request, path, query, body } = received();
      expect(request.method, operation).toBe(spec.method);
      let wantPath = spec.path;
      for (const name of spec.pathParams ?? [])
        wantPath = wantPath.replace(`{${name}}`, `id-${name}`);
      expect(path).toBe(wantPath);
      expect(query).toEqual(Object.fromEntries((spec.query ?? []).map((n) => [n, `q-${n}`])));
      if (spec.body) {
        expect(Object.keys(body).sort()).toEqual([...spec.body].sort());
      } else {
        expect(body).toBeUndefined();
      }
    });
  }
});

describe("what is refused before any request", () => {
  test.each([
    [
      "an unknown parameter",
      (c: Scenario) => c.assets.retrieve("a", { assetID: "x" } as never),
      /unknown parameter "assetID"/,
    ],
    ["an empty id", (c: Scenario) => c.assets.retrieve(""), /`assetId` must be a non-empty id/],
    ["a dot-dot id", (c: Scenario) => c.assets.retrieve(".."), /`assetId` must be a non-empty id/],
    [
      "a non-string id",
      (c: Scenario) => c.assets.retrieve(42 as never),
      /`assetId` must be a non-empty id, got 42/,
    ],
    [
      "101 ids to delete",
      (c: Scenario) =>
        c.assets.deleteMultiple({ assetIds: Array.from({ length: 101 }, (_, i) => `a${i}`) }),
      /`assetIds` has 101 items; the API takes at most 100 per call/,
    ],
    [
      "201 ids to get",
      (c: Scenario) =>
        c.assets.getBulk({ assetIds: Array.from({ length: 201 }, (_, i) => `a${i}`) }),
      /at most 200 per call/,
    ],
    [
      "an object in the query",
      (c: Scenario) => c.assets.list({ tags: { a: 1 } as never }),
      /`tags` must be a string/,
    ],
    [
      "params that are not an object",
      (c: Scenario) => c.assets.list("x" as never),
      /params must be an object/,
    ],
  ])("%s", async (_name, call, message) => {
    answer();
    await expect(call(client())).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });

  test("the limits themselves pass", async () => {
    answer();
    await client().assets.deleteMultiple({
      assetIds: Array.from({ length: 100 }, (_, i) => `a${i}`),
    });
    expect(JSON.parse(server.requests[0]!.body).assetIds).toHaveLength(100);
  });

  test("an id is encoded, never read as a path", async () => {
    answer();
    await client().assets.retrieve("a/b?c=d#e f");
    expect(server.requests[0]!.url).toBe("/v1/assets/a%2Fb%3Fc%3Dd%23e%20f");
  });
});
