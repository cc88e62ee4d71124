// openapi-typescript 7: spec → `paths`, `components`, `operations` and one alias per component.
import openapiTS, { astToString } from "openapi-typescript";
import { GENERATED_HEADER } from "./header.mjs";

/** The generated types go to every package that needs them; schemas depends on no sibling. */
export const TYPE_TARGETS = [
  "packages/client/src/generated/openapi.ts",
  "packages/schemas/src/generated/openapi.ts",
];

export async function generateTypes(spec) {
  const ast = await openapiTS(spec.text, { rootTypes: true, rootTypesNoSchemaPrefix: true });
  const content = `${GENERATED_HEADER}\n\n${astToString(ast)}`;
  return TYPE_TARGETS.map((path) => ({ path, content }));
}
