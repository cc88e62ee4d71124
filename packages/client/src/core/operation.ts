// One operation call's params, typed from the generated types and placed by the generated table:
// each param goes to the path, the query or the JSON body, as the spec says. Anything that cannot
// be sent as the spec says is refused here, before any request.
import type { components, operations } from "@scenario-sdk/schemas";
import { ScenarioError } from "../errors.js";
import type { OperationId, OPERATIONS } from "../generated/operations.js";
import type { ImageInput } from "./files.js";

/** A row of the generated operation table. */
export interface OperationSpec {
  /** The SDK method, e.g. "assets.list" (for messages). */
  readonly sdk: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
  readonly path: string;
  readonly pathParams?: readonly string[];
  readonly query?: readonly string[];
  /** The JSON body's field names (absent: the operation has no body). */
  readonly body?: readonly string[];
  /** Body fields that take an image: base64, a data URL, or bytes. */
  readonly images?: readonly string[];
  /** Body lists with a length limit, refused before any request when longer. */
  readonly maxItems?: Readonly<Record<string, number>>;
  /** The component of the 2xx answer; absent when the operation answers without a body. */
  readonly response?: string;
  /** Cursor-paginated: the key of the answer's item array. */
  readonly items?: string;
}

type Operation<K extends OperationId> = operations[K];
type OrEmpty<T> = [T] extends [never] ? {} : T extends undefined ? {} : T;
type PathOf<K extends OperationId> = OrEmpty<NonNullable<Operation<K>["parameters"]["path"]>>;
type QueryOf<K extends OperationId> = OrEmpty<NonNullable<Operation<K>["parameters"]["query"]>>;
type BodyOf<K extends OperationId> =
  NonNullable<Operation<K>["requestBody"]> extends { content: { "application/json": infer B } }
    ? B
    : {};
type ImageField<K extends OperationId> = (typeof OPERATIONS)[K] extends {
  images: readonly (infer F)[];
}
  ? F
  : never;

/** Image fields also take bytes (sent as a data URL, type sniffed from the content). */
type WithImageInputs<T, F> = [F] extends [never]
  ? T
  : Omit<T, F & keyof T> & { [P in keyof T as P extends F ? P : never]?: ImageInput | undefined };

/** A method's params besides its path params: query params and body fields by their wire names. */
export type Params<K extends OperationId> = WithImageInputs<QueryOf<K> & BodyOf<K>, ImageField<K>>;

/** Everything one call sends, path params included. */
export type CallParams<K extends OperationId> = PathOf<K> & Params<K>;

/** What an operation resolves to. */
export type Result<K extends OperationId> = (typeof OPERATIONS)[K] extends {
  response: infer R extends keyof components["schemas"];
}
  ? components["schemas"][R]
  : undefined;

export interface PlacedParams {
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The JSON body (undefined when the operation has none). */
  body: Record<string, unknown> | undefined;
}

type Scalar = string | number | boolean;

type Place = "path" | "query" | "body";

/** Where each name of an operation goes, worked out once per operation (not on every call). */
const placesOf = new WeakMap<OperationSpec, Map<string, Place>>();

function places(op: OperationSpec): Map<string, Place> {
  let map = placesOf.get(op);
  if (!map) {
    map = new Map<string, Place>();
    for (const name of op.pathParams ?? []) map.set(name, "path");
    for (const name of op.query ?? []) map.set(name, "query");
    for (const name of op.body ?? []) map.set(name, "body");
    placesOf.set(op, map);
  }
  return map;
}

/**
 * Puts each param where the spec says. Unknown params, empty or dot path segments, and values
 * JSON cannot carry (functions, BigInt, NaN…) are refused with a ScenarioError that names them.
 */
