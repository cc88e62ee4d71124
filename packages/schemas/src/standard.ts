import type { StandardSchemaV1 } from "@standard-schema/spec";
import { ValidationError } from "./errors.js";
import { toIssues } from "./issues.js";
import type { ValidatorFunction } from "./validator-function.js";

/** Standard Schema props whose `validate` is synchronous (never a Promise). */
export interface SyncProps<T> extends StandardSchemaV1.Props<T, T> {
  validate(value: unknown): StandardSchemaV1.Result<T>;
}

/** A Standard Schema v1 object whose output is the generated component type `T`. */
export interface Schema<T> extends StandardSchemaV1<T, T> {
  /** The component name in spec/openapi.yaml, e.g. "AssetUploadResponse". */
  readonly name: string;
  readonly "~standard": SyncProps<T>;
}

export const VENDOR = "scenario-sdk";

/** Wraps one generated Ajv function as a synchronous Standard Schema. */
export function createSchema<T>(name: string, validate: ValidatorFunction): Schema<T> {
  return {
    name,
    "~standard": {
      version: 1,
      vendor: VENDOR,
      validate(value: unknown): StandardSchemaV1.Result<T> {
        if (validate(value)) return { value: value as T };
        return { issues: toIssues(validate.errors ?? [], value) };
      },
    },
  };
}

/** Returns `value` typed as the schema's output, or throws a `ValidationError` listing every issue. */
export function parse<T>(schema: Schema<T>, value: unknown): T {
  const result = schema["~standard"].validate(value);
  if (result.issues) throw new ValidationError(result.issues, schema.name);
  return result.value;
}

/** Type guard: true when `value` satisfies the schema. */
export function is<T>(schema: Schema<T>, value: unknown): value is T {
  return !schema["~standard"].validate(value).issues;
}
