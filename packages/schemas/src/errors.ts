import type { StandardSchemaV1 } from "@standard-schema/spec";
import { formatPath } from "./issues.js";

/** Issues listed in the message; all of them stay on `issues`. */
const SHOWN_ISSUES = 20;

/** Thrown by `parse`: the issues, one per line, each with the JSON path of the offending value. */
export class ValidationError extends Error {
  override name = "ValidationError";
  readonly issues: readonly StandardSchemaV1.Issue[];

  constructor(issues: readonly StandardSchemaV1.Issue[], schemaName = "value") {
    // a response with 10,000 bad items must not make a 500 kB message: the first ones tell
    const lines = issues
      .slice(0, SHOWN_ISSUES)
      .map((issue) => `  ${formatPath(issue.path)}: ${issue.message.slice(0, 200)}`);
    if (issues.length > SHOWN_ISSUES) {
      lines.push(`  … and ${issues.length - SHOWN_ISSUES} more (see error.issues)`);
    }
    const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    super(`Invalid ${schemaName} (${count}):\n${lines.join("\n")}`);
    this.issues = issues;
  }
}
