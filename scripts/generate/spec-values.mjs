// The spec facts the CLI checks and shows, as plain data: every enum (components, closed request
// body fields, query parameters) and every `maxItems`/`maximum` of a request field or parameter.
// The CLI loads this module without the client (so `scenario --help` stays fast); the client's
// generated/enums.ts exports the same enums for library users (scripts/generate/enums.mjs).
import { describeEnums } from "./enums.mjs";
import { GENERATED_HEADER } from "./header.mjs";

export const SPEC_VALUES_PATH = "packages/cli/src/generated/spec-values.ts";

const pascal = (s) => s[0].toUpperCase() + s.slice(1);

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
function resolveRef(document, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .slice(2)
    .split("/")
    .reduce((at, key) => at?.[key], document);
}

/** [name, where, limit] for every `maxItems` of a closed body's field and `maximum` of a parameter. */
export function describeLimits(document) {
  const out = [];
  const schemas = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.additionalProperties !== false) continue;
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      if (typeof property.maxItems === "number") {
        out.push([
          `${name}${pascal(field)}MaxItems`,
          `${name}.${field} maxItems`,
          property.maxItems,
        ]);
      }
    }
  }
  for (const [name, parameter] of Object.entries(document.components?.parameters ?? {})) {
    if (typeof parameter.schema?.maximum === "number") {
      out.push([`${name}Maximum`, `parameter ${name} maximum`, parameter.schema.maximum]);
    }
  }
  return out;
}

/** [name, where, values] for every inline enum of an operation's query parameters. */
export function describeQueryEnums(document) {
  const out = [];
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      for (const raw of operation?.parameters ?? []) {
        const parameter = resolveRef(document, raw);
        if (parameter.in !== "query" || !Array.isArray(parameter.schema?.enum)) continue;
        out.push([
          `${pascal(operation.operationId)}${pascal(parameter.name)}Values`,
          `${operation.operationId} query ${parameter.name}`,
          parameter.schema.enum,
          operation.operationId,
          parameter.name,
        ]);
      }
    }
  }
  return out;
}

export function generateSpecValues(spec) {
  const { document } = spec;
  const lines = [GENERATED_HEADER, "// Data only: no import, so the CLI loads it at start-up.", ""];
  for (const [name, type, values] of describeEnums(document)) {
    const where = type.replace(/^NonNullable<(.*)>$/, "$1");
    lines.push(`/** The values of \`${where}\`, in the spec's order. */`);
    lines.push(`export const ${name} = ${JSON.stringify(values)} as const;`);
  }
  for (const [name, where, values] of describeQueryEnums(document)) {
    lines.push(`/** The values of ${where}, in the spec's order. */`);
    lines.push(`export const ${name} = ${JSON.stringify(values)} as const;`);
  }
  for (const [name, where, limit] of describeLimits(document)) {
    lines.push(`/** ${where}. */`);
    lines.push(`export const ${name} = ${limit};`);
  }
  lines.push("");
  return [{ path: SPEC_VALUES_PATH, content: lines.join("\n") }];
}
