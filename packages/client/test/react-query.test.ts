// openapi-react-query on the `./fetch` face, end to end: queryOptions through a QueryClient reach
// the server through our pipeline (credentials, retries) and land typed in the cache.
import { QueryClient } from "@tanstack/react-query";
import createQueryClient from "openapi-react-query";
import { expect, test } from "vitest";
import { createFetchClient } from "../src/fetch.js";
import { json, OK_BODY, useTestServer } from "@scenario-sdk/test-utils/http-server";

const server = useTestServer();

const setup = () => {
  const api = createFetchClient({ bearerToken: () => "tok_rq", baseURL: server.url });
  // react-query's own retries off: ours already ran
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { $api: createQueryClient(api), queryClient };
};

test("queryOptions through a QueryClient: our credentials and retries, the answer cached", async () => {
  server.reset((_req, res, i) =>
    i === 0 ? json(res, 503, {}, { "retry-after-ms": "5" }) : json(res, 200, OK_BODY),
  );
  const { $api, queryClient } = setup();
  const options = $api.queryOptions("get", "/assets/{assetId}", {
    params: { path: { assetId: "asset_1" } },
  });
  const data = await queryClient.fetchQuery(options);
  expect(data.asset.id).toBe("asset_test");
  expect(queryClient.getQueryData(options.queryKey)).toEqual(OK_BODY);
  expect(server.requests.map((r) => `${r.url} ${r.headers.authorization}`)).toEqual([
    "/v1/assets/asset_1 Bearer tok_rq",
    "/v1/assets/asset_1 Bearer tok_rq",
  ]);
});

test("an HTTP error rejects the query with the API's error body", async () => {
  server.reset((_req, res) => json(res, 404, { reason: "Asset not found" }));
  const { $api, queryClient } = setup();
  const options = $api.queryOptions("get", "/assets/{assetId}", {
    params: { path: { assetId: "missing" } },
  });
  await expect(queryClient.fetchQuery(options)).rejects.toEqual({ reason: "Asset not found" });
});
