// `scenario assets copy <id> [--to-project ID]`: POST /assets/{id}/copy; prints the new asset's id.
import type { AssetCopyResponse } from "@scenario-sdk/client";
import type { CommandInput } from "../../command-spec.js";
import { createClient } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { UnexpectedAnswerError } from "../../describe-error.js";
import { CopyMayExistError, isLostAnswer, minuteBefore } from "../../lost-answer.js";
import { checkIdInputs, projectProblems, Tally } from "./id-command.js";
import type { CopyFlags } from "./copy.spec.js";

export type { CopyFlags } from "./copy.spec.js";

const USAGE = "scenario assets copy <id> [--to-project ID]";

export async function run(input: CommandInput<CopyFlags>, ctx: Context): Promise<number> {
  const { flags, operands } = input;
  const more = projectProblems({ "--to-project": flags.toProject });
  if (operands.length > 1) {
    more.push(`copy takes one asset id, got ${operands.length}; run it once per asset`);
  }
  const { ids, plan } = checkIdInputs(input, ctx, USAGE, more);
  const id = ids[0]!;
  const client = await createClient(plan, ctx);
  const tally = new Tally(ctx);
  const sentAt = minuteBefore();
  try {
    const response = await client.assets.copy(
      id,
      {
        ...(flags.toProject ? { targetProjectId: flags.toProject } : {}),
        ...(flags.project ? { projectId: flags.project } : {}),
      },
      { signal: ctx.signal },
    );
    const assetId = copyIdOf(response);
    tally.succeeded();
    ctx.out.result(`${id} → ${assetId}`, { id, assetId, response });
  } catch (error) {
    if (isLostAnswer(error)) {
      const project = flags.toProject ?? flags.project;
      tally.failedWith([id], "answer lost", new CopyMayExistError(sentAt, project));
    } else tally.failedWith([id], "not copied", error);
  }
  return tally.finish(1, "copied");
}

/** The copy's id; an answer without one is a failure (the copy may exist: said so). */
function copyIdOf(response: AssetCopyResponse): string {
  const id = (response as { asset?: { id?: unknown } } | null)?.asset?.id;
  if (typeof id === "string" && id) return id;
  throw new UnexpectedAnswerError(
    "the API answered without the copy's id; the copy may or may not exist: check before copying again",
  );
}
