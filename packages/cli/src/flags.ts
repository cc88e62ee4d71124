// A flag is declared once: `flag(syntax, description, options)` in the command's `*.spec.ts`
// (global flags in commands/global-flags.ts). Its key and type come from that declaration:
//
//   export const copyFlags = [
//     flag("--to-project <id>", "project to copy into"),          // toProject: string | undefined
//     flag("--concurrency <n>", "in parallel", { parse: wholeNumber(1), default: 4 }), // number
//     flag("--add <tag>", "add a tag (repeatable)", { parse: repeatable, default: [] }), // string[]
//     flag("--sort <field>", "sort by", { parse: oneOf(WORDS) }),  // "a" | "b" | undefined; completes
//     flag("--yes", "do not ask"),                                   // yes: true | undefined
//     flag("--no-verify", "save without checking"),                  // verify: boolean
//   ] as const;
//   export type CopyFlags = FlagsOf<typeof copyFlags>;
//
// Adding a flag is one line there; the command's `run(input: CommandInput<CopyFlags>)` sees it
// typed, help and completion list it, and the typo check knows it. The key is commander's
// (`--to-project` → `toProject`, `--no-verify` → `verify`). Data only: no command code here.

/**
 * A flag's value is wrong. Commander reports it with the flag's name (it knows the error by its
 * `code`); thrown by our parsers so that declaring flags does not load commander (start-up).
 */
export class InvalidArgumentError extends Error {
  readonly code = "commander.invalidArgument";
  readonly exitCode = 1;
}

/** Turns a flag's text into its value (throwing InvalidArgumentError when it is wrong). */
export type Parser<T> = ((value: string) => T) | ((value: string, previous: T) => T);

export interface FlagSpec {
  /** Commander syntax: `--name <name>`, `--hide`, `--no-verify`. */
  readonly flags: string;
  readonly description: string;
  /** A `Parser` of the flag's type (see `flag`'s overloads). */
  readonly parse?: (...args: never[]) => unknown;
  readonly default?: unknown;
  /** The values the flag takes, offered by shell completion. */
  readonly choices?: readonly string[];
}

/** A flag whose value has type `T` once parsed (`T` is a phantom: it exists for the compiler only). */
export interface Flag<S extends string, T> extends FlagSpec {
  readonly flags: S;
  readonly __value?: () => T;
}

type Camel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S;
type LongName<S extends string> = S extends `${infer N} ${string}` ? N : S;
/** Commander's key of a flag: `--to-project <id>` → `toProject`, `--no-verify` → `verify`. */
export type FlagKey<S extends string> =
  LongName<S> extends `--no-${infer N}`
    ? Camel<N>
    : LongName<S> extends `--${infer N}`
      ? Camel<N>
      : never;
/** The value of a flag declared without `parse`: text, or a switch. */
type Plain<S extends string> = S extends `--no-${string}`
  ? boolean
  : S extends `${string} <${string}>`
    ? string | undefined
    : S extends `${string} [${string}]`
      ? string | true | undefined
      : true | undefined;

/** The parsed flags of a declaration list, keyed as commander keys them. */
export type FlagsOf<L extends readonly FlagSpec[]> = {
  readonly [
    F in L[number] as F extends Flag<infer S, unknown> ? FlagKey<S> : never
  ]: F extends Flag<string, infer T> ? T : never;
};

interface Options<T> {
  parse?: Parser<T>;
  default?: T;
  choices?: readonly string[];
}

export function flag<const S extends string>(flags: S, description: string): Flag<S, Plain<S>>;
export function flag<const S extends string, T>(
  flags: S,
  description: string,
  options: Options<T> & { parse: Parser<T>; default: T },
): Flag<S, T>;
export function flag<const S extends string, T>(
  flags: S,
  description: string,
  options: Options<T> & { parse: Parser<T> },
): Flag<S, T | undefined>;
export function flag<const S extends string>(
  flags: S,
  description: string,
  options: Options<string> & { default: string },
): Flag<S, string>;
export function flag<const S extends string>(
  flags: S,
  description: string,
  options: { choices: readonly string[] },
): Flag<S, Plain<S>>;
export function flag(
  flags: string,
  description: string,
  options: Omit<FlagSpec, "flags" | "description"> = {},
): FlagSpec {
  const choices = options.choices ?? (options.parse as { choices?: readonly string[] })?.choices;
  return { flags, description, ...options, ...(choices ? { choices } : {}) };
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

/** `--sort <field>` and the like: one of `values` (which completion offers too). */
export function oneOf<const T extends string>(values: readonly T[]) {
  const parse = (value: string): T => {
    if (!(values as readonly string[]).includes(value))
      throw new InvalidArgumentError(`expected one of: ${values.join(", ")}.`);
    return value as T;
  };
  return Object.assign(parse, { choices: values });
}

/** A repeatable flag: `--collection a --collection b` → ["a", "b"]. */
export const repeatable = (value: string, previous: string[] = []): string[] => [
  ...previous,
  value,
];
