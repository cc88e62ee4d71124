// Cases generated from the page facts, field by field: the page's example passes; dropping a
// required field, a wrong type, an unknown enum value or a value just past a bound fails, at
// the path of the offending value; the first and last enum values and the bounds themselves pass.
import { describe, expect, test } from "vitest";
import * as schemas from "../src/index.js";
import {
  classPaths,
  deleteAt,
  facts,
  leafOf,
  setAt,
  wrongValueFor,
  type Fact,
} from "./page-facts.js";

const Response = schemas.AssetUploadResponse;
const validate = (value: unknown) =>
  Response["~standard"].validate(value) as { issues?: { path: unknown[] }[] };
const paths = classPaths();

function mutated(change: (doc: Record<string, unknown>) => void) {
  const doc = structuredClone(facts.example);
  change(doc);
  return validate(doc);
}

function expectIssueAt(result: { issues?: { path: unknown[] }[] }, path: unknown[]) {
  expect(result.issues, `expected an issue at ${JSON.stringify(path)}`).toBeDefined();
  expect(result.issues!.map((i) => i.path)).toContainEqual(path);
}

function expectValid(result: { issues?: unknown[] }) {
  expect(result.issues).toBeUndefined();
}

test("the page's example response validates", () => {
  expectValid(validate(facts.example));
});

test("every class of the page is found in the example", () => {
  expect([...paths.keys()].sort()).toEqual(Object.keys(facts.classes).sort());
});

const allFields: [string, string, Fact][] = Object.entries(facts.classes).flatMap(
  ([name, { fields }]) =>
    fields.map((f) => [`${name}.${f.wire}`, name, f] as [string, string, Fact]),
);

describe("required fields", () => {
  const required = allFields.filter(([, , f]) => f.required);
  test.each(required)("dropping %s fails at its path", (_label, name, fact) => {
    const path = [...paths.get(name)!, fact.wire];
    expectIssueAt(
      mutated((doc) => deleteAt(doc, path)),
      path,
    );
  });

  const optional = allFields.filter(([, , f]) => !f.required);
  test.each(optional)("dropping optional %s passes", (_label, name, fact) => {
    expectValid(mutated((doc) => deleteAt(doc, [...paths.get(name)!, fact.wire])));
  });
});

describe("types", () => {
  const typed = allFields.filter(([, , f]) => wrongValueFor(f.schema) !== undefined);
  test.each(typed)("a wrong type for %s fails at its path", (_label, name, fact) => {
    const path = [...paths.get(name)!, fact.wire];
    expectIssueAt(
      mutated((doc) => setAt(doc, path, wrongValueFor(fact.schema))),
      path,
    );
  });
});

describe("enums and constants", () => {
  const enums = allFields.filter(([, , f]) => leafOf(f).schema.enum);
  test.each(enums)("%s takes its first and last value and refuses others", (_label, name, fact) => {
    const { schema, suffix } = leafOf(fact);
    const path = [...paths.get(name)!, ...suffix];
    const values = schema.enum!;
    expectValid(mutated((doc) => setAt(doc, path, values[0])));
    expectValid(mutated((doc) => setAt(doc, path, values.at(-1))));
    expectIssueAt(
      mutated((doc) => setAt(doc, path, "__not_a_listed_value__")),
      path,
    );
  });

  const consts = allFields.filter(([, , f]) => leafOf(f).schema.const !== undefined);
  test.each(consts)("%s takes only its constant", (_label, name, fact) => {
    const { schema, suffix } = leafOf(fact);
    const path = [...paths.get(name)!, ...suffix];
    expectValid(mutated((doc) => setAt(doc, path, schema.const)));
    const other = typeof schema.const === "boolean" ? !schema.const : "__other__";
    expectIssueAt(
      mutated((doc) => setAt(doc, path, other)),
      path,
    );
  });

  test("27 enums and 2 constants are covered", () => {
    expect(enums).toHaveLength(27);
    expect(consts).toHaveLength(2);
  });
});

describe("bounds", () => {
  const EPSILON = 1e-6;
  const bounded = allFields.filter(([, , f]) => {
    const s = leafOf(f).schema;
    return s.minimum !== undefined || s.maximum !== undefined || s.maxLength !== undefined;
  });
  test.each(bounded)("%s passes at its bounds and fails just past them", (_label, name, fact) => {
    const { schema, suffix } = leafOf(fact);
    const path = [...paths.get(name)!, ...suffix];
    if (schema.minimum !== undefined) {
      expectValid(mutated((doc) => setAt(doc, path, schema.minimum)));
      expectIssueAt(
        mutated((doc) => setAt(doc, path, schema.minimum! - EPSILON)),
        path,
      );
    }
    if (schema.maximum !== undefined) {
      expectValid(mutated((doc) => setAt(doc, path, schema.maximum)));
      expectIssueAt(
        mutated((doc) => setAt(doc, path, schema.maximum! + EPSILON)),
        path,
      );
    }
    if (schema.maxLength !== undefined) {
      expectValid(mutated((doc) => setAt(doc, path, "x".repeat(schema.maxLength!))));
      expectIssueAt(
        mutated((doc) => setAt(doc, path, "x".repeat(schema.maxLength! + 1))),
        path,
      );
    }
  });

  test("34 bounded fields are covered", () => {
    expect(bounded).toHaveLength(34);
  });
});
