/**
 * @scenario-sdk/schemas — runtime validators for the Scenario assets API, generated from
 * spec/openapi.yaml. Each export named like a component is a Standard Schema v1 object.
 */
export * from "./generated/schemas.js";
export type { components, paths, operations } from "./generated/openapi.js";
export { parse, is, type Schema, type SyncProps } from "./standard.js";
export { ValidationError } from "./errors.js";
export { formatPath } from "./issues.js";
