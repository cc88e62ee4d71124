// The spec against spec/family-facts.json (the /assets family and the /uploads flow): every
// operation with its operationId, method, path, tag and SDK method; every parameter in its
// place with its type, enum, bounds and default; every body closed with its required fields;
// every answer open, with its fields; descriptions everywhere, and the inferred points said.
import { describe, expect, test } from "vitest";
import {
  type FamilyComponent,
  type FamilyOperation,
  type JsonSchema,
  loadFamilyFacts,
  loadSpec,
} from "./spec-helpers.js";

const family = loadFamilyFacts();
const spec = loadSpec();
const schemas: Record<string, JsonSchema> = spec.components.schemas;
const REF = "#/components/schemas/";
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const MENTIONS_INFERENCE = /\binferred\b/i;

type Parameter = {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  style?: string;
  explode?: boolean;
  schema: JsonSchema;
};

const refName = (ref: string) => ref.split("/").pop()!;
const operationOf = (op: FamilyOperation) => spec.paths[op.path]?.[op.method.toLowerCase()];

/** The spec's schema in the facts' notation: no annotations, `$ref`s by component name. */
function normalize(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalize);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // annotations and the SDK's `x-` extensions say nothing about the wire
    if (key === "description" || key === "examples" || key.startsWith("x-")) continue;
    out[key] = key === "$ref" ? refName(value as string) : normalize(value);
  }
  return out;
}

/** Follows a dotted body field (`options.fileNameTemplate`) to its object and property. */
function bodyField(component: string, dotted: string) {
  let object = schemas[component]!;
  const parts = dotted.split(".");
  for (const part of parts.slice(0, -1))
    object = schemas[refName(object.properties![part]!.$ref!)]!;
  const wire = parts.at(-1)!;
  return { object, wire, property: object.properties?.[wire] };
}

describe("spec/openapi.yaml operations", () => {
  test("are exactly the facts' operations, and none of the absent ones", () => {
    const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item as object)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(inSpec.sort()).toEqual(family.operations.map((o) => `${o.method} ${o.path}`).sort());
    for (const { method, path } of family.absent) {
      expect(spec.paths[path]?.[method.toLowerCase()], `${method} ${path}`).toBeUndefined();
    }
    expect(Object.keys(spec.paths).filter((p) => p.startsWith("/assets/public"))).toEqual([]);
  });
});

for (const op of family.operations) {
  describe(`${op.method} ${op.path} (${op.operationId})`, () => {
    const operation = operationOf(op);
    const parameters: Parameter[] = (operation?.parameters ?? []).map(
      (p: Parameter & { $ref?: string }) =>
        p.$ref ? spec.components.parameters[refName(p.$ref)] : p,
    );

    test("has its operationId, tag, SDK method, summary and description", () => {
      expect(operation, "missing in the spec").toBeDefined();
      expect(operation.operationId).toBe(op.operationId);
      expect(operation.tags).toEqual([op.tag]);
      expect(operation["x-sdk-method"]).toBe(op.sdkMethod);
      expect(operation["x-sdk-pagination"]).toEqual(op.pagination);
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toBeTruthy();
      if (op.summary) expect(operation.summary).toBe(op.summary);
      if (op.description) expect(operation.description).toContain(op.description);
      if (op.notes.length) expect(operation.description).toMatch(/\binferred\b|\bconflict\b/i);
    });

    test("has every path and query parameter of the facts, and no other", () => {
      const wanted = op.params.filter((p) => p.in !== "body");
      expect(parameters.map((p) => `${p.in} ${p.name}`).sort()).toEqual(
        wanted.map((p) => `${p.in} ${p.wire}`).sort(),
      );
      for (const fact of wanted) {
        const where = `${fact.in} ${fact.wire}`;
        const raw = operation.parameters.find(
          (p: Parameter & { $ref?: string }) =>
            (p.$ref ? spec.components.parameters[refName(p.$ref)] : p).name === fact.wire,
        );
        if (fact.ref)
          expect(raw.$ref, `${where}: shared`).toBe(`#/components/parameters/${fact.ref}`);
        const param = parameters.find((p) => p.name === fact.wire)!;
        expect(param.required ?? false, `${where}: required`).toBe(fact.required);
        expect(normalize(param.schema), `${where}: schema`).toEqual(fact.schema);
        expect(param.style, `${where}: style`).toBe(fact.style);
        expect(param.explode, `${where}: explode`).toBe(fact.explode);
        expect(param.description, `${where}: description`).toBeTruthy();
        if (fact.description) expect(param.description).toContain(fact.description);
        if (fact.inferred || fact.status === "INFERRED") {
          expect(
            `${param.description}\n${operation.description}`,
            `${where}: says inferred`,
          ).toMatch(MENTIONS_INFERENCE);
        }
      }
    });

    test("has projectId as an optional query parameter", () => {
      expect(parameters).toContainEqual(
        expect.objectContaining({ name: "projectId", in: "query", required: false }),
      );
    });

    const bodyParams = op.params.filter((p) => p.in === "body");
    test(op.body ? `takes the closed body ${op.body.component}` : "takes no body", () => {
      if (!op.body) {
        expect(operation.requestBody).toBeUndefined();
        return;
      }
      const body = operation.requestBody;
      expect(body.required).toBe(op.body.required);
      const media = body.content["application/json"];
      expect(media.schema.$ref).toBe(`${REF}${op.body.component}`);
      expect(Object.keys(media.examples ?? {}).length, "a request example").toBeGreaterThan(0);
      // every object of the body: closed, exactly the facts' fields, the same ones required
      const objects = new Map<string, string>([["", op.body.component]]);
      for (const p of bodyParams) {
        if (p.schema.$ref && schemas[p.schema.$ref]?.properties) objects.set(p.wire, p.schema.$ref);
      }
      for (const [prefix, component] of objects) {
        const object = schemas[component]!;
        const level = bodyParams.filter(
          (p) =>
            p.wire.startsWith(prefix ? `${prefix}.` : "") &&
            !p.wire.slice(prefix.length + 1).includes("."),
        );
        const names = level.map((p) => p.wire.split(".").at(-1)!);
        expect(object.additionalProperties, `${component} is closed`).toBe(false);
        expect(object.description, `${component}: description`).toBeTruthy();
        expect(Object.keys(object.properties ?? {}).sort(), component).toEqual(names.sort());
        expect([...(object.required ?? [])].sort(), `${component}: required`).toEqual(
          level
            .filter((p) => p.required)
            .map((p) => p.wire.split(".").at(-1)!)
            .sort(),
        );
      }
      for (const fact of bodyParams) {
        const { property } = bodyField(op.body.component, fact.wire);
        const where = `${op.body.component}.${fact.wire}`;
        expect(normalize(property), `${where}: schema`).toEqual(fact.schema);
        expect(property!.description, `${where}: description`).toBeTruthy();
        if (fact.description) expect(property!.description).toContain(fact.description);
        if (fact.inferred) expect(property!.description).toMatch(MENTIONS_INFERENCE);
      }
    });

    test(`answers ${op.response.status} with ${op.response.component}, with an example`, () => {
      const ok = operation.responses[op.response.status];
      const media = ok.content["application/json"];
      expect(media.schema.$ref).toBe(`${REF}${op.response.component}`);
      expect(Object.keys(media.examples ?? {}).length).toBeGreaterThan(0);
      const success = Object.keys(operation.responses).filter((s) => s.startsWith("2"));
      expect(success).toEqual([op.response.status]);
    });

    test("answers errors with the open Error component (at least 400, 401, 403, 404, 429, 5XX)", () => {
      const errors = Object.keys(operation.responses).filter((s) => !s.startsWith("2"));
      expect(errors).toEqual(expect.arrayContaining(["400", "401", "403", "404", "429", "5XX"]));
      for (const status of errors) {
        const response = spec.components.responses[refName(operation.responses[status].$ref)];
        expect(response.content["application/json"].schema.$ref, status).toBe(`${REF}Error`);
      }
    });
  });
}

