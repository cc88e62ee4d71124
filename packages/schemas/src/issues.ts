import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { AjvError } from "./validator-function.js";

type PathKey = string | number;

/** Keywords whose error is reported on the object but is about one of its properties. */
const REPORTED_ON_PARENT = new Set(["required", "additionalProperties"]);

/** Turns Ajv's errors into Standard Schema issues: a readable message and the path as keys. */
export function toIssues(errors: readonly AjvError[], root: unknown): StandardSchemaV1.Issue[] {
  // A value of the wrong type also fails its enum/bounds: report the type only.
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const relevant = errors.filter(
    (e) =>
      e.keyword === "type" || !wrongType.has(e.instancePath) || REPORTED_ON_PARENT.has(e.keyword),
  );
  return relevant.map((error) => {
    const path = toPath(error.instancePath, root);
    // required/additionalProperties are reported on the parent: point at the property itself
    const property = error.params.missingProperty ?? error.params.additionalProperty;
    if (typeof property === "string") path.push(property);
    return { message: messageFor(error, valueAt(root, path)), path };
  });
}

/** "/asset/tags/0" → ["asset", "tags", 0]: array indices become numbers, as in the value. */
function toPath(pointer: string, root: unknown): PathKey[] {
  const path: PathKey[] = [];
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key: PathKey = Array.isArray(node) ? Number(segment) : segment;
    path.push(key);
    node =
      node != null && typeof node === "object"
        ? (node as Record<PathKey, unknown>)[key]
        : undefined;
  }
  return path;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

const MAX_LISTED = 5;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === "object") return "object";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value;
}

/** The generated code passes enum lists as a shared Set (see scripts/generate/validators.mjs). */
function listValues(allowed: Iterable<unknown>): string {
  const values = [...allowed];
  const shown = values.slice(0, MAX_LISTED).map((v) => JSON.stringify(v));
  const rest = values.length - shown.length;
  return rest > 0 ? `${shown.join(", ")}, … (${values.length} values)` : shown.join(", ");
}

const COMPARISONS: Record<string, string> = {
  minimum: ">=",
  maximum: "<=",
  exclusiveMinimum: ">",
  exclusiveMaximum: "<",
};

function messageFor({ keyword, params }: AjvError, actual: unknown): string {
  switch (keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not an allowed property";
    case "type":
      return `expected ${String(params.type)}, received ${describe(actual)}`;
    case "enum":
      return `expected one of ${listValues(params.allowedValues as Iterable<unknown>)}, received ${describe(actual)}`;
    case "const":
      return `expected ${JSON.stringify(params.allowedValue)}, received ${describe(actual)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${COMPARISONS[keyword]} ${String(params.limit)}, received ${describe(actual)}`;
    case "maxLength":
      return `must be at most ${String(params.limit)} characters long`;
    case "minLength":
      return `must be at least ${String(params.limit)} characters long`;
    case "maxItems":
      return `must have at most ${String(params.limit)} items`;
    case "minItems":
      return `must have at least ${String(params.limit)} items`;
    default:
      return `fails the "${keyword}" rule`;
  }
}

/** ["asset", "tags", 0] → "$.asset.tags[0]" (keys that are not identifiers are quoted). */
export function formatPath(path: StandardSchemaV1.Issue["path"]): string {
  let out = "$";
  for (const segment of path ?? []) {
    const key = typeof segment === "object" ? segment.key : segment;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "symbol") out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
