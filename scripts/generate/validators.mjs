// Ajv standalone code generation (JSON Schema 2020-12): one validator function per component,
// compiled ahead of time so nothing is compiled (no `new Function`) at run time.
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { GENERATED_HEADER } from "./header.mjs";

export const VALIDATORS_PATH = "packages/schemas/src/generated/validators.js";
export const VALIDATORS_TYPES_PATH = "packages/schemas/src/generated/validators.d.ts";
export const SCHEMAS_PATH = "packages/schemas/src/generated/schemas.ts";
const DOC_ID = "scenario";

const ANNOTATIONS = new Set(["description", "title", "examples", "example"]);

/** OpenAPI 3.1 component schemas are JSON Schema 2020-12; only their `$ref`s need rewriting. */
export function toJsonSchemaDocument(document) {
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        out.$ref = value.replace("#/components/schemas/", "#/$defs/");
      } else if ((ANNOTATIONS.has(key) && typeof value !== "object") || key === "examples") {
        // annotations add nothing to validation; Ajv would embed them in the generated code
      } else {
        out[key] = rewrite(value);
      }
    }
    return out;
  };
  return { $id: DOC_ID, $defs: rewrite(document.components.schemas) };
}

// Ajv's standalone output `require()`s this helper for maxLength (length in code points);
// inline it so the package has no runtime dependency and works as plain ESM in browsers.
const UCS2LENGTH = `function ucs2length(str) {
  let length = 0, pos = 0, value;
  while (pos < str.length) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}`;

export function compileValidators(document) {
  const schema = toJsonSchemaDocument(document);
  const names = Object.keys(schema.$defs);
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    messages: false, // messages are built from keyword + params at run time (smaller code)
    inlineRefs: false, // one function per component, calling each other: V8 optimises small functions
    code: { source: true, esm: true, optimize: true, lines: false },
  });
  ajv.addSchema(schema);
  const refs = Object.fromEntries(names.map((name) => [name, `${DOC_ID}#/$defs/${name}`]));
  let code = standaloneCode(ajv, refs);
  code = code
    .replace(/^"use strict";/, "")
    // schemaPath is not used by the wrapper (it reports instance paths): drop the strings
    .replace(/schemaPath:"[^"]*",/g, "")
    .replace(
      /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/,
      (_, id) => `const ${id} = ucs2length;\n${UCS2LENGTH}`,
    );
  if (/require\(/.test(code)) throw new Error("Ajv standalone output still has a require()");
  return { names, code };
}

export async function generateValidators(spec) {
  const { names, code } = compileValidators(spec.document);
  const js = `${GENERATED_HEADER}\n${code}\n`;
  const dts = [
    GENERATED_HEADER,
    `import type { ValidatorFunction } from "../validator-function.js";`,
    ...names.map((name) => `export declare const ${name}: ValidatorFunction;`),
    "",
  ].join("\n");
  // One Standard Schema per component, typed with the openapi-typescript component type, and a
  // type of the same name so `Asset` is both the validator and the type.
  const schemas = [
    GENERATED_HEADER,
    `import * as validators from "./validators.js";`,
    `import type { components } from "./openapi.js";`,
    `import { createSchema, type Schema } from "../standard.js";`,
    "",
    ...names.flatMap((name) => [
      `export type ${name} = components["schemas"]["${name}"];`,
      `export const ${name}: Schema<${name}> = /* @__PURE__ */ createSchema("${name}", validators.${name});`,
    ]),
    "",
  ].join("\n");
  return [
    { path: VALIDATORS_PATH, content: js },
    { path: VALIDATORS_TYPES_PATH, content: dts },
    { path: SCHEMAS_PATH, content: schemas },
  ];
}
