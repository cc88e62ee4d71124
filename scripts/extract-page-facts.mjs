// Reads the reference page of `assets.upload` (the official Python SDK's docs, kept outside the
// repository in ../shared/seed/assets-upload.txt) and writes spec/page-facts.json: every field of
// the page with its wire name, type, requiredness, enum values, bounds and description.
//
// The page is a flattened tree: nested classes follow their field without any indentation, so
// where a class ends cannot be read from the text alone. The page's own JSON example has the
// same fields in the same order, nested, with their camelCase wire names; we walk it in step
// with the field list to recover the tree. Tests compare the spec against the committed facts,
// so they run on any clone, with or without the page.
//
// Usage: node scripts/extract-page-facts.mjs [path/to/page.txt] [--check]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "./lib/run-main.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_PAGE = resolve(root, "../shared/seed/assets-upload.txt");
export const FACTS_FILE = resolve(root, "spec/page-facts.json");

class PageFormatError extends Error {
  name = "PageFormatError";
}

const FIELD_LINE = /^([a-z_][a-z0-9_]*): (.+)$/;
const BOUND_LINE = /^(maximum|minimum|maxLength|minLength)(-?\d+(?:\.\d+)?)$/;
const ENUM_VALUE_LINE = /^"(.*)"$/;

/** Splits the text between two markers into field entries (name, type, description, enum, bounds). */
export function tokenizeFields(lines) {
  const fields = [];
  let current = null;
  let inEnum = false;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const field = FIELD_LINE.exec(line);
    if (field) {
      current = { python: field[1], typeText: field[2], description: [], enum: null, bounds: {} };
      fields.push(current);
      inEnum = false;
      continue;
    }
    if (!current) continue;
    if (line === "One of the following:") {
      current.enum = [];
      inEnum = true;
      continue;
    }
    const value = ENUM_VALUE_LINE.exec(line);
    if (inEnum && value) {
      current.enum.push(value[1]);
      continue;
    }
    inEnum = false;
    const bound = BOUND_LINE.exec(line);
    if (bound) {
      current.bounds[bound[1]] = Number(bound[2]);
      continue;
    }
    if (line.trim() !== "") current.description.push(line.trim());
  }
  return fields;
}

/** Parses a Python type annotation of the page into a small JSON-Schema-like shape. */
export function parseType(text) {
  let t = text.trim();
  let optional = false;
  const optionalMatch = /^Optional\[(.*)\]$/.exec(t);
  if (optionalMatch) {
    optional = true;
    t = optionalMatch[1];
  }
  return { optional, schema: parseInner(t) };
}

function parseInner(t) {
  const list = /^(?:List|Sequence)\[(.*)\]$/.exec(t);
  if (list) return { type: "array", items: parseInner(list[1]) };
  if (/^Dict\[str, object\]$/.test(t)) return { type: "object", additionalProperties: true };
  const literal = /^Literal\[(.*)\]$/.exec(t);
  if (literal) return parseLiteral(literal[1]);
  switch (t) {
    case "str":
      return { type: "string" };
    case "bool":
      return { type: "boolean" };
    case "float":
      return { type: "number" };
    case "int":
      return { type: "integer" };
    case "object":
      // Python's `object` is the top type: any JSON value (a default, an allowed value, …).
      return {};
  }
  if (/^[A-Z][A-Za-z0-9]*$/.test(t)) return { $ref: t };
  throw new PageFormatError(`unknown type annotation "${t}"`);
}

// `Literal["a", "b", 4 more]` lists a prefix of the values; the full list follows the field as
// "One of the following:". A literal with a single value (`Literal[true]`) has no such list.
function parseLiteral(body) {
  const parts = body.split(",").map((p) => p.trim());
  const more = /^(\d+) more$/.exec(parts.at(-1));
  const shown = more ? parts.slice(0, -1) : parts;
  const values = shown.map((p) => JSON.parse(p));
  const type = typeof values[0] === "boolean" ? "boolean" : "string";
  return { type, literal: { shown: values, total: values.length + (more ? Number(more[1]) : 0) } };
}

const squash = (name) => name.replaceAll("_", "").toLowerCase();
const camelize = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** Finds the innermost non-array schema (where enum values and refs live). */
function leaf(schema) {
  let s = schema;
  while (s.type === "array") s = s.items;
  return s;
}

