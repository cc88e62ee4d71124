// Against the Prism mock started from the spec, with request validation on: a request the
// spec forbids fails, and the mock's answer (the page's example) passes the schemas.
import { describe, expect, inject, test } from "vitest";
import type {} from "@scenario-sdk/test-utils/prism-setup"; // types inject("prismUrl")
import { AssetUploadResponse } from "@scenario-sdk/schemas";
import Scenario, { UnprocessableEntityError, AuthenticationError } from "../src/index.js";
import { OPERATIONS } from "../src/generated/operations.js";
import { ROWS } from "./operation-rows.js";

const baseURL = inject("prismUrl");
const client = new Scenario({ apiKey: "k", apiSecret: "s", baseURL, maxRetries: 0 });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe("every operation against the mock (request validated by Prism, answer by the schemas)", () => {
  const validating = new Scenario({
    apiKey: "k",
    apiSecret: "s",
    baseURL,
    maxRetries: 0,
    validateResponses: true,
  });
  for (const row of ROWS) {
    test(`${OPERATIONS[row.operation].sdk}`, async () => {
      await expect(row.call(validating)).resolves.toBeTypeOf("object");
    });
  }
});

describe("contract with the spec (Prism)", () => {
  test("a valid upload passes and its response validates with the schemas", async () => {
    const response = await client.assets.upload({
      name: "hero.png",
      image: PNG,
      collectionIds: ["col_1"],
      originalAssets: true,
      projectId: "proj_1",
    });
    expect(AssetUploadResponse["~standard"].validate(response).issues).toBeUndefined();
    expect(response.asset.id).toBe("id");
  });

  test("validateResponses accepts the mock's answer", async () => {
    const validating = new Scenario({
      apiKey: "k",
      apiSecret: "s",
      baseURL,
      validateResponses: true,
    });
    await expect(
      validating.assets.upload({ name: "canvas", canvas: "{}" }),
    ).resolves.toHaveProperty("asset");
  });

  test("a body the spec forbids is refused by the mock", async () => {
    const invalid = { name: "x", hide: "yes" } as never;
    await expect(client.assets.upload(invalid)).rejects.toThrow(UnprocessableEntityError);
  });

  test("a request without credentials is refused by the mock", async () => {
    const anonymous = new Scenario({
      apiKey: "k",
      apiSecret: "s",
      baseURL,
      maxRetries: 0,
      defaultHeaders: {},
    });
    await expect(
      anonymous.assets.upload({ name: "x" }, { headers: { Authorization: "" } }),
    ).rejects.toThrow(AuthenticationError);
  });
});
