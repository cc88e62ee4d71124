// Exit codes and the CLI's own errors: the contract scripts rely on (DESIGN §5). The client's
// errors are mapped to these codes in one place, error-boundary.ts.

export const EXIT = {
  ok: 0,
  /** At least one item failed at the API or the network; the others went on. */
  failed: 1,
  /** Usage or input error: nothing was sent. */
  usage: 2,
  /** The API refused the credentials (401, or a 403 about them): the batch stopped there. */
  auth: 4,
} as const;

/** An error the CLI raises on purpose: each problem is printed as an `error: …` line. */
export class CliError extends Error {
  override name = "CliError";
  readonly problems: readonly string[];
  readonly exitCode: number;

  constructor(problems: string | readonly string[], exitCode: number) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.join("\n"));
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** A problem with what the user typed or pointed at, found before anything was sent (exit 2). */
export class UsageError extends CliError {
  override name = "UsageError";
  constructor(problems: string | readonly string[]) {
    super(problems, EXIT.usage);
  }
}
