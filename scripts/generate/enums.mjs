// The values of the spec's enums, for code that checks input at run time (the CLI's `--type` and
// `--format`, uploadFile's `kind`): every enum component, and every enum a request body field
// declares inline. openapi-typescript gives their types only; without these, each check would
// keep a hand copy of the list.
import { GENERATED_HEADER } from "./header.mjs";
import { describeQueryEnums } from "./spec-values.mjs";

export const ENUMS_PATH = "packages/client/src/generated/enums.ts";

const pascal = (s) => s[0].toUpperCase() + s.slice(1);

/** [exported name, component type expression, values] for every enum. */
export function describeEnums(document) {
  const schemas = document.components?.schemas ?? {};
  const out = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (Array.isArray(schema.enum))
      out.push([`${name}Values`, `components["schemas"]["${name}"]`, schema.enum]);
  }
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.additionalProperties !== false) continue; // request bodies are the closed objects
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      if (Array.isArray(property.enum)) {
        out.push([
          `${name}${pascal(field)}Values`,
          `NonNullable<components["schemas"]["${name}"]["${field}"]>`,
          property.enum,
        ]);
      }
    }
  }
  return out;
}

export function generateEnums(spec) {
  const lines = [
    GENERATED_HEADER,
    `import type { components, operations } from "@scenario-sdk/schemas";`,
    "",
  ];
  for (const [name, type, values] of describeEnums(spec.document)) {
    lines.push(
      `/** The values of \`${type.replace(/^NonNullable<(.*)>$/, "$1")}\`, in the spec's order. */`,
      `export const ${name} = ${JSON.stringify(values)} as const satisfies readonly ${type}[];`,
    );
  }
  // query parameters' inline enums (e.g. listAssets' sortBy), typed from the operation
  for (const [name, where, values, operationId, parameter] of describeQueryEnums(spec.document)) {
    const type = `NonNullable<NonNullable<operations["${operationId}"]["parameters"]["query"]>["${parameter}"]>`;
    lines.push(
      `/** The values of ${where}, in the spec's order. */`,
      `export const ${name} = ${JSON.stringify(values)} as const satisfies readonly ${type}[];`,
    );
  }
  lines.push("");
  return [{ path: ENUMS_PATH, content: lines.join("\n") }];
}
