// openapi-fetch's default export, from our ESM and our CJS build alike. Its CJS file sets
// `exports.default`; our CJS build reads a CommonJS module the way Node's ESM loader does
// (default = the whole `module.exports`), so there the function is one level down.
import * as openapiFetch from "openapi-fetch";

type CreateClient = typeof openapiFetch.default;
const imported: unknown = openapiFetch.default;

export const createClient: CreateClient =
  typeof imported === "function"
    ? (imported as CreateClient)
    : (imported as { default: CreateClient }).default;

export type { Client } from "openapi-fetch";
