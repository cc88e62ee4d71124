// `scenario --bogus` and `scenario assets --bogus`: an unknown flag at the root or a group level
// takes the same typo path and wording as a subcommand's (parse-problems.ts), exit 2, instead of
// commander's own message. Commands themselves let unknown flags through to parseProblems.
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { knownFlags, unknownOption } from "./parse-problems.js";

/** Makes `program` and every group under it refuse an unknown flag in the one format. */
export function refuseUnknownGroupFlags(group: Command, path: readonly string[] = []): void {
  const see = `see \`${["scenario", ...path].join(" ")} --help\``;
  // commander calls this (untyped) method on the command whose own flags did not match
  Object.assign(group, {
    unknownOption: (flag: string) => {
      throw new UsageError(unknownOption(flag, knownFlags(group), see));
    },
  });
  for (const sub of group.commands) {
    if (sub.commands.length) refuseUnknownGroupFlags(sub, [...path, sub.name()]);
  }
}
