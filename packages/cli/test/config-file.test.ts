// The config file `auth login` writes: a damaged or unusual one gives a clear message and exit 2,
// and nothing is changed behind the user's back.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

function withConfig(content: string) {
  const fx = makeFixtures();
  const dir = join(fx.configHome, "scenario");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "config.json");
  writeFileSync(path, content, { mode: 0o600 });
  return { fx, path, env: cleanEnv(fx.configHome) };
}

describe("config file", () => {
  test("a corrupt config does not block `auth login` from rewriting it, and says what it replaced", async () => {
    const { path, env } = withConfig("{ not json");
    const login = await runInProcess(
      ["auth", "login", "--no-verify", "--api-key", "key_new_0001"],
      {
        env,
        stdin: "secret_new\n",
      },
    );
    expect(login.code).toBe(0);
    expect(login.stderr).toMatch(
      /config\.json is not valid JSON .*: replaced by the new credentials/,
    );
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual({
      apiKey: "key_new_0001",
      apiSecret: "secret_new",
    });
  });

  test("a corrupt config is a clear error for the commands that read it (exit 2)", async () => {
    const { env, path } = withConfig("{ not json");
    const status = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain(`${path} is not valid JSON`);
    expect(status.stderr).toContain("scenario auth login");
  });

  test("non-string values are a clear error (exit 2), not `unexpected`", async () => {
    const { env, path } = withConfig(JSON.stringify({ apiKey: 12345, apiSecret: ["s"] }));
    const status = await runInProcess(["auth", "status", "--no-verify"], { env });
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(new RegExp(`${path}: apiKey must be a string`));
    expect(status.stderr).not.toContain("unexpected");
  });

  test.each([
    ["auth", "status", "--no-verify"],
    ["auth", "login", "--no-verify", "--api-key", "key_abcdefgh"],
    ["auth", "logout"],
  ])("XDG_CONFIG_HOME pointing at a file: `%s %s` says so (exit 2)", async (...args) => {
    const fx = makeFixtures();
    const notADir = fx.file("xdg-file", "x");
    const result = await runInProcess(args, {
      env: cleanEnv(notADir),
      stdin: "secret\n",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`XDG_CONFIG_HOME (${notADir}) is not a folder`);
    expect(result.stderr).not.toContain("unexpected");
    expect(readFileSync(notADir, "utf8")).toBe("x");
  });

  test("a config.json that is a symlink is not written through, and its target is untouched", async () => {
    const fx = makeFixtures();
    const target = fx.file("elsewhere.json", "{}\n");
    chmodSync(target, 0o644);
    const dir = join(fx.configHome, "scenario");
    mkdirSync(dir, { recursive: true });
    const link = join(dir, "config.json");
    symlinkSync(target, link);
    const login = await runInProcess(
      ["auth", "login", "--no-verify", "--api-key", "key_abcdefgh"],
      {
        env: cleanEnv(fx.configHome),
        stdin: "secret_SHOULD_NOT_LAND\n",
      },
    );
    expect(login.code).toBe(2);
    expect(login.stderr).toContain(`${link} is a symbolic link`);
    expect(readFileSync(target, "utf8")).toBe("{}\n");
    expect(statSync(target).mode & 0o777).toBe(0o644);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
