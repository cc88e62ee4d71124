// openapi-typescript 7: spec → `paths`, `components`, `operations` and one alias per component.
import openapiTS, { astToString } from "openapi-typescript";
import { GENERATED_HEADER } from "./header.mjs";

/** One copy of the types, in @scenario-sdk/schemas (which depends on no sibling); the client imports them. */
export const TYPE_TARGETS = ["packages/schemas/src/generated/openapi.ts"];

export async function generateTypes(spec) {
  const ast = await openapiTS(spec.text, { rootTypes: true, rootTypesNoSchemaPrefix: true });
  const content = `${GENERATED_HEADER}\n\n${astToString(ast)}`;
  return TYPE_TARGETS.map((path) => ({ path, content }));
}
