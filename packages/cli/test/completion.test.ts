// `scenario completion`: scripts built from the command table, run in a real bash for bash.
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { COMMANDS } from "../src/commands/index.js";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

const env = cleanEnv(makeFixtures().configHome);

async function script(shell: string): Promise<string> {
  const result = await runInProcess(["completion", shell], { env });
  expect(result.code).toBe(0);
  return result.stdout;
}

/** What bash offers after `scenario <words…>` (the last word is the one being completed). */
function bashComplete(source: string, words: string[]): string[] {
  const line = ["scenario", ...words];
  const program = `${source}
COMP_WORDS=(${line.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${line.length - 1}
_scenario; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync("bash", ["--norc", "-c", program], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return run.stdout.split("\n").filter(Boolean);
}

describe("scenario completion", () => {
  test("bash: groups, commands, flags and enum values come from the table", async () => {
    const source = await script("bash");
    expect(bashComplete(source, [""])).toEqual(
      expect.arrayContaining(["assets", "auth", "completion"]),
    );
    expect(bashComplete(source, ["assets", ""])).toEqual(
      COMMANDS.filter((c) => c.path[0] === "assets").map((c) => c.path[1]),
    );
    expect(bashComplete(source, ["assets", "copy", "--to"])).toEqual(["--to-project", "--token"]);
    expect(bashComplete(source, ["assets", "list", "--type", "txt2"])).toEqual(
      expect.arrayContaining(["txt2img", "txt2video"]),
    );
    expect(bashComplete(source, ["assets", "download", "--format", "we"])).toEqual(["webp"]);
    expect(bashComplete(source, ["assets", "upload", "--kind", "v"])).toEqual(["video"]);
    expect(bashComplete(source, ["assets", "list", "--sort", ""])).toEqual(["created", "updated"]);
    expect(bashComplete(source, ["completion", "f"])).toEqual(["fish"]);
  });

  test("zsh runs the same function through bashcompinit", async () => {
    const source = await script("zsh");
    expect(source).toMatch(/^#compdef scenario\nautoload -U \+X bashcompinit && bashcompinit\n/);
    expect(source).toContain("complete -o default -F _scenario scenario");
  });

  test("fish: a line per command and flag, enum values with -a", async () => {
    const source = await script("fish");
    expect(source).toContain("complete -c scenario -n __fish_use_subcommand -a assets");
    expect(source).toMatch(
      /complete -c scenario -n '__fish_seen_subcommand_from assets; and __fish_seen_subcommand_from download' -l format -x -a 'gif heif jpeg .* obj'/,
    );
    expect(source).toMatch(/complete -c scenario -l api-key -r -d 'API key'/);
    // every command and flag of the table is there
    for (const command of COMMANDS) {
      expect(source).toContain(` -a ${command.path.at(-1)} `);
      for (const flag of command.flags ?? []) {
        expect(source).toContain(` -l ${flag.flags.split(" ")[0]!.slice(2)}`);
      }
    }
  });

  test("a shell it does not know is a usage error", async () => {
    const result = await runInProcess(["completion", "powershell"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no completion for "powershell": give one of bash, zsh, fish/);
  });
});
