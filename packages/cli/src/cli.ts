// `scenario`: registers the command table (commands/index.ts) and parses the command line.
// Nothing here loads a command module or the client; `scenario --help` itself does not even
// load this module (main.ts answers it).
import { Command } from "commander";
import { COMMANDS, GLOBAL_FLAGS, GROUPS } from "./commands/index.js";
import type { Context } from "./context.js";
import { reportError } from "./error-boundary.js";
import { refuseUnknownGroupFlags } from "./group-flags.js";
import { EXIT } from "./errors.js";
import { configureHelp } from "./help.js";
import { Output } from "./output.js";
import { DESCRIPTION, EXIT_CODES_HELP, VERSION } from "./program-text.js";
import { addFlag, registerCommands, type Session } from "./register.js";

export interface RunOptions {
  io?: Partial<Context["io"]>;
}

/** Runs the command line `argv` (as `process.argv`: node, script, args…); resolves to the exit code. */
export async function run(argv: string[], options: RunOptions = {}): Promise<number> {
  const io: Context["io"] = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    ...options.io,
  };
  const out = new Output(io);
  const session: Session = { io, out, argv, exitCode: EXIT.ok };
  const program = new Command("scenario")
    .description(DESCRIPTION)
    .version(VERSION, "--version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.print(s),
      writeErr: (s) => out.info(s.trimEnd()),
      outputError: (s, write) => write(s.startsWith("error:") ? s : `error: ${s}`),
    })
    .showSuggestionAfterError(true)
    .addHelpText("after", EXIT_CODES_HELP);
  configureHelp(program);
  for (const flag of GLOBAL_FLAGS) addFlag(program, flag);
  registerCommands(program, GROUPS, COMMANDS, session);
  refuseUnknownGroupFlags(program);
  try {
    await program.parseAsync(argv);
    return session.exitCode;
  } catch (error) {
    return reportError(error, { out, verbose: argv.includes("--verbose") });
  } finally {
    out.dispose();
  }
}