function expectComponent(name: string, fact: FamilyComponent) {
  const schema = schemas[name];
  expect(schema, `component ${name}`).toBeDefined();
  expect(schema!.type).toBe("object");
  expect(schema!.additionalProperties, `${name} stays open`).not.toBe(false);
  expect(schema!.description, `${name}: description`).toBeTruthy();
  if (fact.inferred || fact.status === "INFERRED") {
    expect(schema!.description, `${name}: says inferred`).toMatch(MENTIONS_INFERENCE);
  }
  expect(Object.keys(schema!.properties ?? {}).sort()).toEqual(
    fact.fields.map((f) => f.wire).sort(),
  );
  expect([...(schema!.required ?? [])].sort()).toEqual(
    fact.fields
      .filter((f) => f.required)
      .map((f) => f.wire)
      .sort(),
  );
  for (const field of fact.fields) {
    const property = schema!.properties![field.wire]!;
    const where = `${name}.${field.wire}`;
    expect(normalize(property), `${where}: schema`).toEqual(field.schema);
    expect(property.description, `${where}: description`).toBeTruthy();
    if (field.description) expect(property.description).toContain(field.description);
    if (field.inferred || field.status === "INFERRED") {
      expect(`${property.description}\n${schema!.description}`, `${where}: says inferred`).toMatch(
        MENTIONS_INFERENCE,
      );
    }
  }
}

describe("spec/openapi.yaml components", () => {
  const all = { ...family.components, ...family.widenings.components };
  test.each(Object.entries(all))("%s has exactly the facts' fields, open", (name, fact) => {
    expectComponent(name, fact);
  });

  test.each(Object.entries(family.enums))("enum %s has exactly the facts' values", (name, fact) => {
    expect(schemas[name]!.enum).toEqual(fact.values);
    expect(schemas[name]!.description).toBeTruthy();
  });

  test("the Gen-B fields of page components are as recorded", () => {
    for (const [name, fields] of Object.entries(family.widenings.fields)) {
      for (const field of fields) {
        const property = schemas[name]!.properties![field.wire]!;
        expect(normalize(property), `${name}.${field.wire}`).toEqual(field.schema);
        expect(property.description, `${name}.${field.wire}`).toBeTruthy();
        expect(schemas[name]!.required ?? []).not.toContain(field.wire);
        if (field.inferred) expect(property.description).toMatch(MENTIONS_INFERENCE);
      }
    }
  });

  test("the list's type filter takes every value the Swagger listed (a subset of AssetType)", () => {
    expect(family.swaggerListTypes).toHaveLength(64);
    expect(schemas.AssetType!.enum).toEqual(expect.arrayContaining(family.swaggerListTypes));
  });

  test("shared parameters keep their own bounds and defaults", () => {
    const { parameters } = spec.components;
    expect(Object.keys(parameters).sort()).toEqual(Object.keys(family.parameters).sort());
    for (const [name, fact] of Object.entries(family.parameters)) {
      expect(parameters[name].description, name).toBeTruthy();
      if (fact.description) expect(parameters[name].description).toContain(fact.description);
    }
    expect(parameters.AssetsPageSize.schema).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 100,
      default: 50,
    });
    expect(parameters.SnapshotsPageSize.schema).toEqual({
      type: "integer",
      minimum: 10,
      maximum: 100,
      default: 10,
    });
  });
});
