// `scenario assets delete <id...> [--yes]`: DELETE /assets in batches of 100 (the API's limit),
// one batch after the other, after a confirmation: asked on a terminal, `--yes` otherwise (a
// script without it is refused before anything is sent).
import type { CommandInput } from "../../command-spec.js";
import { createClient } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { UsageError } from "../../errors.js";
import { AssetDeleteMultipleBodyAssetIdsMaxItems } from "../../generated/spec-values.js";
import { ask } from "../auth/prompt.js";
import { checkIdInputs, Tally } from "./id-command.js";
import type { DeleteFlags } from "./delete.spec.js";

export type { DeleteFlags } from "./delete.spec.js";

/** The most ids DELETE /assets takes at once (the spec's maxItems). */
export const BATCH = AssetDeleteMultipleBodyAssetIdsMaxItems;
/** Ids listed in the confirmation question; the rest are counted. */
const LISTED = 20;

const USAGE = "scenario assets delete <id...> [--yes]";

export async function run(input: CommandInput<DeleteFlags>, ctx: Context): Promise<number> {
  const { flags } = input;
  const asking = !flags.yes;
  const unattended =
    asking && !ctx.io.stdin.isTTY
      ? [
          "refusing to delete without confirmation: stdin is not a terminal, so there is no one to ask. " +
            "Add --yes to confirm (nothing was sent).",
        ]
      : [];
  const { ids, plan } = checkIdInputs(input, ctx, USAGE, unattended);
  if (asking) await confirm(ids, ctx);
  const client = await createClient(plan, ctx);
  const tally = new Tally(ctx);
  for (let start = 0; start < ids.length && !tally.stop; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    try {
      await client.assets.deleteMultiple(
        { assetIds: batch, ...(flags.project ? { projectId: flags.project } : {}) },
        { signal: ctx.signal },
      );
      tally.succeeded(batch.length);
      for (const id of batch) ctx.out.result(`${id}: deleted`, { id, deleted: true });
    } catch (error) {
      tally.failedWith(batch, "not deleted", error);
    }
  }
  return tally.finish(ids.length, "deleted");
}

/** Asks on the terminal; anything but y/yes cancels (exit 2, nothing sent). */
async function confirm(ids: readonly string[], ctx: Context): Promise<void> {
  const shown = ids.slice(0, LISTED).join(", ");
  const more = ids.length > LISTED ? `, … and ${ids.length - LISTED} more` : "";
  const what = ids.length === 1 ? "1 asset" : `${ids.length} assets`;
  ctx.out.info(`About to delete ${what}: ${shown}${more}. This cannot be undone.`);
  const answer = await ask(ctx, `Delete ${what}? [y/N] `, false);
  if (!/^y(es)?$/i.test(answer)) throw new UsageError("cancelled: nothing deleted.");
}