/** Turns one tokenized field into a fact, checking its enum against the annotation. */
function toFact(token, wire, where) {
  const { optional, schema } = parseType(token.typeText);
  const inner = leaf(schema);
  if (inner.literal) {
    const { shown, total } = inner.literal;
    delete inner.literal;
    if (total === 1 && !token.enum) {
      inner.const = shown[0];
    } else {
      const values = token.enum ?? [];
      if (values.length !== total || shown.some((v, i) => values[i] !== v)) {
        throw new PageFormatError(
          `${where}.${token.python}: annotation promises ${total} values starting ${JSON.stringify(shown)}, list has ${values.length}`,
        );
      }
      inner.enum = values;
    }
  } else if (token.enum) {
    throw new PageFormatError(`${where}.${token.python}: enum list without a Literal type`);
  }
  Object.assign(inner.$ref ? schema : inner, token.bounds);
  const fact = { wire, python: token.python, required: !optional, schema };
  if (token.description.length) fact.description = token.description.join("\n\n");
  return fact;
}

/**
 * Walks the example object and the token stream together: each example key must be the next
 * token (compared without underscores and case), and a class-typed field consumes the fields of
 * its class from the tokens, guided by the nested example value.
 */
function readClass(name, example, tokens, classes) {
  const fields = [];
  for (const [key, value] of Object.entries(example)) {
    const token = tokens.shift();
    if (!token) throw new PageFormatError(`${name}: page ends before example key "${key}"`);
    if (squash(token.python) !== squash(key)) {
      throw new PageFormatError(`${name}: example key "${key}" but page field "${token.python}"`);
    }
    const fact = toFact(token, key, name);
    fields.push(fact);
    const ref = leaf(fact.schema).$ref;
    if (ref) {
      let nested = value;
      while (Array.isArray(nested)) nested = nested[0];
      if (nested === null || typeof nested !== "object") {
        throw new PageFormatError(`${name}.${key}: example has no object for class ${ref}`);
      }
      if (classes[ref]) throw new PageFormatError(`class ${ref} is defined twice on the page`);
      classes[ref] = { fields: [] }; // reserve the name in page order
      classes[ref].fields = readClass(ref, nested, tokens, classes);
    }
  }
  return fields;
}

function section(lines, start, end) {
  const from = lines.findIndex((l) => l.startsWith(start));
  const to = lines.findIndex((l, i) => i > from && l.startsWith(end));
  if (from < 0 || to < 0) throw new PageFormatError(`section "${start}" … "${end}" not found`);
  return { body: lines.slice(from + 1, to), from, to };
}

/** Reads the JSON example that follows `print(response.asset)`. */
function readExample(lines) {
  const start = lines.findIndex((l) => l.startsWith("print(response.asset)")) + 1;
  const end = lines.findIndex((l, i) => i > start && l.startsWith("Returns Examples"));
  if (start <= 0 || end < 0) throw new PageFormatError("JSON example not found");
  return JSON.parse(lines.slice(start, end).join("\n"));
}

export function extractFacts(text) {
  const lines = text.split(/\r?\n/);
  const endpoint = /^(GET|POST|PUT|PATCH|DELETE)(\/\S*)$/m.exec(text);
  if (!endpoint) throw new PageFormatError("endpoint line (e.g. POST/assets) not found");
  const params = section(lines, "ParametersExpand Collapse", "ReturnsExpand Collapse");
  const returns = section(lines, "class AssetUploadResponse:", "import os");

  const paramTokens = tokenizeFields(params.body);
  const paramFacts = paramTokens.map((t) => toFact(t, camelize(t.python), "params"));

  const example = readExample(lines);
  const tokens = tokenizeFields(returns.body);
  const classes = { AssetUploadResponse: { fields: [] } };
  classes.AssetUploadResponse.fields = readClass("AssetUploadResponse", example, tokens, classes);
  if (tokens.length) {
    throw new PageFormatError(
      `page fields left after the example: ${tokens.map((t) => t.python).join(", ")}`,
    );
  }
  return {
    $comment:
      "Generated by scripts/extract-page-facts.mjs from the assets.upload reference page — do not edit.",
    operation: { method: endpoint[1], path: endpoint[2] },
    params: paramFacts,
    classes,
    example,
  };
}

export function serializeFacts(facts) {
  return JSON.stringify(facts, null, 2) + "\n";
}

function main(argv) {
  const check = argv.includes("--check");
  const page = argv.find((a) => !a.startsWith("--")) ?? DEFAULT_PAGE;
  if (!existsSync(page)) {
    console.error(
      `error: reference page not found at ${page}; pass its path as the first argument.`,
    );
    return 2;
  }
  const next = serializeFacts(extractFacts(readFileSync(page, "utf8")));
  const current = existsSync(FACTS_FILE) ? readFileSync(FACTS_FILE, "utf8") : "";
  if (check) {
    if (current === next) return 0;
    console.error(
      "error: spec/page-facts.json is out of date with the page; run `pnpm extract:page`.",
    );
    return 1;
  }
  if (current !== next) writeFileSync(FACTS_FILE, next);
  console.log(`${current === next ? "unchanged" : "wrote"} ${FACTS_FILE}`);
  return 0;
}

runMain(import.meta.url, main, { InputError: PageFormatError, what: "the page" });
