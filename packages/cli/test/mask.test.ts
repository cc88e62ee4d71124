import { describe, expect, test } from "vitest";
import { maskKey } from "../src/mask.js";

describe("maskKey", () => {
  test.each([
    ["key_abcdefgh1234", "key_…1234"],
    ["api_0123456789abcdefghijklmnop", "api_…mnop"],
    ["abcd1234", "ab…34"],
    ["abc123", "(hidden, 6 characters)"],
  ])("%s → %s", (key, want) => {
    expect(maskKey(key)).toBe(want);
  });
});
