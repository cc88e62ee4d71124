// The one error boundary: every error a command lets out becomes a message for the person and
// an exit code for the script. Never a stack trace for a user error (only with --verbose, and
// only for the unexpected), never a credential.
import { CommanderError } from "commander";
import type { Endpoint } from "./context.js";
import { CliError, EXIT } from "./errors.js";
import type { Output } from "./output.js";

export interface ReportOptions {
  out: Output;
  verbose: boolean;
  endpoint?: Endpoint | undefined;
}

export async function reportError(error: unknown, { out, verbose, endpoint }: ReportOptions) {
  if (error instanceof CommanderError) {
    // commander printed its message already; help and version "errors" are successes
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    for (const problem of error.problems) out.error(problem);
    return error.exitCode;
  }
  // Loaded here, not on top: `scenario --help` must not load the client.
  const [{ APIError, ScenarioError }, { describeError, formatFailure }, auth] = await Promise.all([
    import("@scenario-sdk/client"),
    import("./describe-error.js"),
    import("./auth-stop.js"),
  ]);
  if (auth.isCredentialFailure(error)) {
    out.error(`${formatFailure(describeError(error, endpoint))}: ${auth.AUTH_HINT}.`);
    return EXIT.auth;
  }
  if (error instanceof APIError) {
    out.error(formatFailure(describeError(error, endpoint)));
    return EXIT.failed;
  }
  if (error instanceof ScenarioError) {
    // refused by the client before any request: an option or an input it cannot send
    out.error(error.message);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.error(`unexpected: ${message}${verbose ? "" : " (run with --verbose for details)"}`);
  if (verbose && error instanceof Error && error.stack) out.info(error.stack);
  return EXIT.failed;
}
