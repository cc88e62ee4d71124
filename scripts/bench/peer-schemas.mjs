// Zod 4 and Valibot schemas of the same shape as our validators, built from the spec's
// components (bench only): same types, enums, bounds, required fields and open/closed objects.
import * as v from "valibot";
import { z } from "zod";

function builder(components, lib) {
  const built = new Map();
  const get = (name) => {
    if (!built.has(name)) built.set(name, convert(components[name]));
    return built.get(name);
  };
  const convert = (s) => {
    if (s.$ref) return get(s.$ref.split("/").pop());
    if (s.enum) return lib.enum(s.enum);
    if ("const" in s) return lib.literal(s.const);
    switch (s.type) {
      case "string":
        return lib.string(s.maxLength);
      case "number":
      case "integer":
        return lib.number(s.minimum, s.maximum);
      case "boolean":
        return lib.boolean();
      case "array":
        return lib.array(convert(s.items));
      case "object": {
        if (!s.properties) return lib.record();
        const required = new Set(s.required ?? []);
        const shape = {};
        for (const [key, prop] of Object.entries(s.properties)) {
          shape[key] = required.has(key) ? convert(prop) : lib.optional(convert(prop));
        }
        return lib.object(shape, s.additionalProperties === false);
      }
      default:
        return lib.unknown();
    }
  };
  return get;
}

const zodLib = {
  enum: (values) => z.enum(values),
  literal: (value) => z.literal(value),
  string: (max) => (max === undefined ? z.string() : z.string().max(max)),
  number: (min, max) => {
    let n = z.number();
    if (min !== undefined) n = n.min(min);
    if (max !== undefined) n = n.max(max);
    return n;
  },
  boolean: () => z.boolean(),
  array: (items) => z.array(items),
  record: () => z.record(z.string(), z.unknown()),
  optional: (s) => s.optional(),
  object: (shape, closed) => (closed ? z.strictObject(shape) : z.looseObject(shape)),
  unknown: () => z.unknown(),
};

const valibotLib = {
  enum: (values) => v.picklist(values),
  literal: (value) => v.literal(value),
  string: (max) => (max === undefined ? v.string() : v.pipe(v.string(), v.maxLength(max))),
  number: (min, max) => {
    const actions = [];
    if (min !== undefined) actions.push(v.minValue(min));
    if (max !== undefined) actions.push(v.maxValue(max));
    return actions.length ? v.pipe(v.number(), ...actions) : v.number();
  },
  boolean: () => v.boolean(),
  array: (items) => v.array(items),
  record: () => v.record(v.string(), v.unknown()),
  optional: (s) => v.optional(s),
  object: (shape, closed) => (closed ? v.strictObject(shape) : v.looseObject(shape)),
  unknown: () => v.unknown(),
};

/** { zod(doc) → boolean, valibot(doc) → boolean } for the component `name`. */
export function peerValidators(components, name) {
  const zodSchema = builder(components, zodLib)(name);
  const valibotSchema = builder(components, valibotLib)(name);
  return {
    zod: (doc) => zodSchema.safeParse(doc).success,
    valibot: (doc) => v.safeParse(valibotSchema, doc).success,
  };
}
