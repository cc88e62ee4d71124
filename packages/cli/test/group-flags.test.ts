// An unknown flag at the root (`scenario --bogus`) or a group (`scenario assets --jsn`) takes the
// one typo path of the subcommands: same format, a suggestion, the help to see, exit 2.
import { expect, test } from "vitest";
import { runInProcess } from "./run-cli.js";

test.each([
  [["--bogus"], "unknown option '--bogus'; see `scenario --help`"],
  [["--verbos"], "unknown option '--verbos' (did you mean --verbose?); see `scenario --help`"],
  [["--bogus", "assets", "list"], "unknown option '--bogus'; see `scenario --help`"],
  [["assets", "--bogus"], "unknown option '--bogus'; see `scenario assets --help`"],
  [
    ["assets", "--max-retry", "1", "list"],
    "unknown option '--max-retry' (did you mean --max-retries?); see `scenario assets --help`",
  ],
  [["auth", "--bogus"], "unknown option '--bogus'; see `scenario auth --help`"],
])("scenario %j: one format, exit 2", async (args, message) => {
  const result = await runInProcess(args, { env: {} });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(`error: ${message}\n`);
  expect(result.stdout).toBe("");
});

test("a subcommand's unknown flag keeps its wording (the same format)", async () => {
  const result = await runInProcess(["assets", "list", "--jsn"], { env: {} });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    "error: unknown option '--jsn' (did you mean --json?); see `scenario assets list --help`\n",
  );
});
