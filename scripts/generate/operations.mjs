// The client's operation table: for each operation of the spec, how to send it (method, path
// template) and where each of the caller's params goes (path, query or JSON body), what answers
// it, and the SDK name it has (`x-sdk-method`). Resources name an operation and pass params; the
// placement lives here, generated from the spec, never in a hand-written list.
import { GENERATED_HEADER } from "./header.mjs";

export const OPERATIONS_PATH = "packages/client/src/generated/operations.ts";

const METHODS = ["get", "put", "post", "delete", "patch"];
const SCHEMA_REF = "#/components/schemas/";
const PARAMETER_REF = "#/components/parameters/";

class SpecShapeError extends Error {
  name = "SpecShapeError";
}

function resolveRef(document, node, prefix, where) {
  if (!node?.$ref) return node;
  if (!node.$ref.startsWith(prefix))
    throw new SpecShapeError(`${where}: unexpected $ref ${node.$ref}`);
  const name = node.$ref.slice(prefix.length);
  const target = (
    prefix === SCHEMA_REF ? document.components?.schemas : document.components?.parameters
  )?.[name];
  if (!target) throw new SpecShapeError(`${where}: $ref ${node.$ref} points nowhere`);
  return target;
}

function componentName(schema, where) {
  if (!schema?.$ref?.startsWith(SCHEMA_REF)) {
    throw new SpecShapeError(
      `${where}: must be a $ref to a named component (for the SDK's type names)`,
    );
  }
  return schema.$ref.slice(SCHEMA_REF.length);
}

/** `assets.download.requestBatch` → `DownloadRequestBatch` (the prefix of Stainless's type names). */
export function typePrefix(sdkMethod) {
  const parts = sdkMethod.split(".");
  const method = parts.pop();
  const group = parts.pop();
  const singular = group.endsWith("s") ? group.slice(0, -1) : group;
  const pascal = (s) => s[0].toUpperCase() + s.slice(1);
  return pascal(singular) + pascal(method);
}

/** Every operation as a plain description, in the spec's order. */
export function describeOperations(document) {
  const out = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const { operationId } = op;
      const sdk = op["x-sdk-method"];
      if (!operationId) throw new SpecShapeError(`${where}: no operationId`);
      if (typeof sdk !== "string" || !/^[a-z]+(\.[a-z][A-Za-z]*)+$/.test(sdk)) {
        throw new SpecShapeError(
          `${where}: x-sdk-method must name the SDK method, e.g. assets.list`,
        );
      }
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) =>
        resolveRef(document, p, PARAMETER_REF, where),
      );
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of pathParams) {
        if (!parameters.some((p) => p.in === "path" && p.name === name)) {
          throw new SpecShapeError(`${where}: path parameter {${name}} is not declared`);
        }
      }
      const query = parameters.filter((p) => p.in === "query");
      for (const p of query) {
        const schema = resolveRef(document, p.schema, SCHEMA_REF, where);
        // the client sends arrays comma-separated: the spec must say so
        if (schema?.type === "array" && !(p.style === "form" && p.explode === false)) {
          throw new SpecShapeError(
            `${where}: array query parameter ${p.name} must be style: form, explode: false`,
          );
        }
      }
      let body = [];
      let images = [];
      const maxItems = {};
      const json = op.requestBody?.content?.["application/json"];
      if (op.requestBody && !json)
        throw new SpecShapeError(`${where}: only JSON request bodies are supported`);
      if (json) {
        const bodySchema = resolveRef(document, json.schema, SCHEMA_REF, where);
        componentName(json.schema, `${where} request body`);
        if (bodySchema.type !== "object" || !bodySchema.properties) {
          throw new SpecShapeError(`${where}: the request body must be an object with properties`);
        }
        body = Object.keys(bodySchema.properties);
        // base64 image fields (`x-sdk-image`): the client also takes bytes for them, sent as a data URL
        images = body.filter((name) => bodySchema.properties[name]["x-sdk-image"] === true);
        // list limits (e.g. 100 ids per delete) are refused before any request
        for (const name of body) {
          const limit = resolveRef(
            document,
            bodySchema.properties[name],
            SCHEMA_REF,
            where,
          ).maxItems;
          if (limit !== undefined) maxItems[name] = limit;
        }
      }
      const names = [...pathParams, ...query.map((p) => p.name), ...body];
      const clash = names.find((name, i) => names.indexOf(name) !== i);
      if (clash) {
        throw new SpecShapeError(
          `${where}: "${clash}" is both a path/query parameter and a body field; the SDK's flat params need distinct names`,
        );
      }
      const ok = Object.keys(op.responses ?? {}).find((status) => /^2\d\d$/.test(status));
      if (!ok) throw new SpecShapeError(`${where}: no 2xx response`);
      // a 2xx without content (a 204) is an operation that answers without a body: its method
      // resolves to undefined (core/parse.ts); any other content must be JSON
      const content = op.responses[ok].content;
      const okJson = content?.["application/json"];
      if (!okJson && content && Object.keys(content).length) {
        throw new SpecShapeError(`${where}: no JSON 2xx response`);
      }
      const pagination = op["x-sdk-pagination"];
      out.push({
        operationId,
        sdk,
        method: method.toUpperCase(),
        path,
        pathParams,
        query: query.map((p) => p.name),
        body: json ? body : undefined,
        images,
        maxItems,
        response: okJson ? componentName(okJson.schema, `${where} ${ok} response`) : undefined,
        items: pagination?.items,
      });
    }
  }
  return out;
}

