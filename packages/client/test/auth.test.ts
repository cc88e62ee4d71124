// Credentials from options and environment, and their precedence.
import { describe, expect, test } from "vitest";
import { ENV, resolveCredentials, ScenarioError } from "../src/index.js";

const basic = (key: string, secret: string) =>
  `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;
const envOf = (vars: Record<string, string>) => (name: string) => vars[name];

describe("resolveCredentials", () => {
  test.each([
    ["key and secret options", { apiKey: "k", apiSecret: "s" }, {}, basic("k", "s"), "options"],
    ["bearer option", { bearerToken: "t" }, {}, "Bearer t", "options"],
    [
      "environment key and secret",
      {},
      { [ENV.apiKey]: "ek", [ENV.apiSecret]: "es" },
      basic("ek", "es"),
      "environment",
    ],
    ["environment JWT", {}, { [ENV.bearerToken]: "ejwt" }, "Bearer ejwt", "environment"],
    [
      "options over environment",
      { apiKey: "k", apiSecret: "s" },
      { [ENV.apiKey]: "ek", [ENV.apiSecret]: "es" },
      basic("k", "s"),
      "options",
    ],
    [
      "explicit bearer over ambient key and secret",
      { bearerToken: "t" },
      { [ENV.apiKey]: "ek", [ENV.apiSecret]: "es" },
      "Bearer t",
      "options",
    ],
    [
      "ambient key and secret over ambient JWT",
      {},
      { [ENV.apiKey]: "ek", [ENV.apiSecret]: "es", [ENV.bearerToken]: "ejwt" },
      basic("ek", "es"),
      "environment",
    ],
    [
      "a key option completed by the secret variable",
      { apiKey: "k" },
      { [ENV.apiSecret]: "es" },
      basic("k", "es"),
      "options",
    ],
    ["UTF-8 in a secret", { apiKey: "k", apiSecret: "sé" }, {}, basic("k", "sé"), "options"],
  ])("%s", (_name, options, env, authorization, source) => {
    expect(resolveCredentials(options, envOf(env as Record<string, string>))).toMatchObject({
      authorization,
      source,
    });
  });

  test("missing credentials name the variables to set", () => {
    expect(() => resolveCredentials({}, envOf({}))).toThrow(ScenarioError);
    expect(() => resolveCredentials({}, envOf({}))).toThrow(
      /SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET \(or SCENARIO_SDK_JWT\)/,
    );
  });

  test("a key without its secret says which is missing", () => {
    expect(() => resolveCredentials({ apiKey: "k" }, envOf({}))).toThrow(
      /apiSecret \(or SCENARIO_SDK_API_SECRET\) is missing/,
    );
  });
});
