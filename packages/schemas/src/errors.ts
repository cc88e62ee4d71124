import type { StandardSchemaV1 } from "@standard-schema/spec";
import { formatPath } from "./issues.js";

/** Thrown by `parse`: every issue, one per line, each with the JSON path of the offending value. */
export class ValidationError extends Error {
  override name = "ValidationError";
  readonly issues: readonly StandardSchemaV1.Issue[];

  constructor(issues: readonly StandardSchemaV1.Issue[], schemaName = "value") {
    const lines = issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
    const count = issues.length === 1 ? "1 issue" : `${issues.length} issues`;
    super(`Invalid ${schemaName} (${count}):\n${lines.join("\n")}`);
    this.issues = issues;
  }
}
