// The command itself: help, version, unknown commands, and what --help loads.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { cleanEnv, makeFixtures, runCli, runInProcess } from "./run-cli.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const env = cleanEnv(makeFixtures().configHome);

describe("scenario", () => {
  test("--version prints the package version (the built command)", async () => {
    const result = await runCli(["--version"], { env });
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  test("--help lists the commands, the exit codes and the credential order", async () => {
    const result = await runInProcess(["--help"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("assets");
    expect(result.stdout).toContain("auth");
    expect(result.stdout).toMatch(
      /Exit codes: 0 done; 1 an item failed .*\n.*2 usage or input error \(nothing sent\); 4 authentication failed .*\n.*\n.*Ctrl-C, SIGTERM, SIGHUP/,
    );
    expect(result.stdout).toMatch(
      /--api-key.*--api-secret.*--token.*--base-url.*--timeout.*--max-retries.*--verbose/s,
    );
  });

  test("--help, answered without commander, is the text commander's `help` prints", async () => {
    const fast = await runCli(["--help"], { env });
    const commander = await runCli(["help"], { env });
    expect(fast.code).toBe(0);
    expect(fast.stdout).toContain("Commands:\n  assets ");
    expect(fast.stdout).toBe(commander.stdout);
  });

  test("assets upload --help shows every flag and examples", async () => {
    const result = await runInProcess(["assets", "upload", "--help"], { env });
    expect(result.code).toBe(0);
    for (const flag of [
      "--name",
      "--collection",
      "--parent",
      "--hide",
      "--original-assets",
      "--project",
      "--canvas",
      "--thumbnail",
      "--json",
      "--concurrency",
      "--manifest",
      "--kind",
      "--processing-timeout",
    ]) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain("Examples:");
  });

  test.each([
    ["tag", ["--add", "--remove", "--strict", "--project", "--json", "--concurrency"]],
    ["delete", ["--yes", "--project", "--json"]],
    ["copy", ["--to-project", "--project", "--json"]],
  ])("assets %s --help shows its flags and examples", async (command, flags) => {
    const result = await runInProcess(["assets", command, "--help"], { env });
    expect(result.code).toBe(0);
    for (const flag of flags) expect(result.stdout).toContain(flag);
    expect(result.stdout).toMatch(new RegExp(`Examples:\n  scenario assets ${command} `));
  });

  test("an unknown command is a usage error (exit 2)", async () => {
    const result = await runInProcess(["asets", "upload"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: unknown command 'asets'/);
  });
});
