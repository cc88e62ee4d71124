// One cheap request (the first asset of a listing, `GET /assets?pageSize=1`) tells whether the API
// accepts a key: `auth login` asks before saving, `auth status` to say whether the credentials work.
import type { ClientPlan } from "./client-factory.js";
import type { Context } from "./context.js";
import type { Failure } from "./describe-error.js";
import { isCredentialFailure } from "./auth-stop.js";

export type CheckResult =
  | { outcome: "accepted" }
  /** 401, or 403 about the credentials. */
  | { outcome: "refused"; failure: Failure }
  /** Not reached, or an answer that says nothing about the key (5xx…). */
  | { outcome: "unknown"; failure: Failure };

/** Asks the API once (no retries, at most 15 s unless --timeout) whether it accepts `plan`'s credentials. */
export async function checkWithApi(
  plan: ClientPlan,
  ctx: Context,
  projectId?: string,
): Promise<CheckResult> {
  const [{ createClient }, { describeError }] = await Promise.all([
    import("./client-factory.js"),
    import("./describe-error.js"),
  ]);
  const quick: Context = {
    ...ctx,
    globals: { ...ctx.globals, maxRetries: 0, timeout: ctx.globals.timeout ?? 15_000 },
  };
  const client = await createClient(plan, quick);
  ctx.endpoint = quick.endpoint;
  try {
    await client.assets.list(
      { pageSize: 1, ...(projectId ? { projectId } : {}) },
      { signal: ctx.signal },
    );
    return { outcome: "accepted" };
  } catch (error) {
    const failure = describeError(error, quick.endpoint);
    return isCredentialFailure(error)
      ? { outcome: "refused", failure }
      : { outcome: "unknown", failure };
  }
}