export function placeParams(
  op: OperationSpec,
  params: Record<string, unknown> | undefined,
  method: string,
): PlacedParams {
  if (params !== undefined && (params === null || typeof params !== "object")) {
    throw new ScenarioError(`${method}: params must be an object, got ${describe(params)}.`);
  }
  const placed: PlacedParams = { path: {}, query: {}, body: op.body ? {} : undefined };
  const where = places(op);
  for (const key in params) {
    const value = params[key];
    if (value === undefined) continue;
    const place = where.get(key);
    if (place === "path") {
      placed.path[key] = checkPathParam(value, key, method);
    } else if (place === "query") {
      placed.query[key] = checkQueryValue(value, key, method);
    } else if (place === "body") {
      if (!op.images?.includes(key)) checkJson(value, key, method);
      const limit = op.maxItems?.[key];
      if (limit !== undefined && Array.isArray(value) && value.length > limit) {
        throw new ScenarioError(
          `${method}: \`${key}\` has ${value.length} items; the API takes at most ${limit} per call. Split the list into batches of ${limit}.`,
        );
      }
      placed.body![key] = value;
    } else {
      const known = [...where.keys()];
      throw new ScenarioError(
        `${method}: unknown parameter "${key}"; it takes ${known.length ? known.join(", ") : "no parameters"}.`,
      );
    }
  }
  for (const name of op.pathParams ?? []) {
    if (!(name in placed.path)) throw new ScenarioError(`${method}: \`${name}\` is required.`);
  }
  return placed;
}

function checkPathParam(value: unknown, key: string, method: string): string {
  // "." and ".." would be resolved away by URL parsing and reach another endpoint
  if (typeof value !== "string" || value.trim() === "" || value === "." || value === "..") {
    throw new ScenarioError(
      `${method}: \`${key}\` must be a non-empty id, got ${describe(value)}.`,
    );
  }
  return value;
}

function checkQueryValue(value: unknown, key: string, method: string): Scalar | Scalar[] {
  const scalar = (v: unknown): v is Scalar =>
    typeof v === "string" ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v));
  if (scalar(value) || (Array.isArray(value) && value.every(scalar))) return value;
  throw new ScenarioError(
    `${method}: \`${key}\` must be a string, number, boolean or a list of them, got ${describe(value)}.`,
  );
}

/** Walks a body value: only what JSON carries as it is (objects with `toJSON`, e.g. Date, too). */
function checkJson(value: unknown, path: string, method: string): void {
  switch (typeof value) {
    case "string":
    case "boolean":
      return;
    case "number":
      if (Number.isFinite(value)) return;
      break;
    case "object":
      if (value === null) return;
      if (Array.isArray(value)) {
        value.forEach((item, i) => checkJson(item, `${path}[${i}]`, method));
        return;
      }
      if (typeof (value as { toJSON?: unknown }).toJSON === "function") return;
      if (
        Object.getPrototypeOf(value) === Object.prototype ||
        Object.getPrototypeOf(value) === null
      ) {
        for (const [key, item] of Object.entries(value)) {
          if (item !== undefined) checkJson(item, `${path}.${key}`, method);
        }
        return;
      }
  }
  throw new ScenarioError(`${method}: \`${path}\` cannot be sent as JSON (${describe(value)}).`);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return value === "" ? "an empty string" : `"${value.slice(0, 40)}"`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return "a BigInt";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  const name = (value as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : `a ${typeof value}`;
}

/** A path template split once: literal text at even indices, parameter names at odd ones. */
const templates = new Map<string, string[]>();

/** `/assets/{assetId}/tags` with `{ assetId: "a/b" }` → `/assets/a%2Fb/tags`. */
export function expandPath(template: string, path: Record<string, string>): string {
  let parts = templates.get(template);
  if (!parts) templates.set(template, (parts = template.split(/\{([^}]+)\}/)));
  if (parts.length === 1) return template;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    out += encodeURIComponent(path[parts[i]!]!) + parts[i + 1]!;
  }
  return out;
}

/** Query string: `undefined` skipped, arrays comma-separated (style form, explode false). */
export function serializeQuery(query: Record<string, unknown>): string {
  let out = "";
  for (const key in query) {
    const value = query[key];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(",") : String(value);
    out += `${out ? "&" : ""}${encodeURIComponent(key)}=${encodeURIComponent(text)}`;
  }
  return out;
}
