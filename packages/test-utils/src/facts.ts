// Reading the spec, the page facts and the family facts for tests: one copy of the loaders and
// of the facts' types, for the spec's tests (spec/test) and the packages' (schemas/test).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import YAML from "yaml";

/** The repository (this file is packages/test-utils/src/facts.ts). */
export const ROOT = resolve(import.meta.dirname, "../../..");

export type JsonSchema = {
  type?: string | string[];
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
  maxItems?: number;
  default?: unknown;
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

/** A parameter or body field of an operation in spec/family-facts.json (`wire` is dotted when nested). */
export interface FamilyParam {
  wire: string;
  in: "path" | "query" | "body";
  required: boolean;
  schema: JsonSchema;
  status: "SEEN" | "INFERRED";
  source: string;
  /** A shared parameter (`#/components/parameters/<ref>`). */
  ref?: string;
  style?: string;
  explode?: boolean;
  /** The reference's own words, which the spec's description must contain. */
  description?: string;
  /** What is inferred about it; the spec must say so in its description. */
  inferred?: string;
}

export interface FamilyOperation {
  fact: string;
  operationId: string;
  method: string;
  path: string;
  tag: string;
  sdkMethod: string;
  summary?: string;
  description?: string;
  pagination?: { items: string };
  params: FamilyParam[];
  body: { component: string; required: boolean } | null;
  response: { status: string; component: string };
  /** Inferred or conflicting points the operation's description must mention. */
  notes: string[];
}

export interface FamilyField {
  wire: string;
  required: boolean;
  schema: JsonSchema;
  status: "SEEN" | "INFERRED";
  source: string;
  description?: string;
  inferred?: string;
}

export interface FamilyComponent {
  role: "response" | "object";
  status: "SEEN" | "INFERRED";
  source: string;
  fields: FamilyField[];
  inferred?: string;
}

export interface FamilyFacts {
  parameters: Record<string, { description?: string; status: string; source: string }>;
  operations: FamilyOperation[];
  absent: { method: string; path: string; why: string }[];
  components: Record<string, FamilyComponent>;
  enums: Record<string, { values: string[]; status: string; source: string }>;
  widenings: {
    enums: Record<string, { page: string; add: string[]; status: string; source: string }>;
    fields: Record<string, FamilyField[]>;
    components: Record<string, FamilyComponent>;
  };
  swaggerListTypes: string[];
}

export function loadFamilyFacts(): FamilyFacts {
  return JSON.parse(readFileSync(resolve(ROOT, "spec/family-facts.json"), "utf8")) as FamilyFacts;
}
