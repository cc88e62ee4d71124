// The one flag-typo path of every command: what commander let through (unknown options, extra
// operands) becomes problems in one format, each naming the command's help.
import type { Command } from "commander";
import { splitArgs, suggestFlag } from "./argv.js";
import type { CommandSpec } from "./command-spec.js";

export interface Parsed {
  operands: string[];
  problems: string[];
}

export function parseProblems(
  spec: CommandSpec,
  command: Command,
  argv: readonly string[],
): Parsed {
  const { operands, unknownOptions } = splitArgs(command.args, argv);
  const see = `see \`scenario ${spec.path.join(" ")} --help\``;
  const known = knownFlags(command);
  const problems = unknownOptions.map((flag) => unknownOption(flag, known, see));
  if (!spec.operands && operands.length) {
    const shown = operands.map((o) => `'${o}'`).join(", ");
    problems.push(`too many arguments: ${shown} (this command takes none); ${see}`);
  }
  return { operands, problems };
}

/** The one wording of an unknown flag, with the nearest known one when there is one. */
export function unknownOption(flag: string, known: readonly string[], see: string): string {
  const hint = suggestFlag(flag, known);
  return `unknown option '${flag}'${hint ? ` (did you mean ${hint}?)` : ""}; ${see}`;
}

/** The long flags a command accepts, its own first, then its parents'. */
export function knownFlags(command: Command): string[] {
  const flags: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.options) if (option.long) flags.push(option.long);
  }
  return flags;
}
