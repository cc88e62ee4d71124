// A bulk lookup refused for the credentials stops `assets download` like every other batch:
// exit 4, one hint to run `scenario auth status`, not one failure line per id.
import { afterAll, beforeAll, expect, test } from "vitest";
import { json, startServer, type TestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, makeFixtures, runInProcess } from "./run-cli.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const fx = makeFixtures();
const ids = ["asset_a", "asset_b", "asset_c"];

test.each([
  [401, "Invalid API key"],
  [403, "The API key has no access"],
])(
  "download: get-bulk answering %i about credentials is exit 4 with one hint",
  async (status, reason) => {
    server.reset((_req, res) => json(res, status, { reason }, { "x-request-id": "req_auth" }));
    const result = await runInProcess(["assets", "download", ...ids, "--out", fx.dir], {
      env: apiEnv(fx.configHome, server.url),
    });
    expect(result.code).toBe(4);
    expect(server.requests).toHaveLength(1);
    expect(result.stderr).toContain("run `scenario auth status`");
    expect(result.stderr.match(new RegExp(reason, "g"))).toHaveLength(1);
    for (const id of ids) expect(result.stderr).not.toContain(`${id}:`);
    expect(result.stderr).toContain("3 not started");
  },
);

test("download: a 403 about something else is still each id's failure, exit 1", async () => {
  server.reset((_req, res) => json(res, 403, { reason: "Project is archived" }));
  const result = await runInProcess(["assets", "download", ...ids, "--out", fx.dir], {
    env: apiEnv(fx.configHome, server.url),
  });
  expect(result.code).toBe(1);
  for (const id of ids) expect(result.stderr).toContain(`${id}: `);
});
