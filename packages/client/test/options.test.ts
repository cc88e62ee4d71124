// Option checks at construction: whatever would fail later (after retries) or silently is a
// ScenarioError from the constructor, saying what is wrong, with no credential in it.
import { describe, expect, test } from "vitest";
import Scenario, { ScenarioError, type ClientOptions } from "../src/index.js";
import { json, OK_BODY, useTestServer } from "@scenario-sdk/test-utils/http-server";

const KEY = "key_PRIVATE";
const SECRET = "secret_PRIVATE";

const server = useTestServer((_req, res) => json(res, 200, OK_BODY));

function constructionError(options: ClientOptions): ScenarioError {
  try {
    new Scenario({ apiKey: KEY, apiSecret: SECRET, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return error as ScenarioError;
  }
  throw new Error("expected the constructor to throw");
}

describe("the constructor refuses", () => {
  test.each([
    ["a negative timeout", { timeout: -1 }, /`timeout` must be a whole number of milliseconds/],
    ["a zero timeout", { timeout: 0 }, /`timeout`.*from 1 to 2147483647, got 0/],
    ["a fractional timeout", { timeout: 1.5 }, /`timeout`/],
    ["a timeout Node's timers overflow on", { timeout: 2 ** 31 }, /from 1 to 2147483647/],
    ["a NaN timeout", { timeout: Number.NaN }, /`timeout`/],
    ["fractional retries", { maxRetries: 1.5 }, /`maxRetries` must be a whole number ≥ 0/],
    ["negative retries", { maxRetries: -1 }, /`maxRetries`/],
    ["a base URL that is not a URL", { baseURL: "not a url" }, /`baseURL` is not a URL/],
    ["an ftp base URL", { baseURL: "ftp://files.example/v1" }, /must be an http\(s\) URL/],
    ["a base URL with a query", { baseURL: "https://h.example/v1?tenant=t1" }, /query string/],
    ["a base URL with a fragment", { baseURL: "https://h.example/v1#x" }, /fragment/],
    ["an API key with a line break", { apiKey: "key\nrest" }, /apiKey contains a line break/],
    ["an API secret with a control char", { apiSecret: "sec\u0000ret" }, /apiSecret contains/],
    ["an API key with a colon", { apiKey: "key:part" }, /apiKey contains ":"/],
    [
      "a bearer token a header cannot carry",
      { bearerToken: "eyJ abc" },
      /bearerToken contains spaces or characters/,
    ],
    [
      "a bearer token with a line break",
      { bearerToken: "eyJ\r\nX-Evil: 1" },
      /bearerToken contains a line break/,
    ],
    ["a default header with a line break", { defaultHeaders: { "x-team": "a\r\nb" } }, /x-team/],
    ["a default header with a bad name", { defaultHeaders: { "x team": "a" } }, /header name/],
    [
      "a default header above U+00FF",
      { defaultHeaders: { "x-price": "10 €" } },
      /defaultHeaders: the value of header "x-price" has a character HTTP headers cannot carry/,
    ],
  ] as [string, ClientOptions, RegExp][])("%s", (_name, options, message) => {
    const error = constructionError(options);
    expect(error.message).toMatch(message);
    for (const secret of [KEY, SECRET, "pass", "rest", "X-Evil"]) {
      expect(error.message).not.toContain(secret);
    }
  });

  test("a base URL with credentials, without quoting them", () => {
    const error = constructionError({ baseURL: "https://user:hunter2@api.example/v1" });
    expect(error.message).toMatch(/must not contain credentials/);
    expect(error.message).not.toContain("hunter2");
  });
});

describe("the constructor accepts", () => {
  test("the largest timeout Node's timers take", () => {
    expect(new Scenario({ apiKey: "k", apiSecret: "s", timeout: 2 ** 31 - 1 }).timeout).toBe(
      2 ** 31 - 1,
    );
  });

  test("key and secret with surrounding spaces, trimmed as the environment's are", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    await new Scenario({ apiKey: "  k \n", apiSecret: "\ts ", baseURL: server.url }).assets.upload({
      name: "x",
    });
    expect(server.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from("k:s").toString("base64")}`,
    );
  });

  test("a base URL with a trailing slash, without doubling it", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    await new Scenario({ apiKey: "k", apiSecret: "s", baseURL: `${server.url}/` }).assets.upload({
      name: "x",
    });
    expect(server.requests[0]!.url).toBe("/v1/assets");
  });
});

describe("per-request options are checked too", () => {
  test.each([
    [{ timeout: 0 }, /`timeout`/],
    [{ maxRetries: 0.5 }, /`maxRetries`/],
    [{ headers: { "x-a": "1\n2" } }, /line break/],
    [{ headers: { "x-a": "1\r2" } }, /header "x-a" contains a line break/],
    [{ headers: { "x-price": "10 €" } }, /header "x-price" has a character .*above U\+00FF/],
    [{ headers: new Headers({ "x-ok": "1" }), maxRetries: -1 }, /`maxRetries`/],
    [{ headers: [["x-price", "€"]] as [string, string][] }, /header "x-price"/],
    [{ headers: { "x-mood": "ok 😀" } }, /header "x-mood" has a character/],
    [{ headers: { "bad name": "1" } }, /"bad name" is not a valid HTTP header name/],
    [{ headers: [["x-a"]] as unknown as [string, string][] }, /each pair must be \[name, value\]/],
  ])("%o is refused before any request", async (options, message) => {
    server.reset((_req, res) => json(res, 200, OK_BODY));
    // retries allowed: a caller's mistake is never retried, and nothing is sent
    const client = new Scenario({
      apiKey: "k",
      apiSecret: "s",
      baseURL: server.url,
      maxRetries: 3,
    });
    const error = await client.assets.upload({ name: "x" }, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(message);
    expect(server.requests).toHaveLength(0);
  });
});
