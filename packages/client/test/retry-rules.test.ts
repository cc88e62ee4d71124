// The retry rules as pure functions: given/want tables.
import { describe, expect, test } from "vitest";
import { backoffMs, serverDelayMs, shouldRetryStatus } from "../src/core/retry.js";

const headers = (init: Record<string, string>) => new Headers(init);

describe("shouldRetryStatus", () => {
  test.each([
    [400, {}, false],
    [401, {}, false],
    [404, {}, false],
    [408, {}, true],
    [409, {}, true],
    [422, {}, false],
    [429, {}, true],
    [500, {}, true],
    [503, {}, true],
    [503, { "x-should-retry": "false" }, false],
    [400, { "x-should-retry": "true" }, true],
  ])("%i with %j → %s", (status, h, want) => {
    expect(shouldRetryStatus(status, headers(h))).toBe(want);
  });
});

describe("serverDelayMs", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  test.each([
    [{ "retry-after-ms": "250" }, undefined, 250],
    [{ "retry-after": "2" }, undefined, 2000],
    [{ "retry-after": "1.5" }, undefined, 1500],
    [{ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }, undefined, 3000],
    [{ "retry-after": "120" }, undefined, undefined], // more than 60 s: ignored, backoff instead
    [{ "retry-after-ms": "-5" }, undefined, undefined],
    [{ "retry-after": "soon" }, undefined, undefined],
    [{}, '{"remainingSeconds": 4}', 4000],
    [{}, '{"remainingSeconds": 90}', undefined],
    [{}, "<html>", undefined],
    [{ "retry-after-ms": "100", "retry-after": "5" }, undefined, 100],
  ])("%j, body %s → %s", (h, body, want) => {
    expect(serverDelayMs(headers(h), body, now)).toBe(want);
  });
});

describe("backoffMs", () => {
  test.each([
    [0, 500],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [10, 8000],
  ])("retry %i waits at most %i ms and at least 75 %% of it", (retry, max) => {
    expect(backoffMs(retry, () => 0)).toBe(max);
    expect(backoffMs(retry, () => 1)).toBe(max * 0.75);
  });
});
