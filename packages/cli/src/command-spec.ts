// What a row of the command table (commands/index.ts) holds: data only, so that registering
// every command and printing help loads no command module.
import { InvalidArgumentError } from "commander";
import type { Context } from "./context.js";

export interface FlagSpec {
  /** Commander syntax: `--name <name>`, `--hide`. */
  flags: string;
  description: string;
  /** Turns the text into the value (and throws commander's InvalidArgumentError when it is wrong). */
  parse?: ((value: string) => unknown) | ((value: string, previous: string[]) => unknown);
  default?: unknown;
}

/** What a command module's `run` receives. */
export interface CommandInput<Flags = Record<string, unknown>> {
  /** The positional arguments; after `--`, every argument is one, even `-dash.png`. */
  operands: string[];
  flags: Flags;
  /** Problems found while parsing (unknown options), to be listed with the command's own. */
  problems: string[];
}

export interface CommandModule {
  run(input: CommandInput<never>, ctx: Context): Promise<number>;
}

export interface CommandSpec {
  /** `["assets", "upload"]` is `scenario assets upload`. */
  path: readonly [group: string, name: string];
  summary: string;
  /** Commander syntax of the positional arguments, e.g. `[files...]`, and their help. */
  operands?: readonly [syntax: string, description: string];
  flags?: readonly FlagSpec[];
  examples?: readonly string[];
  /** More help after the options (e.g. the values a flag takes); built only when help is shown. */
  details?: () => string;
  /**
   * The command watches `ctx.stopping`: SIGINT, SIGTERM and SIGHUP then stop it gracefully.
   * Commands without it keep Node's default (a signal ends them at once).
   */
  graceful?: boolean;
  load: () => Promise<CommandModule>;
}

/** `--concurrency <n>` and the like: a whole number ≥ `min`. */
export function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number ≥ ${min}.`);
    return n;
  };
}

/** `--sort <field>` and the like: one of `values`. */
export function oneOf<const T extends string>(values: readonly T[]) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value))
      throw new InvalidArgumentError(`expected one of: ${values.join(", ")}.`);
    return value as T;
  };
}

/** A repeatable flag: `--collection a --collection b` → ["a", "b"]. */
export const repeatable = (value: string, previous: string[] = []) => [...previous, value];
