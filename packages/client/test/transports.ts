// The two transports every transport test runs on (describe.each): node:http, the default in
// Node, and fetch, as a client with `fetchOptions` (e.g. a proxy's dispatcher) gets it.
import type { ClientOptions } from "../src/index.js";

export const TRANSPORTS: [name: string, options: ClientOptions][] = [
  ["node:http", {}],
  ["fetch", { fetchOptions: {} }],
];
