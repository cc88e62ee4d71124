// One rule for credentials: flags, environment and config file resolve through the client's
// resolver, value by value, and `auth status` names where each came from.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx } = useCli(server);

describe("credentials", () => {
  test("a key from the environment with a secret from the command line is refused, naming both (nothing sent)", async () => {
    server.reset((_req, res) => json(res, 200, { asset: { id: "asset_1" } }));
    const env = cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: "key_from_env_0001",
      SCENARIO_BASE_URL: server.url,
    });
    const result = await runInProcess(
      ["assets", "upload", fx.png, "--api-secret", "secret_from_flag"],
      { env },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "the API key comes from the environment (SCENARIO_SDK_API_KEY/SCENARIO_SDK_API_SECRET) but the API secret from the command line",
    );
    expect(result.stderr).not.toContain("secret_from_flag");
    expect(server.requests).toHaveLength(0);
  });

  test("a key from the environment with the config file's secret (another key's) is refused by every command and by auth status", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: "key_from_env_0001",
      SCENARIO_BASE_URL: server.url,
    });
    const path = join(fx.configHome, "scenario", "config.json");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ apiKey: "key_saved_0002", apiSecret: "saved_secret" }));
    const upload = await runInProcess(["assets", "upload", fx.png], { env });
    expect(upload.code).toBe(2);
    expect(upload.stderr).toContain(`but the API secret from the config file ${path}`);
    expect(server.requests).toHaveLength(0);
    const status = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain("the API key comes from the environment");
    expect(status.stdout + status.stderr).not.toContain("saved_secret");
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
    const status = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).not.toContain(whole);
  });
});
