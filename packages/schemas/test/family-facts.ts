// The family facts (spec/family-facts.json) as the validator tests need them: every object
// component (request bodies and their nested objects, answers, Upload, …) with its fields, and a
// value of each built from the facts, so the tests can change one field at a time.
import {
  type FamilyField,
  type JsonSchema,
  loadFamilyFacts,
  loadSpec,
} from "@scenario-sdk/test-utils/facts";
import { facts as pageFacts, wrongValueFor as pageWrongValueFor } from "./page-facts.js";

// one copy of the path helpers, for both sets of facts
export { leafOf, setAt } from "./page-facts.js";

export type { FamilyField };
export type FamilySchema = JsonSchema;

export const family = loadFamilyFacts();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const spec: any = loadSpec();

export interface ObjectComponent {
  name: string;
  closed: boolean;
  fields: FamilyField[];
}

/** Every object component the facts describe, bodies closed, answers open. */
export function objectComponents(): ObjectComponent[] {
  const out: ObjectComponent[] = [];
  for (const op of family.operations) {
    if (!op.body) continue;
    const body = op.params.filter((p) => p.in === "body");
    const levels = new Map<string, string>([["", op.body.component]]);
    for (const p of body)
      if (p.schema.$ref && !isEnum(p.schema.$ref)) levels.set(p.wire, p.schema.$ref);
    for (const [prefix, name] of levels) {
      const fields = body
        .filter((p) => (prefix ? p.wire.startsWith(`${prefix}.`) : !p.wire.includes(".")))
        .map((p) => ({ ...p, wire: prefix ? p.wire.slice(prefix.length + 1) : p.wire }));
      out.push({ name, closed: true, fields });
    }
  }
  const open = { ...family.components, ...family.widenings.components };
  for (const [name, { fields }] of Object.entries(open)) out.push({ name, closed: false, fields });
  return out;
}

const byName = () => new Map(objectComponents().map((c) => [c.name, c]));

export function isEnum(name: string): boolean {
  return Boolean(spec.components.schemas[name]?.enum);
}

/** The values of an enum field, inline or through a named enum component. */
export function enumValues(schema: FamilySchema): unknown[] | undefined {
  if (schema.enum) return schema.enum;
  if (schema.$ref && isEnum(schema.$ref)) return spec.components.schemas[schema.$ref].enum;
  return undefined;
}

/** A valid value for a schema; objects get every field (`full`) or only the required ones. */
export function sample(schema: FamilySchema, full = true): unknown {
  const values = enumValues(schema);
  if (values) return values[0];
  if (schema.$ref === "Asset") {
    return structuredClone((pageFacts.example as { asset: unknown }).asset);
  }
  if (schema.$ref) return sampleOf(schema.$ref, full);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return "x";
    case "number":
    case "integer":
      return 1;
    case "boolean":
      return true;
    case "array":
      return [sample(schema.items!, full)];
    case "object":
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, full)]),
      );
    default:
      return { any: "value" };
  }
}

export function sampleOf(name: string, full = true): Record<string, unknown> {
  const component = byName().get(name);
  if (!component) throw new Error(`no facts for component ${name}`);
  return Object.fromEntries(
    component.fields.filter((f) => full || f.required).map((f) => [f.wire, sample(f.schema, full)]),
  );
}

/** A value of the wrong JSON type (undefined when any value is allowed). */
export function wrongValueFor(schema: FamilySchema): unknown {
  // an enum component refuses a number; an object component, the page's "not an object"
  if (schema.$ref && isEnum(schema.$ref)) return 12345;
  return pageWrongValueFor(schema);
}

/** Every example of every request body and 2xx answer in the spec, with its component. */
export function specExamples(): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const collect = (where: string, media: any) => {
    const name: string | undefined = media?.schema?.$ref?.split("/").pop();
    if (!name) return;
    for (const [key, example] of Object.entries<{ value: unknown }>(media.examples ?? {})) {
      out.push([`${where} ${key}`, name, example.value]);
    }
  };
  for (const [path, item] of Object.entries<object>(spec.paths)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    for (const [method, op] of Object.entries<any>(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      collect(`${where} body`, op.requestBody?.content?.["application/json"]);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      for (const [status, response] of Object.entries<any>(op.responses)) {
        if (status.startsWith("2"))
          collect(`${where} ${status}`, response.content?.["application/json"]);
      }
    }
  }
  return out;
}
