// `scenario assets tag <id...> [--add TAG]... [--remove TAG]... [--strict]`: one
// PUT /assets/{id}/tags per id (`--remove` is the wire's `delete`), a few at a time; prints what
// each asset actually gained and lost.
import type { AssetUpdateTagsParams, AssetUpdateTagsResponse } from "@scenario-sdk/client";
import type { CommandInput } from "../../command-spec.js";
import { createClient } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { forEachLimit } from "../../pool.js";
import { checkIdInputs, Tally } from "./id-command.js";
import type { TagFlags } from "./tag.spec.js";

export type { TagFlags } from "./tag.spec.js";

const USAGE = "scenario assets tag <id...> --add TAG --remove TAG";

export async function run(input: CommandInput<TagFlags>, ctx: Context): Promise<number> {
  const { flags } = input;
  const { ids, plan } = checkIdInputs(input, ctx, USAGE, tagProblems(flags));
  const client = await createClient(plan, ctx);
  const params: AssetUpdateTagsParams = {
    ...(flags.add.length ? { add: flags.add } : {}),
    ...(flags.remove.length ? { delete: flags.remove } : {}),
    ...(flags.strict ? { strict: true } : {}),
    ...(flags.project ? { projectId: flags.project } : {}),
  };
  const tally = new Tally(ctx);
  await forEachLimit(
    ids,
    flags.concurrency,
    async (id) => {
      try {
        const response = await client.assets.updateTags(id, params, { signal: ctx.signal });
        tally.succeeded();
        ctx.out.result(`${id}: ${describeChange(response)}`, { id, response });
      } catch (error) {
        tally.failedWith([id], "tags not changed", error);
      }
    },
    () => tally.stop,
  );
  return tally.finish(ids.length, "tagged");
}

function tagProblems({ add, remove }: TagFlags): string[] {
  const problems: string[] = [];
  if (!add.length && !remove.length) {
    problems.push(
      "nothing to change: give at least one --add TAG or --remove TAG (each repeatable)",
    );
  }
  if ([...add, ...remove].some((tag) => !tag.trim())) problems.push("a tag cannot be empty");
  for (const tag of new Set(add.filter((t) => remove.includes(t)))) {
    problems.push(`"${tag}" is both added and removed; keep one of --add or --remove for it`);
  }
  return problems;
}

/** `added hero, approved; removed draft`, from what the API says it did. */
function describeChange(response: AssetUpdateTagsResponse): string {
  const { added, deleted } = (response ?? {}) as Partial<AssetUpdateTagsResponse>;
  const parts: string[] = [];
  if (added?.length) parts.push(`added ${added.join(", ")}`);
  if (deleted?.length) parts.push(`removed ${deleted.join(", ")}`);
  return parts.length ? parts.join("; ") : "no change (already as asked)";
}
