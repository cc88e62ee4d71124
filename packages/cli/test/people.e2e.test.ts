// Issue 23 through the built command, as CI runs it: bad credentials stop the batch (exit 4),
// colour follows --color / NO_COLOR / CLICOLOR_FORCE in a real pipe.
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, makeFixtures, PNG_BYTES, runCli } from "./run-cli.js";

const server = useTestServer();

const fx = makeFixtures();

describe("the built command in a pipe", () => {
  test("6 files with a wrong key: one request, one hint, exit 4", async () => {
    server.reset((_req, res) =>
      json(res, 401, { reason: "Invalid API key" }, { "x-request-id": "req_e2e" }),
    );
    const files = Array.from({ length: 6 }, (_, i) => fx.file(`e2e${i}.png`, PNG_BYTES));
    const result = await runCli(["assets", "upload", ...files, "--concurrency", "1"], {
      env: apiEnv(fx.configHome, server.url),
    });
    expect(result.code).toBe(4);
    expect(server.requests).toHaveLength(1);
    expect(result.stderr).toContain("run `scenario auth status`");
    expect(result.stderr).toContain("0 uploaded, 1 failed");
    expect(result.stderr).not.toContain("\x1b[");
  });

  test("CLICOLOR_FORCE colours a pipe; --color never wins over it", async () => {
    const env = apiEnv(fx.configHome, server.url, { CLICOLOR_FORCE: "1" });
    const forced = await runCli(["assets", "get", "not an id"], { env });
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("\x1b[31merror:\x1b[0m");
    const never = await runCli(["assets", "get", "not an id", "--color", "never"], { env });
    expect(never.stderr).not.toContain("\x1b[");
  });
});
