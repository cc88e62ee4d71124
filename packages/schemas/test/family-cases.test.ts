// Cases generated from the family facts (spec/family-facts.json), component by component and
// field by field: the spec's examples and a value built from the facts pass; dropping a required
// field, a wrong type, an unknown enum value or one item past a bound fails at the path of the
// offending value; request bodies refuse unknown keys (nested objects too) and answers accept
// them. Then the Gen-B widenings of the page's components, through Asset.
import { describe, expect, test } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as schemas from "../src/index.js";
import { facts as pageFacts } from "./page-facts.js";
import {
  type FamilyField,
  type ObjectComponent,
  enumValues,
  family,
  leafOf,
  objectComponents,
  sample,
  sampleOf,
  setAt,
  specExamples,
  wrongValueFor,
} from "./family-facts.js";

type Result = { issues?: readonly StandardSchemaV1.Issue[] };
const validator = (name: string) => {
  const schema = (schemas as unknown as Record<string, StandardSchemaV1>)[name];
  if (!schema) throw new Error(`@scenario-sdk/schemas exports no ${name}`);
  return (value: unknown) => schema["~standard"].validate(value) as Result;
};

function expectIssueAt(result: Result, path: unknown[]) {
  expect(result.issues, `expected an issue at ${JSON.stringify(path)}`).toBeDefined();
  expect(result.issues!.map((i) => i.path)).toContainEqual(path);
}
const expectValid = (result: Result) => expect(result.issues).toBeUndefined();

const components = objectComponents();
const rows = (pick: (f: FamilyField) => boolean) =>
  components.flatMap((c) =>
    c.fields
      .filter(pick)
      .map((f) => [`${c.name}.${f.wire}`, c, f] as [string, ObjectComponent, FamilyField]),
  );
function mutated(component: ObjectComponent, path: (string | number)[], value: unknown) {
  const doc = sampleOf(component.name);
  setAt(doc, path, value);
  return validator(component.name)(doc);
}

test("every component of the facts has a validator, and the exports cover every new one", () => {
  for (const { name } of components) expect(typeof validator(name)).toBe("function");
  for (const name of Object.keys(family.enums)) expect(typeof validator(name)).toBe("function");
  expect(components).toHaveLength(35); // 12 bodies + 3 nested body objects + 19 answers and their objects + 1 Gen-B object
});

describe("the spec's examples", () => {
  test.each(specExamples())("%s validates as %s", (_where, name, value) => {
    expectValid(validator(name)(value));
  });
});

describe("a value built from the facts", () => {
  test.each(components.map((c) => [c.name, c] as const))("%s: full and minimal pass", (name) => {
    expectValid(validator(name)(sampleOf(name, true)));
    expectValid(validator(name)(sampleOf(name, false)));
  });
});

describe("required fields", () => {
  test.each(rows((f) => f.required))("dropping %s fails at its path", (_l, c, f) => {
    expectIssueAt(mutated(c, [f.wire], undefined), [f.wire]);
  });
  test.each(rows((f) => !f.required))("dropping optional %s passes", (_l, c, f) => {
    expectValid(mutated(c, [f.wire], undefined));
  });
});

describe("types", () => {
  test.each(rows((f) => wrongValueFor(f.schema) !== undefined))(
    "a wrong type for %s fails at its path",
    (_l, c, f) => expectIssueAt(mutated(c, [f.wire], wrongValueFor(f.schema)), [f.wire]),
  );
  const nullable = rows((f) => Array.isArray(f.schema.type) && f.schema.type.includes("null"));
  test.each(nullable)("%s takes null", (_l, c, f) => expectValid(mutated(c, [f.wire], null)));
  test("nullable fields are exactly nextPaginationToken (×2), entityId and errorMessage", () => {
    expect(nullable.map(([label]) => label).sort()).toEqual([
      "AssetListResponse.nextPaginationToken",
      "AssetListSnapshotsResponse.nextPaginationToken",
      "Upload.entityId",
      "Upload.errorMessage",
    ]);
  });
  test.each(rows((f) => f.schema.type === "string"))("%s refuses null", (_l, c, f) =>
    expectIssueAt(mutated(c, [f.wire], null), [f.wire]),
  );
});

describe("enums", () => {
  const enums = rows((f) => enumValues(leafOf(f).schema) !== undefined);
  test.each(enums)("%s takes its first and last value and refuses others", (_l, c, f) => {
    const { schema, suffix } = leafOf(f);
    const values = enumValues(schema)!;
    expectValid(mutated(c, suffix, values[0]));
    expectValid(mutated(c, suffix, values.at(-1)));
    expectIssueAt(mutated(c, suffix, "__not_a_listed_value__"), suffix);
  });
  test("7 enum fields are covered", () => expect(enums).toHaveLength(7));

  test.each(Object.entries(family.enums))(
    "%s takes each of its values, and no other",
    (name, { values }) => {
      for (const value of values) expectValid(validator(name)(value));
      expectIssueAt(validator(name)("__nope__"), []);
    },
  );
});

