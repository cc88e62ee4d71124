// What a row of the command table holds: data only, so that registering every command and
// printing help loads no command module. Each command's row sits beside it in `<name>.spec.ts`
// (its flags declared with `flag()`, see flags.ts); `defineCommand` ties the flags' type to
// the `run` its loader must export, so the handler gets its flags typed with no cast.
import type { Context } from "./context.js";
import type { FlagSpec, FlagsOf } from "./flags.js";

export { oneOf, repeatable, wholeNumber, type FlagSpec, type FlagsOf } from "./flags.js";

/** What a command module's `run` receives. */
export interface CommandInput<Flags = Record<string, unknown>> {
  /** The positional arguments; after `--`, every argument is one, even `-dash.png`. */
  operands: string[];
  flags: Flags;
  /** Problems found while parsing (unknown options), to be listed with the command's own. */
  problems: string[];
}

export interface CommandModule<Flags = Record<string, unknown>> {
  run(input: CommandInput<Flags>, ctx: Context): Promise<number>;
}

export interface CommandSpec<F extends readonly FlagSpec[] = readonly FlagSpec[]> {
  /** `["assets", "upload"]` is `scenario assets upload`; `["completion"]` a command of its own. */
  path: readonly [group: string, name: string] | readonly [name: string];
  summary: string;
  /**
   * Commander syntax of the positional arguments and their help: `<ids...>` when at least one
   * is required (the command checks, so all its problems are listed together), `[files...]`.
   */
  operands?: readonly [syntax: string, description: string];
  /** The values the operands take, when a closed set (offered by shell completion). */
  operandChoices?: readonly string[];
  flags?: F;
  examples?: readonly string[];
  /** More help after the options (e.g. the values a flag takes); built only when help is shown. */
  details?: () => string;
  /**
   * The command watches `ctx.stopping`: SIGINT, SIGTERM and SIGHUP then stop it gracefully.
   * Commands without it keep Node's default (a signal ends them at once).
   */
  graceful?: boolean;
  load: () => Promise<CommandModule<FlagsOf<F>>>;
}

/** A command's row, its flags' type checked against the `run` that `load` brings. */
export function defineCommand<const F extends readonly FlagSpec[] = readonly []>(
  spec: CommandSpec<F>,
): CommandSpec<F> {
  return spec;
}
