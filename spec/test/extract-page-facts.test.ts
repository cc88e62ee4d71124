import { describe, expect, test } from "vitest";
import { parseType, tokenizeFields, extractFacts } from "../../scripts/extract-page-facts.mjs";

describe("extract-page-facts parseType", () => {
  test.each([
    ["str", false, { type: "string" }],
    ["Optional[bool]", true, { type: "boolean" }],
    ["float", false, { type: "number" }],
    [
      "Optional[List[List[float]]]",
      true,
      { type: "array", items: { type: "array", items: { type: "number" } } },
    ],
    ["Optional[Sequence[str]]", true, { type: "array", items: { type: "string" } }],
    ["Optional[Dict[str, object]]", true, { type: "object", additionalProperties: true }],
    ["Optional[object]", true, {}],
    ["AssetMetadata", false, { $ref: "AssetMetadata" }],
    ["Optional[Literal[true]]", true, { type: "boolean", literal: { shown: [true], total: 1 } }],
    [
      'Literal["a", "b", 3 more]',
      false,
      { type: "string", literal: { shown: ["a", "b"], total: 5 } },
    ],
  ])("reads %s", (text, optional, schema) => {
    expect(parseType(text)).toEqual({ optional, schema });
  });

  test("rejects an annotation it does not know", () => {
    expect(() => parseType("Tuple[int]")).toThrow(/unknown type annotation/);
  });
});

describe("extract-page-facts tokenizeFields", () => {
  test("collects description, enum values and bounds of each field", () => {
    const lines = [
      "scale: float",
      "",
      "The scale of the model",
      "",
      "maximum2",
      "minimum-2",
      'kind: Literal["a", "b"]',
      "One of the following:",
      '"a"',
      '"b"',
    ];
    expect(tokenizeFields(lines)).toEqual([
      {
        python: "scale",
        typeText: "float",
        description: ["The scale of the model"],
        enum: null,
        bounds: { maximum: 2, minimum: -2 },
      },
      {
        python: "kind",
        typeText: 'Literal["a", "b"]',
        description: [],
        enum: ["a", "b"],
        bounds: {},
      },
    ]);
  });
});

describe("extract-page-facts extractFacts", () => {
  const page = (returns: string[], example: unknown) =>
    [
      "POST/things",
      "ParametersExpand Collapse",
      "name: str",
      "ReturnsExpand Collapse",
      "class AssetUploadResponse:",
      ...returns,
      "import os",
      "print(response.asset)",
      JSON.stringify(example),
      "Returns Examples",
    ].join("\n");

  test("nests classes as the JSON example does", () => {
    const facts = extractFacts(
      page(["thing: Thing", "the_id: str", "after: Optional[bool]"], {
        thing: { theId: "x" },
        after: true,
      }),
    );
    expect(facts.classes.AssetUploadResponse.fields.map((f: { wire: string }) => f.wire)).toEqual([
      "thing",
      "after",
    ]);
    expect(facts.classes.Thing.fields[0]).toMatchObject({
      wire: "theId",
      python: "the_id",
      required: true,
    });
  });

  test("fails when an enum list is shorter than its annotation promises", () => {
    const text = page(['k: Literal["a", 2 more]', "One of the following:", '"a"', '"b"'], {
      k: "a",
    });
    expect(() => extractFacts(text)).toThrow(/promises 3 values/);
  });

  test("fails when the example and the page disagree on a field", () => {
    expect(() => extractFacts(page(["a: str"], { b: "x" }))).toThrow(
      /example key "b" but page field "a"/,
    );
  });
});
