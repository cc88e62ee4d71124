// `scenario completion <shell>`: prints the script for that shell, built from the command table.
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { EXIT, UsageError } from "../../errors.js";
import { COMMANDS, GLOBAL_FLAGS, GROUPS } from "../index.js";
import { completionScript, type Shell } from "./scripts.js";
import { SHELLS } from "./completion.spec.js";

export async function run({ operands, problems }: CommandInput<object>, ctx: Context) {
  const [shell, ...rest] = operands;
  if (!shell) problems.push(`which shell? usage: scenario completion ${SHELLS.join("|")}`);
  else if (!(SHELLS as readonly string[]).includes(shell)) {
    problems.push(`no completion for ${JSON.stringify(shell)}: give one of ${SHELLS.join(", ")}`);
  }
  if (rest.length) problems.push(`one shell at a time; got ${operands.join(", ")}`);
  if (problems.length) throw new UsageError(problems);
  ctx.out.print(
    completionScript(shell as Shell, { groups: GROUPS, commands: COMMANDS, globals: GLOBAL_FLAGS }),
  );
  return EXIT.ok;
}
