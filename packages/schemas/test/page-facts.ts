// The page facts (spec/page-facts.json) and where each class sits in the page's example, so the
// tests can mutate one field of the example at a time.
import { type Fact, type Facts, type JsonSchema, loadFacts } from "@scenario-sdk/test-utils/facts";

export type { Fact, Facts };
export type FieldSchema = JsonSchema;

type PathKey = string | number;

export const facts: Facts = loadFacts();

/** Path of the first instance of each class in the example, e.g. Concept → [asset, metadata, concepts, 0]. */
export function classPaths(): Map<string, PathKey[]> {
  const paths = new Map<string, PathKey[]>([["AssetUploadResponse", []]]);
  const visit = (name: string, path: PathKey[], value: Record<string, unknown>) => {
    for (const field of facts.classes[name]!.fields) {
      let schema = field.schema;
      let child: unknown = value[field.wire];
      const childPath: PathKey[] = [...path, field.wire];
      while (schema.type === "array") {
        schema = schema.items!;
        child = (child as unknown[])[0];
        childPath.push(0);
      }
      if (schema.$ref && !paths.has(schema.$ref)) {
        paths.set(schema.$ref, childPath);
        visit(schema.$ref, childPath, child as Record<string, unknown>);
      }
    }
  };
  visit("AssetUploadResponse", [], facts.example);
  return paths;
}

/**
 * The innermost schema of a field and the path suffix to reach a value of it (arrays → [0]).
 * Generic, so the family facts' fields (family-facts.ts) use this one too.
 */
export function leafOf<S extends { type?: unknown; items?: S }>(fact: {
  wire: string;
  schema: S;
}): { schema: S; suffix: PathKey[] } {
  let schema = fact.schema;
  const suffix: PathKey[] = [fact.wire];
  while (schema.type === "array") {
    schema = schema.items!;
    suffix.push(0);
  }
  return { schema, suffix };
}

/** Sets the value at `path`; `undefined` deletes the key (as `deleteAt`). */
export function setAt(root: unknown, path: PathKey[], value: unknown): void {
  let node = root as Record<PathKey, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<PathKey, unknown>;
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
}

export function deleteAt(root: unknown, path: PathKey[]): void {
  setAt(root, path, undefined);
}

/** A value of the wrong JSON type for a schema (undefined when any value is allowed). */
export function wrongValueFor(schema: { $ref?: string; type?: string | string[] }): unknown {
  if (schema.$ref) return "not an object";
  // a nullable type (`[string, "null"]`) is wrong by its first type
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case "string":
      return 12345;
    case "number":
    case "integer":
      return "12";
    case "boolean":
      return "true";
    case "array":
      return { not: "an array" };
    case "object":
      return ["not", "an", "object"];
    default:
      return undefined;
  }
}
