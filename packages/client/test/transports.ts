// The two transports every transport test runs on (describe.each): node:http, the default in
// Node, and fetch, as a client with `fetchOptions` (e.g. a proxy's dispatcher) gets it.
import Scenario, { type ClientOptions } from "../src/index.js";

export const TRANSPORTS: [name: string, options: ClientOptions][] = [
  ["node:http", {}],
  ["fetch", { fetchOptions: {} }],
];

/** A client over `transport` with test credentials; `options` (the server's URL first) on top. */
export function clientOver(transport: ClientOptions, options: ClientOptions): Scenario {
  return new Scenario({ ...transport, apiKey: "key_1", apiSecret: "secret_1", ...options });
}
