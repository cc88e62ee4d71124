// `scenario assets list`: assets page by page, each page printed as it arrives. The next page is
// asked for only once this one is out and stdout is still read (`| head -3` ends the walk).
import { setImmediate as nextTurn } from "node:timers/promises";
import { AssetLines } from "../../asset-lines.js";
import { assetPages } from "../../asset-source.js";
import { createClient } from "../../client-factory.js";
import { AuthStop } from "../../auth-stop.js";
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { describeError, formatFailure } from "../../describe-error.js";
import { EXIT } from "../../errors.js";
import { plural } from "../../output.js";
import { checkListInputs, type ListFlags } from "./list-inputs.js";

export async function run(input: CommandInput<ListFlags>, ctx: Context): Promise<number> {
  const { client: plan, params } = checkListInputs(input, ctx);
  const client = await createClient(plan, ctx);
  const { out } = ctx;
  const lines = new AssetLines(out, Boolean(input.flags.json));
  let shown = 0;
  let more = false;
  try {
    for await (const page of assetPages(client, params, { limit: input.flags.limit })) {
      lines.print(page.assets);
      shown += page.assets.length;
      more = page.more;
      // a reader that went away is seen as a failed write, reported on a later turn
      await nextTurn();
      if (out.stdoutClosed) break;
    }
  } catch (error) {
    const failure = describeError(error, ctx.endpoint);
    const message = formatFailure(failure);
    out.failure(shown ? `listing stopped after ${plural(shown, "asset")}: ${message}` : message, {
      error: failure,
    });
    const auth = new AuthStop(ctx);
    auth.check(error);
    return auth.finish(0) ?? EXIT.failed;
  }
  if (out.interactive && !out.stdoutClosed) {
    if (shown === 0) out.info("No assets match.");
    else if (more && input.flags.limit !== undefined) {
      out.info(`${shown} shown (--limit ${input.flags.limit}); more match.`);
    }
  }
  return EXIT.ok;
}
