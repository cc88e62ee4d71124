// The spec against the facts of the reference page (spec/page-facts.json): every field present
// with its wire name and requiredness, every enum list equal, every bound equal, every
// description kept. Fails on the first drift with the field's name.
//
// The spec models the newer generation of the reference (spec/family-facts.json, `widenings`):
// an enum may hold the page's values plus exactly the recorded Gen-B additions, and a component
// the page's fields plus exactly the recorded Gen-B fields. Nothing else may differ.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEFAULT_PAGE, extractFacts, serializeFacts } from "../../scripts/extract-page-facts.mjs";
import {
  type Fact,
  type JsonSchema,
  ROOT,
  loadFacts,
  loadFamilyFacts,
  loadSpec,
} from "./spec-helpers.js";

const facts = loadFacts();
const { widenings } = loadFamilyFacts();
const spec = loadSpec();
const schemas: Record<string, JsonSchema> = spec.components.schemas;
const operation = spec.paths[facts.operation.path][facts.operation.method.toLowerCase()];

const REF_PREFIX = "#/components/schemas/";
const BOUNDS = ["minimum", "maximum", "maxLength", "minLength"] as const;

/** A named enum component stands for its list: replace a `$ref` to one by its schema. */
function resolveEnumRef(schema: JsonSchema): JsonSchema & { enumName?: string } {
  if (!schema.$ref) return schema;
  const name = schema.$ref.slice(REF_PREFIX.length);
  const target = schemas[name];
  return target && !target.properties && target.enum
    ? { ...target, description: schema.description, enumName: name }
    : schema;
}

/** The page's values plus exactly the Gen-B additions recorded for that enum component. */
function expectPageEnumPlusAdditions(where: string, got: unknown[] | undefined, name?: string) {
  return (wanted: unknown[] | undefined) => {
    const added: unknown[] = (name && widenings.enums[name]?.add) || [];
    if (!wanted) {
      expect(got, `${where}: enum values`).toBeUndefined();
      return;
    }
    expect(got, `${where}: enum values`).toBeDefined();
    expect(
      got!.filter((v) => !added.includes(v)),
      `${where}: the page's enum values, in order`,
    ).toEqual(wanted);
    expect(
      got!.filter((v) => added.includes(v)),
      `${where}: exactly the recorded Gen-B additions (${name})`,
    ).toEqual(added);
    expect(got, `${where}: no value twice`).toHaveLength(new Set(got).size);
  };
}

/** Asserts that the spec's schema says exactly what the page says (recursively for arrays). */
function expectSameSchema(where: string, actual: JsonSchema | undefined, wanted: JsonSchema) {
  expect(actual, `${where}: missing in the spec`).toBeDefined();
  const got = resolveEnumRef(actual!);
  if (wanted.$ref) {
    expect(got.$ref, `${where}: $ref`).toBe(`${REF_PREFIX}${wanted.$ref}`);
    return;
  }
  expect(got.type, `${where}: type`).toBe(wanted.type);
  expectPageEnumPlusAdditions(where, got.enum, got.enumName)(wanted.enum);
  expect(got.const, `${where}: const`).toEqual(wanted.const);
  for (const bound of BOUNDS) expect(got[bound], `${where}: ${bound}`).toBe(wanted[bound]);
  if (wanted.additionalProperties !== undefined) {
    expect(got.additionalProperties, `${where}: additionalProperties`).toEqual(
      wanted.additionalProperties,
    );
  }
  if (wanted.type === "array") expectSameSchema(`${where}[]`, got.items, wanted.items!);
}

function expectSameField(component: string, fact: Fact, schema: JsonSchema) {
  const where = `${component}.${fact.wire}`;
  const property = schema.properties?.[fact.wire];
  expectSameSchema(where, property, fact.schema);
  expect(property!.description, `${where}: description`).toBe(fact.description);
  expect((schema.required ?? []).includes(fact.wire), `${where}: required`).toBe(fact.required);
}

