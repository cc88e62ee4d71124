// One rule for credentials: flags, environment and config file resolve through the client's
// resolver, value by value, and `auth status` names where each came from.
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { cleanEnv, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx } = useCli(server);

describe("credentials", () => {
  test("SCENARIO_SDK_API_KEY in the environment plus --api-secret on the command line is accepted", async () => {
    server.reset((_req, res) => json(res, 200, { asset: { id: "asset_1" } }));
    const env = cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: "key_from_env_0001",
      SCENARIO_BASE_URL: server.url,
    });
    const result = await runInProcess(
      ["assets", "upload", fx.png, "--api-secret", "secret_from_flag"],
      { env },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(server.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from("key_from_env_0001:secret_from_flag").toString("base64")}`,
    );

    const status = await runInProcess(["auth", "status", "--api-secret", "secret_from_flag"], {
      env,
    });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain("API key key_…0001 (from environment)");
    expect(status.stdout).toContain("secret (hidden, from flags)");
    expect(status.stdout).not.toContain("secret_from_flag");
  });

  test("a key with its secret missing names what to give, from where (exit 2)", async () => {
    const env = cleanEnv(fx.configHome, { SCENARIO_SDK_API_KEY: "key_only_0002" });
    const result = await runInProcess(["assets", "upload", fx.png], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/API secret is missing/);
    expect(result.stderr).toMatch(/--api-secret.*SCENARIO_SDK_API_SECRET.*scenario auth login/);
  });

  test.each([
    ["a short key", "abc123", "abc123"],
    ["an 8-character key", "abcd1234", "abcd1234"],
  ])("auth status never shows the whole of %s", async (_name, key, whole) => {
    const env = cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: key,
      SCENARIO_SDK_API_SECRET: "s",
    });
    const status = await runInProcess(["auth", "status"], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).not.toContain(whole);
  });
});
