// An operation may answer without a body (a 204): a fact of the generated table, and its method
// resolves to undefined. A copy of the spec gains such an operation and goes through the generator.
import { describe, expect, test } from "vitest";
import YAML from "yaml";
import { loadSpec } from "../../scripts/generate/spec.mjs";
import { describeOperations, generateOperations } from "../../scripts/generate/operations.mjs";
import { createParser } from "../../packages/client/src/core/parse.js";
import type { OperationSpec } from "../../packages/client/src/core/operation.js";

function specWithPing() {
  const { document } = loadSpec();
  const copy = structuredClone(document);
  copy.paths["/assets/{assetId}/ping"] = {
    post: {
      operationId: "pingAsset",
      "x-sdk-method": "assets.ping",
      parameters: [{ $ref: "#/components/parameters/AssetId" }],
      responses: { "204": { description: "Pinged; no body." } },
    },
  };
  return { text: YAML.stringify(copy), document: copy };
}

describe("an operation without a response body", () => {
  const spec = specWithPing();

  test("the table says so: no response component, and its type is undefined", () => {
    const ping = describeOperations(spec.document).find(
      (op: { operationId: string }) => op.operationId === "pingAsset",
    );
    expect(ping?.response).toBeUndefined();
    const files = generateOperations(spec) as { path: string; content: string }[];
    const table = files.find((f) => f.path.endsWith("operations.ts"))!.content;
    const row = table.split("\n").find((line) => line.includes("pingAsset:"))!;
    expect(row).not.toContain("response:");
    const types = files.find((f) => f.path.endsWith("types.ts"))!.content;
    expect(types).toContain("export type AssetPingResponse = undefined;");
  });

  test("a 204 or an empty 200 resolves to undefined; an operation with a body still refuses one", () => {
    const parse = createParser(false);
    const ping = { sdk: "assets.ping", method: "POST", path: "/assets/{assetId}/ping" } as const;
    const headers = new Headers();
    expect(parse(ping as OperationSpec, { status: 204, headers, text: "" })).toBeUndefined();
    expect(parse(ping as OperationSpec, { status: 200, headers, text: "" })).toBeUndefined();
    expect(() =>
      parse({ ...ping, response: "AssetLockResponse" } as OperationSpec, {
        status: 200,
        headers,
        text: "",
      }),
    ).toThrow(/Empty response body/);
  });

  test("a 2xx with content other than JSON is still refused by the generator", () => {
    const copy = specWithPing();
    copy.document.paths["/assets/{assetId}/ping"].post.responses = {
      "200": { description: "text", content: { "text/plain": { schema: { type: "string" } } } },
    };
    expect(() => describeOperations(copy.document)).toThrow(/no JSON 2xx response/);
  });
});
