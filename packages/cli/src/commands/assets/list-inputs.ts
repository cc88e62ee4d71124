// Everything `scenario assets list` checks before the first request, all problems at once.
import type { AssetListParams } from "@scenario-sdk/client";
import { checkTypes } from "../../asset-types.js";
import { planClient, type ClientPlan } from "../../client-factory.js";
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { parseDateFlag } from "../../dates.js";
import { UsageError } from "../../errors.js";
import { idProblem } from "../../ids.js";
import { SORT_WORDS, type ListFlags } from "./list.spec.js";

export type { ListFlags } from "./list.spec.js";

export type ListParams = Omit<AssetListParams, "pageSize" | "paginationToken">;

export interface ListInputs {
  client: ClientPlan;
  params: ListParams;
}

/** Ids given with flags (`{"--collection": "col_1"}`) checked like the ids of `get`. */
export function flagIdProblems(flags: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  for (const [flag, value] of Object.entries(flags)) {
    if (value === undefined || idProblem(value) === undefined) continue;
    problems.push(
      `${flag} ${JSON.stringify(value)} is not an id: ids are letters, digits, "_" and "-" (e.g. collection_6m8fUqKgQeeWqK1yDm2Vrw).`,
    );
  }
  return problems;
}

export function checkListInputs(
  { flags, problems: parseProblems }: CommandInput<ListFlags>,
  ctx: Context,
): ListInputs {
  const problems = [...parseProblems];
  problems.push(
    ...flagIdProblems({
      "--collection": flags.collection,
      "--parent": flags.parent,
      "--author": flags.author,
      "--project": flags.project,
    }),
  );
  const { types, problems: typeProblems } = checkTypes(flags.type);
  problems.push(...typeProblems);

  // --since/--until filter on the field the listing is sorted by, so they set the sort too
  const field = flags.sort ?? SORT_WORDS[0]!;
  const since = flags.since === undefined ? undefined : parseDateFlag("--since", flags.since);
  const until = flags.until === undefined ? undefined : parseDateFlag("--until", flags.until, true);
  for (const date of [since, until]) if (date && !date.ok) problems.push(date.problem);
  if (since?.ok && until?.ok && since.ms >= until.ms) {
    problems.push(
      `--since ${flags.since} is not before --until ${flags.until}: no asset can match; swap them?`,
    );
  }

  const { plan, problems: clientProblems } = planClient(ctx);
  problems.push(...clientProblems);
  if (problems.length || !plan) throw new UsageError(problems);

  const sorted = Boolean(flags.sort || flags.order || since || until);
  const params: ListParams = {
    ...(flags.collection ? { collectionId: flags.collection } : {}),
    ...(types.length ? { types } : {}),
    ...(flags.parent ? { parentAssetId: flags.parent } : {}),
    ...(flags.author ? { authorId: flags.author } : {}),
    ...(sorted ? { sortBy: field === "updated" ? "updatedAt" : "createdAt" } : {}),
    ...(flags.order ? { sortDirection: flags.order } : {}),
    ...(since?.ok ? { [field === "updated" ? "updatedAfter" : "createdAfter"]: since.iso } : {}),
    ...(until?.ok ? { [field === "updated" ? "updatedBefore" : "createdBefore"]: until.iso } : {}),
    ...(flags.project ? { projectId: flags.project } : {}),
  };
  return { client: plan, params };
}
