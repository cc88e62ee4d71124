// Flags several asset commands share, and the row of a command that acts on assets by id
// (data only).
import { defineCommand, type CommandSpec, type FlagSpec } from "../../command-spec.js";
import { flag, wholeNumber } from "../../flags.js";

/** `--project` of the commands that act on existing assets. */
export const inProject = flag(
  "--project <id>",
  "project the assets are in (default: the API's for your key)",
);

/** `--json`; `output` says what each JSON object holds. */
export const jsonFlag = (output: string) => flag("--json", output);

/** `--concurrency <n>` (default 4); `what` is what runs in parallel. */
export const concurrencyFlag = (what: string) =>
  flag("--concurrency <n>", `${what} in parallel`, { parse: wholeNumber(1), default: 4 });

/**
 * `scenario assets <name>` acting on asset ids: stops gracefully (it reports what it did) unless
 * `graceful` says otherwise.
 */
export function assetsCommand<const F extends readonly FlagSpec[]>(
  name: string,
  spec: Omit<CommandSpec<F>, "path">,
): CommandSpec<F> {
  return defineCommand<F>({ path: ["assets", name], graceful: true, ...spec });
}
