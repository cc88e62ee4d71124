// `scenario auth login | status | logout` and where credentials come from.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

const SECRET = "sec_NEVER_PRINT_ME_123";

describe("scenario auth", () => {
  test("login reads the secret from stdin, writes a 0600 config, and status hides the secret", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome);
    const login = await runInProcess(
      ["auth", "login", "--no-verify", "--api-key", "key_abcdefgh1234"],
      {
        env,
        stdin: `${SECRET}\n`,
      },
    );
    expect(login.code).toBe(0);
    const path = join(fx.configHome, "scenario", "config.json");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(fx.configHome, "scenario")).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({
      apiKey: "key_abcdefgh1234",
      apiSecret: SECRET,
    });
    expect(login.stdout + login.stderr).not.toContain(SECRET);

    const status = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`from the config file ${path}`);
    expect(status.stdout).toContain("key_…1234");
    expect(status.stdout + status.stderr).not.toContain(SECRET);
    expect(status.stdout).not.toContain("key_abcdefgh1234");

    const logout = await runInProcess(["auth", "logout"], { env });
    expect(logout.code).toBe(0);
    expect(existsSync(path)).toBe(false);
    const after = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain("Not logged in");
  });

  test("login with --base-url saves it, and later commands use it", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome);
    await runInProcess(
      [
        "auth",
        "login",
        "--no-verify",
        "--api-key",
        "key_abcdefgh1234",
        "--base-url",
        "http://127.0.0.1:9/v1",
      ],
      {
        env,
        stdin: "s\n",
      },
    );
    const status = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(status.stdout).toContain("API base URL: http://127.0.0.1:9/v1");
  });

  test("login reads key and secret from piped stdin when no flag is given", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome);
    const login = await runInProcess(["auth", "login", "--no-verify"], {
      env,
      stdin: "key_from_stdin\nsecret_from_stdin\n",
    });
    expect(login.code).toBe(0);
    const config = JSON.parse(readFileSync(join(fx.configHome, "scenario", "config.json"), "utf8"));
    expect(config).toEqual({ apiKey: "key_from_stdin", apiSecret: "secret_from_stdin" });
  });

  test("login without a secret on a pipe says how to give one (exit 2)", async () => {
    const fx = makeFixtures();
    const login = await runInProcess(["auth", "login", "--no-verify", "--api-key", "k"], {
      env: cleanEnv(fx.configHome),
      stdin: "",
    });
    expect(login.code).toBe(2);
    expect(login.stderr).toMatch(/error: auth login needs an API key and secret/);
  });

  test.each([
    ["flags", ["--api-key", "key_flags_0001", "--api-secret", SECRET], {}, "from flags"],
    [
      "environment",
      [],
      { SCENARIO_SDK_API_KEY: "key_env_00002", SCENARIO_SDK_API_SECRET: SECRET },
      "from environment",
    ],
    [
      "a bearer token",
      [],
      { SCENARIO_SDK_JWT: SECRET },
      "a bearer token (hidden), from environment",
    ],
  ])("status names %s as the source", async (_name, flags, vars, want) => {
    const fx = makeFixtures();
    const status = await runInProcess(["auth", "status", "--no-verify", ...flags], {
      env: cleanEnv(fx.configHome, vars),
    });
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(want);
    expect(status.stdout + status.stderr).not.toContain(SECRET);
  });

  test("flags win over the environment, which wins over the config file", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome);
    await runInProcess(["auth", "login", "--no-verify", "--api-key", "key_file_00003"], {
      env,
      stdin: "s\n",
    });
    const withEnv = { ...env, SCENARIO_SDK_API_KEY: "key_env_00004", SCENARIO_SDK_API_SECRET: "s" };
    expect(
      (await runInProcess(["auth", "status", "--no-verify"], { env: withEnv })).stdout,
    ).toContain("from environment");
    const withFlags = await runInProcess(
      ["auth", "status", "--no-verify", "--api-key", "key_flag_0005", "--api-secret", "s"],
      {
        env: withEnv,
      },
    );
    expect(withFlags.stdout).toContain("from flags");
    expect((await runInProcess(["auth", "status", "--no-verify"], { env })).stdout).toContain(
      "from the config file",
    );
  });
});
