// Help and flag typos, one way for every command: global flags in each command's help, required
// operands shown required, no `(default: [])`, prefix-aware suggestions in one message format,
// and an unknown flag's value never taken as an operand or a file.
import { describe, expect, test } from "vitest";
import { COMMANDS, GLOBAL_FLAGS } from "../src/commands/index.js";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

const fx = makeFixtures();
const env = cleanEnv(fx.configHome, {
  SCENARIO_SDK_API_KEY: "k",
  SCENARIO_SDK_API_SECRET: "s",
  SCENARIO_BASE_URL: "http://127.0.0.1:9/v1",
});
const LONG = /--[a-z-]+/;

describe("help", () => {
  test.each(COMMANDS.map((c) => [c.path.join(" ")]))(
    "%s --help shows the global flags and no (default: [])",
    async (path) => {
      const result = await runInProcess([...path.split(" "), "--help"], { env });
      expect(result.code).toBe(0);
      for (const flag of GLOBAL_FLAGS) expect(result.stdout).toContain(flag.flags.match(LONG)![0]);
      expect(result.stdout).not.toContain("(default: [])");
    },
  );

  test.each([
    ["assets get", "<ids...>"],
    ["assets tag", "<ids...>"],
    ["assets delete", "<ids...>"],
    ["assets copy", "<id>"],
    ["completion", "<shell>"],
  ])("%s shows its operands as required", async (path, operands) => {
    const result = await runInProcess([...path.split(" "), "--help"], { env });
    expect(result.stdout).toContain(`Usage: scenario ${path} [options] ${operands}`);
  });
});

describe("one flag-typo path", () => {
  test.each([
    [["assets", "copy", "asset_1", "--to", "p2"], "--to", "--to-project"],
    [["assets", "list", "--colection", "c"], "--colection", "--collection"],
    [["assets", "get", "asset_1", "--jsn"], "--jsn", "--json"],
    [["auth", "status", "--verbos"], "--verbos", "--verbose"],
    [["assets", "upload", "x.png", "--concurency", "2"], "--concurency", "--concurrency"],
  ])("%j suggests %s → %s, in one format, exit 2", async (args, typo, meant) => {
    const result = await runInProcess(args, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `error: unknown option '${typo}' (did you mean ${meant}?); see \`scenario ${args[0]}`,
    );
  });

  test("an unknown flag's value is not a second id", async () => {
    const result = await runInProcess(["assets", "copy", "asset_1", "--to", "p2"], { env });
    expect(result.stderr).not.toMatch(/p2/);
  });

  test("an unknown flag's value is not a file", async () => {
    const result = await runInProcess(["assets", "upload", fx.png, "--concurency", "2"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\b2: no such file/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a stray operand of a command that takes none is a usage error in the same format", async () => {
    const result = await runInProcess(["auth", "logout", "now"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: too many arguments: 'now' \(this command takes none\); see `scenario auth logout --help`/,
    );
  });

  test("--kind that is not a kind is refused for an image bound for POST /assets", async () => {
    const result = await runInProcess(["assets", "upload", fx.png, "--kind", "picture"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--kind must be one of 3d, asset, .*, got "picture"/);
  });
});