function tableEntry(op) {
  const fields = [`sdk: "${op.sdk}"`, `method: "${op.method}"`, `path: "${op.path}"`];
  if (op.pathParams.length) fields.push(`pathParams: ${JSON.stringify(op.pathParams)}`);
  if (op.query.length) fields.push(`query: ${JSON.stringify(op.query)}`);
  if (op.body) fields.push(`body: ${JSON.stringify(op.body)}`);
  if (op.images.length) fields.push(`images: ${JSON.stringify(op.images)}`);
  if (Object.keys(op.maxItems).length) fields.push(`maxItems: ${JSON.stringify(op.maxItems)}`);
  if (op.response) fields.push(`response: "${op.response}"`);
  if (op.items) fields.push(`items: "${op.items}"`);
  return `  ${op.operationId}: { ${fields.join(", ")} },`;
}

export const TYPES_PATH = "packages/client/src/generated/types.ts";

export function generateOperations(spec) {
  const ops = describeOperations(spec.document);
  const table = [
    GENERATED_HEADER,
    `import type { operations } from "@scenario-sdk/schemas";`,
    `import type { OperationSpec } from "../core/operation.js";`,
    "",
    "/**",
    " * How to send each operation: its SDK method, method and path template, the names of its",
    " * path and query parameters and of its JSON body's fields, the component of its 2xx answer.",
    " */",
    "export const OPERATIONS = {",
    ...ops.map(tableEntry),
    "} as const satisfies { [K in keyof operations]: OperationSpec };",
    "",
    "export type OperationId = keyof typeof OPERATIONS;",
    "",
  ];
  // The public names: params and responses per SDK method, and every component.
  const aliases = ops.flatMap((op) => {
    const prefix = typePrefix(op.sdk);
    const lines = [
      `/** Params of \`${op.sdk}\` (${op.method} ${op.path}), by their wire names. */`,
      `export type ${prefix}Params = Params<"${op.operationId}">;`,
    ];
    if (!op.response) {
      lines.push(
        `/** \`${op.sdk}\` answers without a body: it resolves to undefined. */`,
        `export type ${prefix}Response = undefined;`,
      );
    } else if (op.response !== `${prefix}Response`) {
      lines.push(
        `/** What \`${op.sdk}\` resolves to. */`,
        `export type ${prefix}Response = components["schemas"]["${op.response}"];`,
      );
    }
    return lines;
  });
  const types = [
    GENERATED_HEADER,
    ...(aliases.some((line) => line.includes("components["))
      ? [`import type { components } from "@scenario-sdk/schemas";`]
      : []),
    `import type { Params } from "../core/operation.js";`,
    "",
    ...aliases,
    "",
    "/** Every component of the spec, as a type (the one copy lives in @scenario-sdk/schemas). */",
    "export type {",
    ...Object.keys(spec.document.components.schemas).map((name) => `  ${name},`),
    `} from "@scenario-sdk/schemas";`,
    "",
  ];
  return [
    { path: OPERATIONS_PATH, content: table.join("\n") },
    { path: TYPES_PATH, content: types.join("\n") },
  ];
}