describe("page facts", () => {
  test.skipIf(!existsSync(DEFAULT_PAGE))("match what the page says today", () => {
    const fresh = serializeFacts(extractFacts(readFileSync(DEFAULT_PAGE, "utf8")));
    expect(fresh).toBe(readFileSync(`${ROOT}/spec/page-facts.json`, "utf8"));
  });

  test("cover the whole page: 305 fields, 27 enums, 34 bounded fields, 25 classes", () => {
    const all = [...facts.params, ...Object.values(facts.classes).flatMap((c) => c.fields)];
    const leaf = (s: JsonSchema): JsonSchema => (s.type === "array" ? leaf(s.items!) : s);
    expect(all).toHaveLength(305);
    expect(all.filter((f) => leaf(f.schema).enum)).toHaveLength(27);
    expect(all.filter((f) => BOUNDS.some((b) => leaf(f.schema)[b] !== undefined))).toHaveLength(34);
    expect(Object.keys(facts.classes)).toHaveLength(25);
  });
});

describe("spec/openapi.yaml against the page", () => {
  test("is OpenAPI 3.1 with POST /assets as uploadAsset", () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(operation.operationId).toBe("uploadAsset");
    expect(operation.summary).toBe("Upload an image or canvas");
  });

  for (const [name, { fields }] of Object.entries(facts.classes)) {
    const added = (widenings.fields[name] ?? []).map((f) => f.wire);
    const others = added.length ? `, and only the Gen-B ${added.join(", ")}` : ", and no other";
    test(`component ${name} has every field of the page${others}`, () => {
      const schema = schemas[name];
      expect(schema, `component ${name}`).toBeDefined();
      for (const fact of fields) expectSameField(name, fact, schema!);
      expect(Object.keys(schema!.properties ?? {}).sort()).toEqual(
        [...fields.map((f) => f.wire), ...added].sort(),
      );
      // responses stay open to fields the API adds later
      expect(schema!.additionalProperties, `${name} must stay open`).not.toBe(false);
    });
  }

  test("the query parameters are the page's originalAssets, plus projectId", () => {
    // shared parameters are `$ref`s to components/parameters
    const resolved = operation.parameters.map((p: { $ref?: string }) =>
      p.$ref ? spec.components.parameters[p.$ref.split("/").pop()!] : p,
    );
    const query = resolved.filter((p: { in: string }) => p.in === "query");
    expect(query.map((p: { name: string }) => p.name)).toEqual(["originalAssets", "projectId"]);
    const fact = facts.params.find((p) => p.wire === "originalAssets")!;
    expect(query[0].required).toBe(fact.required);
    expect(query[0].schema).toEqual(fact.schema);
    expect(query[0].description).toBe(fact.description);
  });

  test("the body AssetUploadBody has every other parameter of the page", () => {
    const body = schemas.AssetUploadBody!;
    const bodyFacts = facts.params.filter((p) => p.wire !== "originalAssets");
    for (const fact of bodyFacts) {
      expectSameSchema(`AssetUploadBody.${fact.wire}`, body.properties?.[fact.wire], fact.schema);
      expect(body.properties![fact.wire]!.description).toContain(fact.description);
      expect((body.required ?? []).includes(fact.wire), `${fact.wire}: required`).toBe(
        fact.required,
      );
    }
    expect(Object.keys(body.properties!).sort()).toEqual(bodyFacts.map((f) => f.wire).sort());
  });

  test("the 200 answer is AssetUploadResponse with the page's example", () => {
    const ok = operation.responses["200"].content["application/json"];
    expect(ok.schema.$ref).toBe(`${REF_PREFIX}AssetUploadResponse`);
    expect(ok.examples.page.value).toEqual(facts.example);
  });

  test("error answers use the open Error component", () => {
    for (const status of ["400", "401", "403", "404", "413", "422", "429", "5XX"]) {
      const ref: string = operation.responses[status].$ref;
      const response = spec.components.responses[ref.split("/").pop()!];
      expect(response.content["application/json"].schema.$ref, status).toBe(`${REF_PREFIX}Error`);
    }
    expect(schemas.Error!.additionalProperties).toBe(true);
  });

  test("declares basic and bearer auth and the production server", () => {
    expect(spec.components.securitySchemes.basicAuth).toMatchObject({
      type: "http",
      scheme: "basic",
    });
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(spec.servers[0].url).toBe("https://api.cloud.scenario.com/v1");
  });
});
