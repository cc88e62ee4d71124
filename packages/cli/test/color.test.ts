// --color auto|always|never, NO_COLOR, CLICOLOR and CLICOLOR_FORCE, as gh documents them.
import { describe, expect, test } from "vitest";
import { colorEnabled } from "../src/color.js";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

describe("colour", () => {
  test.each([
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [undefined, { NO_COLOR: "1" }, true, false],
    [undefined, { NO_COLOR: "" }, true, true],
    [undefined, { CLICOLOR: "0" }, true, false],
    [undefined, { CLICOLOR_FORCE: "1" }, false, true],
    [undefined, { CLICOLOR_FORCE: "0" }, false, false],
    [undefined, { NO_COLOR: "1", CLICOLOR_FORCE: "1" }, false, false],
    ["always", { NO_COLOR: "1" }, false, true],
    ["never", { CLICOLOR_FORCE: "1" }, true, false],
    ["auto", { CLICOLOR_FORCE: "1" }, false, true],
  ] as const)("--color %s with %o, terminal %s → %s", (mode, env, tty, expected) => {
    expect(colorEnabled(mode, env, tty)).toBe(expected);
  });

  test("in a pipe: plain by default, coloured with --color always or CLICOLOR_FORCE", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome);
    const args = ["assets", "get", "not an id"];
    const plain = await runInProcess(args, { env });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^error: /);
    const always = await runInProcess([...args, "--color", "always"], { env });
    expect(always.stderr.startsWith("\x1b[31merror:\x1b[0m ")).toBe(true);
    const forced = await runInProcess(args, { env: { ...env, CLICOLOR_FORCE: "1" } });
    expect(forced.stderr.startsWith("\x1b[31merror:")).toBe(true);
    const never = await runInProcess([...args, "--color", "never"], {
      env: { ...env, CLICOLOR_FORCE: "1" },
    });
    expect(never.stderr).toMatch(/^error: /);
    const bad = await runInProcess([...args, "--color", "sometimes"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("expected one of: auto, always, never");
  });
});
