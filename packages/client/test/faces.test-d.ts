// Typed usage of the `./fetch` face, the escape hatch, credential functions and error statuses.
import { describe, expectTypeOf, test } from "vitest";
import { createFetchClient } from "../src/fetch.js";
import type {
  APIConnectionError,
  APIPromise,
  AssetRetrieveResponse,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  Scenario,
} from "../src/index.js";

declare const client: Scenario;
const api = createFetchClient({ apiKey: "k", apiSecret: "s" });

describe("createFetchClient types", () => {
  test("paths, params and answers are typed from the spec", async () => {
    const { data, error } = await api.GET("/assets/{assetId}", {
      params: { path: { assetId: "a" }, query: { projectId: "p" } },
    });
    expectTypeOf(data).toEqualTypeOf<AssetRetrieveResponse | undefined>();
    expectTypeOf(error).not.toBeAny();
    // @ts-expect-error a path the spec does not have
    void api.GET("/asset/{assetId}", { params: { path: { assetId: "a" } } });
    // @ts-expect-error the path param is missing
    void api.GET("/assets/{assetId}", { params: { path: {} } });
    // @ts-expect-error POST /assets needs a body with a name
    void api.POST("/assets", { body: { image: "x" } });
  });

  test("takes credentials as functions", () => {
    createFetchClient({ bearerToken: async () => "t" });
  });
});

describe("escape hatch and credential types", () => {
  test("client.get/post/request answer unknown unless a type is named", () => {
    expectTypeOf(client.get("/jobs/j")).toEqualTypeOf<APIPromise<unknown>>();
    expectTypeOf(client.post<{ id: string }>("/x", { body: { a: 1 } })).toEqualTypeOf<
      APIPromise<{ id: string }>
    >();
    void client.request({ method: "DELETE", path: "/x", query: { a: 1 }, timeout: 5 });
    // @ts-expect-error not a method the escape hatch sends
    void client.request({ method: "TRACE", path: "/x" });
  });

  test("each error class narrows status", () => {
    expectTypeOf<NotFoundError["status"]>().toEqualTypeOf<404>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<429>();
    expectTypeOf<InternalServerError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<NotFoundError["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf<APIConnectionError["status"]>().toEqualTypeOf<undefined>();
  });
});
