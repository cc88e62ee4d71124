// What the commands that take asset ids (`tag`, `delete`, `copy`) share: the checks before the
// first request, and the tally of what each id became — reported per id, with --json as one
// object per line: `{"id", …}` on success, `{"id", "error": {"status", "message", "requestId"}}`.
import type { CommandInput } from "../../command-spec.js";
import { planClient, type ClientPlan } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { describeError, formatFailure } from "../../describe-error.js";
import { AuthStop } from "../../auth-stop.js";
import { EXIT, UsageError } from "../../errors.js";
import { checkIds, idProblem } from "../../ids.js";

export interface IdFlags {
  project?: string;
  json?: boolean;
}

/**
 * The ids (each once, in order) and the client's plan; or a UsageError listing every problem:
 * the parser's, the ids', `--project`'s, `more` (the command's own), the credentials'.
 */
export function checkIdInputs(
  { operands, flags, problems: parseProblems }: CommandInput<IdFlags>,
  ctx: Context,
  usage: string,
  more: readonly string[] = [],
): { ids: string[]; plan: ClientPlan } {
  const { ids, problems: idProblems } = checkIds(operands);
  const problems = [...parseProblems, ...idProblems, ...more];
  if (operands.length === 0) problems.push(`no asset ids given; usage: ${usage}`);
  problems.push(...projectProblems({ "--project": flags.project }));
  const { plan, problems: clientProblems } = planClient(ctx);
  problems.push(...clientProblems);
  if (problems.length || !plan) throw new UsageError(problems);
  return { ids, plan };
}

/** `--project` and the like: each given value must look like an id. */
export function projectProblems(flags: Record<string, string | undefined>): string[] {
  return Object.entries(flags).flatMap(([flag, value]) => {
    const problem = value === undefined ? undefined : idProblem(value, "project id");
    return problem ? [`${flag}: ${problem}`] : [];
  });
}

/** What became of each id, and the run's exit code. */
export class Tally {
  ok = 0;
  failed = 0;
  /** Cancelled in flight by a second signal: the request may have reached the API. */
  cancelled = 0;
  done = 0;
  readonly #auth: AuthStop;

  constructor(private readonly ctx: Context) {
    this.#auth = new AuthStop(ctx);
  }

  /** Start nothing more: a signal came, or the API refused the credentials. */
  get stop(): boolean {
    return this.ctx.stopping.aborted || this.#auth.stopped;
  }

  succeeded(count = 1): void {
    this.ok += count;
    this.done += count;
  }

  /** `ids` failed with `error` (`what`: "not deleted"…), or were cancelled by a second signal. */
  failedWith(ids: readonly string[], what: string, error: unknown): void {
    this.done += ids.length;
    if (this.ctx.signal.aborted) {
      this.cancelled += ids.length;
      return;
    }
    this.failed += ids.length;
    this.#auth.check(error);
    const failure = describeError(error, this.ctx.endpoint);
    for (const id of ids) {
      this.ctx.out.failure(`${id}: ${what}: ${formatFailure(failure)}`, { id, error: failure });
    }
  }

  /** The exit code; after a signal, says what was done (`verb`: "deleted"…) and what was not. */
  finish(total: number, verb: string): number {
    const { out } = this.ctx;
    const parts = [`${this.ok} ${verb}`];
    if (this.failed) parts.push(`${this.failed} failed`);
    if (this.cancelled) {
      parts.push(`${this.cancelled} cancelled in flight (the API may have done them)`);
    }
    const stopped = this.ctx.stoppedExitCode();
    if (stopped !== undefined) {
      out.error(`interrupted: ${[...parts, `${total - this.done} not started`].join(", ")}.`);
      return stopped;
    }
    // to stderr in a pipe or CI too: a log then says what the batch did
    if (total > 1) out.info(parts.join(", "));
    const auth = this.#auth.finish(total - this.done);
    if (auth !== undefined) return auth;
    return this.failed ? EXIT.failed : EXIT.ok;
  }
}
