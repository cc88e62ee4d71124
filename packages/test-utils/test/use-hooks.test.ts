// The set-up helpers register their own hooks: the server runs during the tests of the block that
// asked for it and is closed after; the CLI fixtures point at it and are removed after.
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { apiEnv, useCli } from "../src/cli.js";
import { json, useTestServer } from "../src/http-server.js";

let url = "";
let dir = "";

describe("inside the block that asked for them", () => {
  const server = useTestServer((_req, res) => json(res, 200, { first: true }));
  const { fx, env } = useCli(server);

  test("the server is started before the tests, with the initial handler", async () => {
    url = server.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const answer = await fetch(`${url}/assets?x=1`, { method: "POST", body: "hi" });
    expect(await answer.json()).toEqual({ first: true });
    expect(server.requests.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
      "POST /v1/assets?x=1 hi",
    ]);
  });

  test("reset replaces the handler and forgets the requests", async () => {
    server.reset((_req, res) => json(res, 201, {}));
    expect(server.requests).toEqual([]);
    expect((await fetch(url)).status).toBe(201);
  });

  test("useCli: fixtures on disk and the env of apiEnv for this server", () => {
    dir = fx.dir;
    expect(existsSync(fx.png)).toBe(true);
    expect(env({ EXTRA: "1" })).toEqual(apiEnv(fx.configHome, url, { EXTRA: "1" }));
    expect(env().SCENARIO_BASE_URL).toBe(url);
  });
});

describe("after that block", () => {
  test("its server is closed", async () => {
    await expect(fetch(url)).rejects.toThrow();
  });

  test("its fixtures are removed", () => {
    expect(dir).not.toBe("");
    expect(existsSync(dir)).toBe(false);
  });
});

describe("read while the file is collected, before beforeAll ran", () => {
  const early = useTestServer();
  let message = "";
  try {
    void early.url;
  } catch (error) {
    message = (error as Error).message;
  }
  test("the handle says where to use it", () => {
    expect(message).toMatch(/starts in beforeAll; use it in tests/);
    expect(early.url).toMatch(/^http:/); // and in a test it is started
  });
});
