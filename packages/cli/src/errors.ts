// Exit codes and the errors that carry them: the contract scripts rely on (DESIGN §5).

export const EXIT = {
  ok: 0,
  /** At least one upload failed at the API or the network. */
  failed: 1,
  /** Usage or input error: nothing was sent. */
  usage: 2,
  /** Interrupted (Ctrl-C), as shells report SIGINT. */
  interrupted: 130,
} as const;

/** A problem with what the user typed or pointed at; printed as `error: …` lines, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly problems: readonly string[];

  constructor(problems: string | readonly string[]) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.join("\n"));
    this.problems = list;
  }
}