describe("bounds", () => {
  const bounded = rows((f) => f.schema.maxItems !== undefined);
  test.each(bounded)("%s takes its maximum number of items and refuses one more", (_l, c, f) => {
    const max = f.schema.maxItems!;
    const item = sample(f.schema.items!);
    expectValid(mutated(c, [f.wire], Array(max).fill(item)));
    expectIssueAt(mutated(c, [f.wire], Array(max + 1).fill(item)), [f.wire]);
  });
  test("the two bounded lists are covered (delete ≤ 100, get-bulk ≤ 200)", () => {
    expect(bounded.map(([, , f]) => f.schema.maxItems)).toEqual([100, 200]);
  });
});

describe("unknown keys", () => {
  test.each(components.filter((c) => c.closed).map((c) => [c.name, c] as const))(
    "the body %s refuses an unknown key",
    (_name, c) => expectIssueAt(mutated(c, ["colectionIds"], ["x"]), ["colectionIds"]),
  );
  test.each(components.filter((c) => !c.closed).map((c) => [c.name, c] as const))(
    "the answer %s accepts an unknown key",
    (_name, c) => expectValid(mutated(c, ["futureField"], { added: "later" })),
  );
  test("a nested body object refuses unknown keys at its own path", () => {
    const doc = sampleOf("DownloadRequestBatchBody");
    setAt(doc, ["options", "flatt"], true);
    expectIssueAt(validator("DownloadRequestBatchBody")(doc), ["options", "flatt"]);
  });
});

describe("nested paths", () => {
  test.each([
    ["DownloadRequestBatchBody", ["options", "fileNameTemplate"]],
    ["DownloadRequestBatchBody", ["query", "modelIds"]],
    ["UploadCreateResponse", ["upload", "parts", 0, "url"]],
    ["UploadRetrieveResponse", ["upload", "status"]],
    ["AssetListSnapshotsResponse", ["snapshots", 0, "takenAt"]],
    ["AssetListResponse", ["assets", 0, "metadata", "kind"]],
  ] as const)("%s without %j fails at that path", (name, path) => {
    const doc = sampleOf(name);
    setAt(doc, [...path], undefined);
    expectIssueAt(validator(name)(doc), [...path]);
  });
});

describe("Gen-B widenings of the page's components", () => {
  const asset = () =>
    structuredClone((pageFacts.example as { asset: Record<string, never> }).asset);
  const validate = validator("Asset");

  test("the page's asset with every Gen-B field passes", () => {
    const doc = asset() as Record<string, unknown>;
    for (const [component, fields] of Object.entries(family.widenings.fields)) {
      const target = component === "Asset" ? doc : (doc.properties as Record<string, unknown>);
      for (const f of fields) target[f.wire] = sample(f.schema);
    }
    expectValid(validate(doc));
  });

  test.each(
    Object.entries(family.widenings.enums).flatMap(([name, { add }]) => add.map((v) => [name, v])),
  )("%s takes the Gen-B value %s", (name, value) => expectValid(validator(name)(value)));

  test("a text asset (kind, metadata.type and source uploaded-text) passes", () => {
    const doc = asset() as Record<string, any>;
    doc.kind = doc.metadata.kind = "text";
    doc.metadata.type = doc.source = "uploaded-text";
    expectValid(validate(doc));
  });

  const place = { Asset: [], AssetProperties: ["properties"] } as Record<string, string[]>;
  const widened = Object.entries(family.widenings.fields).flatMap(([c, fields]) =>
    fields.map((f) => [`${c}.${f.wire}`, place[c]!, f] as const),
  );
  test.each(widened)("a wrong type for %s fails at its path", (_l, at, f) => {
    const doc = asset();
    setAt(doc, [...at, f.wire], wrongValueFor(f.schema));
    expectIssueAt(validate(doc), [...at, f.wire]);
  });

  test("properties.cameraMode refuses an unknown value; a trajectory point needs position and target", () => {
    const doc = asset() as Record<string, any>;
    doc.properties.cameraMode = "orbit";
    doc.properties.cameraTrajectory = [{ target: [0, 0, 0] }];
    const result = validate(doc);
    expectIssueAt(result, ["properties", "cameraMode"]);
    expectIssueAt(result, ["properties", "cameraTrajectory", 0, "position"]);
  });
});
