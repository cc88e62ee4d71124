import { describe, expect, test } from "vitest";
import { suggestFlag } from "../src/argv.js";

describe("suggestFlag", () => {
  test.each([
    ["--colection", "--collection"],
    ["--concurency=3", "--concurrency"],
    ["--zzzzzzzzzz", undefined],
  ])("%s → %s", (typo, want) => {
    expect(suggestFlag(typo, ["--collection", "--concurrency", "--json"])).toBe(want);
  });
});
