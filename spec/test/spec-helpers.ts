// Reading the spec and the page facts for tests.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import YAML from "yaml";

export const ROOT = resolve(import.meta.dirname, "../..");

export type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
};

export interface Fact {
  wire: string;
  python: string;
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

export interface Facts {
  operation: { method: string; path: string };
  params: Fact[];
  classes: Record<string, { fields: Fact[] }>;
  example: Record<string, unknown>;
}

export function loadFacts(): Facts {
  return JSON.parse(readFileSync(resolve(ROOT, "spec/page-facts.json"), "utf8")) as Facts;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadSpec(): any {
  return YAML.parse(readFileSync(resolve(ROOT, "spec/openapi.yaml"), "utf8"));
}
