// `scenario`: registers the command table (commands/index.ts) and parses the command line.
// Nothing here loads a command module or the client, so `scenario --help` starts fast.
import { Command } from "commander";
import { COMMANDS, GLOBAL_FLAGS, GROUPS } from "./commands/index.js";
import type { Context } from "./context.js";
import { reportError } from "./error-boundary.js";
import { EXIT } from "./errors.js";
import { Output } from "./output.js";
import { addFlag, registerCommands, type Session } from "./register.js";

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "dev";

const EXIT_CODES_HELP = `
Exit codes: 0 done; 1 an item failed at the API or the network (the others went on);
  2 usage or input error (nothing sent); 4 authentication failed (the API refused the
  credentials: the batch stopped there; run \`scenario auth status\`); 130, 143, 129 stopped by
  Ctrl-C, SIGTERM, SIGHUP (work in flight finished and was recorded).
Credentials: flags, then environment, then the config file's profile (--profile, $SCENARIO_PROFILE,
  else default); key and secret must come from the same one.
Colour: --color auto|always|never; NO_COLOR turns it off, CLICOLOR_FORCE on in a pipe.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.`;

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
    .description(
      "Work with Scenario assets from a terminal or CI: upload, list, get, download, tag, delete, copy.",
    )
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
  for (const flag of GLOBAL_FLAGS) addFlag(program, flag);
  registerCommands(program, GROUPS, COMMANDS, session);
  try {
    await program.parseAsync(argv);
    return session.exitCode;
  } catch (error) {
    return reportError(error, { out, verbose: argv.includes("--verbose") });
  } finally {
    out.dispose();
  }
}
