// Every operation of the spec against the Prism mock started from it (request validation on,
// `--errors`), with plain fetch: one valid request each (basic auth, every query parameter the
// operation has, the body of its example) gets a 2xx whose body passes the answer's validator; a
// closed body with an unknown key gets a 4xx; `types` is read comma-separated; query bounds hold.
import { describe, expect, test } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as schemas from "../src/index.js";
import { usePrism } from "@scenario-sdk/test-utils/prism-server";
import { type FamilySchema, enumValues, family, spec } from "./family-facts.js";

const prism = usePrism();

const AUTH = `Basic ${Buffer.from("demo-key:demo-secret").toString("base64")}`;
const IDS: Record<string, string> = {
  assetId: "asset_GTrL3mq4SXWyMxkOHRxlpw",
  jobId: "job_Rk3vN8pWq2sLx7cYb4mTde",
  uploadId: "upload_7Xk2pQ9sLm3nVb8cRt1wYe",
};

/** A valid query value as the official SDK writes it (arrays comma-separated). */
function queryValue(wire: string, schema: FamilySchema): string {
  if (schema.type === "array") {
    return (enumValues(schema.items!) ?? ["a", "b"]).slice(0, 2).join(",");
  }
  const values = enumValues(schema);
  if (values) return String(values[0]);
  if (schema.type === "boolean") return "true";
  if (schema.type === "integer") return String(schema.minimum ?? 1);
  if (/After$|Before$/.test(wire)) return "2026-01-01T00:00:00.000Z";
  return wire === "projectId" ? "proj_23tlk332lkht3kl2" : `${wire}_1`;
}

type Operation = (typeof family.operations)[number];

function requestFor(op: Operation, { query = true } = {}) {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => IDS[name]!);
  const params = op.params
    .filter((p) => p.in === "query" && query)
    // `type` and `types` cannot be used together: the CSV test below sends `type` alone
    .filter((p) => !(op.operationId === "listAssets" && p.wire === "type"))
    .map(
      (p) => `${p.wire}=${encodeURIComponent(queryValue(p.wire, p.schema)).replaceAll("%2C", ",")}`,
    );
  const operation = spec.paths[op.path][op.method.toLowerCase()];
  const media = operation.requestBody?.content?.["application/json"];
  const body = media ? (Object.values(media.examples)[0] as { value: unknown }).value : undefined;
  return { url: `${path}${params.length ? `?${params.join("&")}` : ""}`, body };
}

async function send(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${prism.url}${url}`, {
    method,
    headers: {
      authorization: AUTH,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const validate = (name: string, value: unknown) =>
  (schemas as unknown as Record<string, StandardSchemaV1>)[name]!["~standard"].validate(value) as {
    issues?: unknown[];
  };

describe("Prism serves every operation of the spec", () => {
  test.each(family.operations.map((op) => [op.operationId, op] as const))(
    "%s: a valid request gets a 2xx that validates",
    async (_id, op) => {
      const { url, body } = requestFor(op);
      const { status, json } = await send(op.method, url, body);
      expect(status, `${op.method} ${url}`).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(300);
      expect(validate(op.response.component, json).issues).toBeUndefined();
    },
  );

  test.each(
    family.operations.filter((op) => op.body).map((op) => [op.body!.component, op] as const),
  )("the closed body %s with an unknown key gets a 4xx", async (_name, op) => {
    const { url, body } = requestFor(op, { query: false });
    const { status } = await send(op.method, url, { ...(body as object), unknownKey: 1 });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  test("the list's other example has a nextPaginationToken and validates", async () => {
    const { status, json } = await send("GET", "/assets", undefined, {
      prefer: "example=firstPage",
    });
    expect(status).toBe(200);
    expect(json.nextPaginationToken).toMatch(/.+/);
    expect(validate("AssetListResponse", json).issues).toBeUndefined();
  });

  test("the mock's default list page is the last one, so iterating over it ends", async () => {
    const { json } = await send("GET", "/assets");
    expect(json.nextPaginationToken ?? null).toBeNull();
  });
});

describe("Prism reads the query as the spec says", () => {
  test.each([
    ["types=txt2img,uploaded", 200],
    ["types=txt2img", 200],
    ["types=txt2img,not-a-type", 422],
    ["type=uploaded-text", 200],
    ["type=txt2img,uploaded", 422], // `type` is one value, not a list
    ["pageSize=1", 200],
    ["pageSize=100", 200],
    ["pageSize=0", 422],
    ["pageSize=101", 422],
    ["pageSize=ten", 422],
    ["originalAssets=true", 200],
    ["originalAssets=yes", 422],
    ["sortDirection=sideways", 422],
  ] as const)("GET /assets?%s answers %i", async (query, expected) => {
    expect((await send("GET", `/assets?${query}`)).status).toBe(expected);
  });

  test.each([
    ["pageSize=10", 200],
    ["pageSize=9", 422],
    ["pageSize=100", 200],
    ["pageSize=101", 422],
  ] as const)("GET /assets/{assetId}/snapshots?%s answers %i", async (query, expected) => {
    const url = `/assets/${IDS.assetId}/snapshots?${query}`;
    expect((await send("GET", url)).status).toBe(expected);
  });

  test("a request without credentials is refused", async () => {
    const response = await fetch(`${prism.url}/assets`);
    expect(response.status).toBe(401);
  });
});
