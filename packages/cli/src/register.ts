// Turns the command table into commander commands. Each action loads its module only when it
// runs, builds the command's context, and hands anything thrown to the error boundary.
import { type Command, Option } from "commander";
import type { CommandSpec, FlagSpec } from "./command-spec.js";
import type { Context, Globals } from "./context.js";
import { reportError } from "./error-boundary.js";
import { UsageError } from "./errors.js";
import { addOperands } from "./help.js";
import type { Output } from "./output.js";
import { parseProblems } from "./parse-problems.js";
import { defaultProject } from "./profiles.js";
import { NEVER, Stopper } from "./signals.js";

/** What the actions share with `run`: the streams, the writer, the command line, the exit code. */
export interface Session {
  io: Context["io"];
  out: Output;
  argv: readonly string[];
  exitCode: number;
}

export function addFlag(command: Command, spec: FlagSpec): void {
  const option = new Option(spec.flags, spec.description);
  if (spec.parse) option.argParser(spec.parse as (value: string, previous: unknown) => unknown);
  if (spec.default !== undefined) option.default(spec.default);
  command.addOption(option);
}

export function registerCommands(
  program: Command,
  groups: Readonly<Record<string, string>>,
  commands: readonly CommandSpec[],
  session: Session,
): void {
  const parents = new Map<string, Command>();
  for (const [name, summary] of Object.entries(groups)) {
    parents.set(name, program.command(name).description(summary));
  }
  for (const spec of commands) {
    const [group, name] = spec.path;
    const parent = name === undefined ? program : parents.get(group);
    if (!parent) throw new Error(`command table: ${spec.path.join(" ")} has no group "${group}"`);
    const command = parent.command(name ?? group).description(spec.summary);
    // unknown options and extra operands reach parseProblems, which lists them in one format
    command.allowUnknownOption().allowExcessArguments();
    if (spec.operands) addOperands(command, spec.operands);
    for (const flag of spec.flags ?? []) addFlag(command, flag);
    if (spec.details) {
      const details = spec.details;
      command.addHelpText("after", () => `\n${details()}`);
    }
    if (spec.examples?.length) {
      command.addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join("\n")}`);
    }
    command.action(async (...args: unknown[]) => {
      session.exitCode = await runCommand(spec, args.at(-1) as Command, session);
    });
  }
}

async function runCommand(spec: CommandSpec, command: Command, session: Session) {
  const { operands, problems } = parseProblems(spec, command, session.argv);
  const flags = command.opts();
  const globals = command.optsWithGlobals<Globals>();
  session.out.useJson(Boolean(flags.json));
  session.out.useColor(globals.color);
  // the profile's default project, for the commands that take --project and were not given one
  if (command.options.some((o) => o.long === "--project") && flags.project === undefined) {
    const project = defaultProject(globals, session.io.env);
    if (project) flags.project = project;
  }
  const stopper = spec.graceful ? new Stopper().listen(session.out) : undefined;
  const cleanups: (() => void | Promise<void>)[] = [];
  const ctx: Context = {
    io: session.io,
    out: session.out,
    globals,
    stopping: stopper?.stopping ?? NEVER,
    signal: stopper?.cancelled ?? NEVER,
    stoppedExitCode: () => stopper?.exitCode,
    defer: (cleanup) => void cleanups.push(cleanup),
  };
  try {
    // a command without operands has no other problems to list them with
    if (!spec.operands && problems.length) throw new UsageError(problems);
    const module = await spec.load();
    return await module.run({ operands, flags, problems }, ctx);
  } catch (error) {
    return await reportError(error, {
      out: session.out,
      verbose: Boolean(globals.verbose),
      endpoint: ctx.endpoint,
    });
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        session.out.warn(`cleaning up: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    stopper?.dispose();
  }
}
