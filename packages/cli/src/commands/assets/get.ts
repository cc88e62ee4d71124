// `scenario assets get <id...>`: the assets of the ids given, one request per 200 ids. Each id
// the API does not return is that id's failure; the others are printed (exit 1 at the end).
import { AssetLines } from "../../asset-lines.js";
import { assetsByIds, NOT_FOUND } from "../../asset-source.js";
import { createClient, planClient } from "../../client-factory.js";
import { AuthStop } from "../../auth-stop.js";
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { describeError, formatFailure, type Failure } from "../../describe-error.js";
import { EXIT, UsageError } from "../../errors.js";
import { checkIds } from "../../ids.js";
import { flagIdProblems } from "./list-inputs.js";
import type { GetFlags } from "./get.spec.js";

export type { GetFlags } from "./get.spec.js";

export async function run(input: CommandInput<GetFlags>, ctx: Context): Promise<number> {
  const { flags, operands } = input;
  const { ids, problems } = checkIds(operands);
  problems.unshift(...input.problems);
  if (operands.length === 0) {
    problems.push("no asset ids given; usage: scenario assets get <id...>");
  }
  problems.push(...flagIdProblems({ "--project": flags.project }));
  const { plan, problems: clientProblems } = planClient(ctx);
  problems.push(...clientProblems);
  if (problems.length || !plan) throw new UsageError(problems);

  const client = await createClient(plan, ctx);
  const { out } = ctx;
  const lines = new AssetLines(out, Boolean(flags.json));
  const fail = (id: string, failure: Failure) =>
    out.failure(`${id}: ${formatFailure(failure)}`, { id, error: failure });
  let failed = 0;
  const auth = new AuthStop(ctx);
  for await (const batch of assetsByIds(client, ids, { projectId: flags.project })) {
    if ("error" in batch) {
      const failure = describeError(batch.error, ctx.endpoint);
      for (const id of batch.ids) fail(id, failure);
      failed += batch.ids.length;
      if (auth.check(batch.error)) break;
      continue;
    }
    // in the order given (the API's order is not guaranteed)
    lines.print(batch.ids.flatMap((id) => batch.found.get(id) ?? []));
    for (const id of batch.ids) {
      if (batch.found.has(id)) continue;
      fail(id, { status: null, message: NOT_FOUND, requestId: batch.requestId });
      failed++;
    }
  }
  return auth.finish(ids.length - failed) ?? (failed ? EXIT.failed : EXIT.ok);
}
