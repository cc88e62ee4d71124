// Ajv standalone code generation (JSON Schema 2020-12): one validator function per component,
// compiled ahead of time so nothing is compiled (no `new Function`) at run time.
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { _, stringify } from "ajv/dist/compile/codegen/index.js";
import { GENERATED_HEADER } from "./header.mjs";

export const VALIDATORS_PATH = "packages/schemas/src/generated/validators.js";
export const VALIDATORS_TYPES_PATH = "packages/schemas/src/generated/validators.d.ts";
export const SCHEMAS_PATH = "packages/schemas/src/generated/schemas.ts";
const DOC_ID = "scenario";

const ANNOTATIONS = new Set(["description", "title", "examples", "example"]);

/**
 * OpenAPI 3.1 component schemas are JSON Schema 2020-12: each becomes a schema of its own
 * (`$id` = its name), and `$ref`s between components point at those ids. (Compiled as one
 * document with `$defs`, Ajv would generate a second function for every component reached
 * through a `$ref`: 112 functions for 71 components.)
 */
export function toJsonSchemas(document) {
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        // relative to the referring schema's id: DOC_ID/Name
        out.$ref = value.replace("#/components/schemas/", "");
      } else if (
        (ANNOTATIONS.has(key) && typeof value !== "object") ||
        key === "examples" ||
        key.startsWith("x-")
      ) {
        // annotations and extensions add nothing to validation; Ajv would embed them in the code
      } else {
        out[key] = rewrite(value);
      }
    }
    return out;
  };
  return Object.entries(document.components.schemas).map(([name, schema]) => ({
    $id: `${DOC_ID}/${name}`,
    ...rewrite(schema),
  }));
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

/**
 * `enum` as one shared `Set` per distinct list instead of Ajv's chain of `===` (a 75-value list
 * is 75 comparisons and ~2 kB of code each time it appears). The Set is the error's
 * `allowedValues`, so the generated code no longer embeds the schema objects.
 */
const enumAsSet = {
  keyword: "enum",
  schemaType: "array",
  error: { params: ({ params }) => _`{allowedValues: ${params.set}}` },
  code(cxt) {
    const { gen, data, schema } = cxt;
    const set = gen.scopeValue("obj", {
      key: JSON.stringify(schema),
      ref: new Set(schema),
      code: _`new Set(${stringify(schema)})`,
    });
    cxt.setParams({ set });
    cxt.fail(_`!${set}.has(${data})`);
  },
};

// Ajv's generated code reports each error with five statements and an object literal; one
// helper call instead. (Generated code is mostly error reporting: this is most of its size.)
const PUSH_ERROR =
  /const (err\d+) = \{instancePath(?::([^,]*?))?,keyword:"(\w+)",params:(\{[^{}]*\})\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g;
const PUSH_ERROR_HELPER = `function pushError(list, instancePath, keyword, params) {
  const error = { instancePath, keyword, params };
  if (list === null) return [error];
  list.push(error);
  return list;
}`;

// Ajv passes parentData/parentDataProperty/rootData along for $data and defaults, which the spec
// does not use: component functions take (data, instancePath) instead.
const SIGNATURE =
  /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)/g;
const CALL =
  /(validate\d+)\(([^,()]+), \{instancePath:([^,]+),parentData:[^,]+,parentDataProperty:[^,}]+,rootData\}\)/g;

/** End index (exclusive) of the JSON value that starts at `start` (an object or array). */
function jsonEnd(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error("unterminated JSON in generated code");
}

/** Drops the `const schemaN = {…};` copies of the schema that no generated code reads. */
function dropUnusedSchemaConstants(code) {
  const declaration = /const (schema\d+) = /g;
  let out = "";
  let last = 0;
  for (let match; (match = declaration.exec(code));) {
    const end = jsonEnd(code, match.index + match[0].length) + 1; // past the ";"
    const rest = code.slice(0, match.index) + code.slice(end);
    if (!new RegExp(`\\b${match[1]}\\b`).test(rest)) {
      out += code.slice(last, match.index);
      last = end;
    }
    declaration.lastIndex = end;
  }
  return out + code.slice(last);
}

export function compileValidators(document) {
  const schemas = toJsonSchemas(document);
  const names = Object.keys(document.components.schemas);
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    messages: false, // messages are built from keyword + params at run time (smaller code)
    inlineRefs: false, // one function per component, calling each other: V8 optimises small functions
    code: { source: true, esm: true, optimize: true, lines: false },
  });
  // 2020-12 keywords, without the bookkeeping for unevaluated*/$dynamicRef the spec never uses
  // (it would add an `evaluated` object to every function).
  ajv.opts.unevaluated = false;
  ajv.opts.dynamicRef = false;
  ajv.removeKeyword("enum");
  ajv.addKeyword(enumAsSet);
  ajv.addSchema(schemas);
  const refs = Object.fromEntries(names.map((name) => [name, `${DOC_ID}/${name}`]));
  let code = standaloneCode(ajv, refs);
  code = code
    .replace(/^"use strict";/, "")
    // schemaPath is not used by the wrapper (it reports instance paths): drop the strings
    .replace(/schemaPath:"[^"]*",/g, "")
    .replace(
      PUSH_ERROR,
      (_m, _err, path = "instancePath", keyword, params) =>
        `vErrors = pushError(vErrors, ${path}, "${keyword}", ${params});errors++;`,
    )
    .replace(SIGNATURE, 'function $1(data, instancePath="")')
    .replace(CALL, "$1($2, $3)");
  code = dropUnusedSchemaConstants(code).replace(
    /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/,
    (_, id) => `const ${id} = ucs2length;\n${UCS2LENGTH}`,
  );
  code += `\n${PUSH_ERROR_HELPER}\n`;
  if (/require\(/.test(code)) throw new Error("Ajv standalone output still has a require()");
  // Each rewrite above must have caught every occurrence, or the code would be inconsistent.
  if (/const err\d+ = /.test(code))
    throw new Error("an error report was not compacted: update PUSH_ERROR");
  if (/parentData|rootData/.test(code))
    throw new Error("a call was not rewritten: update SIGNATURE/CALL");
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
