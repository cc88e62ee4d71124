// Classifies the changes between two OpenAPI documents with api-smart-diff (OpenAPI 3.0 and
// 3.1: it picks JSON Schema 2020-12 rules for a 3.1 document), then words them for users.
// Chosen over Optic's @useoptic/openapi-utilities: two small dependencies against Optic's ~17
// (its own pinned Ajv, chalk, lodash pieces, a machine-id reader), and a class plus a sentence
// per change out of the box, with rules that can be overridden per node.
// Two rules are tightened for users of the generated types, where the library follows the
// wire's view: a response field that disappears, and an enum value that disappears anywhere,
// are breaking (code that reads the field or compares with the value stops compiling); and a
// parameter list or request body added at once is breaking when it holds something required.
import { apiCompare } from "api-smart-diff";
import { describeChange } from "./describe.mjs";

/** How each class reads in the report, in the order printed. */
export const CLASSES = ["breaking", "non-breaking", "deprecated", "review", "docs"];
const FROM_LIBRARY = {
  breaking: "breaking",
  "non-breaking": "non-breaking",
  deprecated: "deprecated",
  annotation: "docs",
  unclassified: "review",
};

/** The class of one api-smart-diff change, with the SDK's two stricter rules. */
export function classOf(diff) {
  const { path, action } = diff;
  const inResponse = path[0] === "paths" && path[3] === "responses";
  const parent = path[path.length - 2];
  if (parent === "enum" && (action === "remove" || action === "replace")) return "breaking";
  if (inResponse && action === "remove" && parent === "properties") return "breaking";
  if (
    path[0] === "paths" &&
    path.length === 4 &&
    action === "add" &&
    addsRequired(path[3], diff.after)
  ) {
    return "breaking";
  }
  return FROM_LIBRARY[diff.type] ?? "review";
}

function addsRequired(where, value) {
  if (where === "parameters")
    return Array.isArray(value) && value.some((p) => p?.required === true);
  return where === "requestBody" && value?.required === true;
}

/**
 * The API changes from `before` to `after` (parsed documents), one entry per distinct change:
 * `{ class, text, operations }`, where `operations` lists every "METHOD /path" it touches.
 * Changes under `components` alone are reported through the operations that use them.
 */
export function diffSpecs(before, after) {
  const { diffs } = apiCompare(before, after);
  const byKey = new Map();
  for (const diff of diffs) {
    if (diff.path[0] === "components") continue;
    const cls = classOf(diff);
    const { operation, text } = describeChange(diff, { before, after });
    const key = `${cls}\u0000${text}`;
    const entry = byKey.get(key) ?? { class: cls, text, operations: [] };
    if (operation && !entry.operations.includes(operation)) entry.operations.push(operation);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort(
    (a, b) => CLASSES.indexOf(a.class) - CLASSES.indexOf(b.class) || a.text.localeCompare(b.text),
  );
}

/** True when any change is breaking. */
export const hasBreaking = (changes) => changes.some((c) => c.class === "breaking");

/** The report: one line per change, breaking first; documentation edits only counted. */
export function formatChanges(changes, { docs = false } = {}) {
  const shown = docs ? changes : changes.filter((c) => c.class !== "docs");
  const lines = shown.map((c) => {
    const where = c.operations.length ? `${c.operations.join(", ")}: ` : "";
    return `  ${c.class.padEnd(12)}  ${where}${c.text}`;
  });
  const hidden = changes.length - shown.length;
  if (hidden) lines.push(`  (and ${hidden} documentation change${hidden === 1 ? "" : "s"})`);
  return lines.join("\n");
}
