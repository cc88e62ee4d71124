// The entry of `scenario`. `scenario --help` and `--version` are answered from the command table
// alone; anything else loads the commander program (cli.ts) and runs it.
import { COMMANDS, GLOBAL_FLAGS, GROUPS } from "./commands/index.js";
import { VERSION } from "./program-text.js";
import { rootHelp } from "./root-help.js";

type Stdout = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Runs the command line `argv` (as `process.argv`); resolves to the exit code. */
export async function main(argv: string[], stdout: Stdout = process.stdout): Promise<number> {
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    const width = stdout.isTTY ? (stdout.columns ?? 80) : 80;
    stdout.write(rootHelp({ groups: GROUPS, commands: COMMANDS, globals: GLOBAL_FLAGS }, width));
    return 0;
  }
  if (args.length === 1 && args[0] === "--version") {
    stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { run } = await import("./cli.js");
  return run(argv);
}
