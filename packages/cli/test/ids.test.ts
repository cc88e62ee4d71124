// Ids on the command line: one word of letters, digits, _ and -; file names get a hint.
import { describe, expect, test } from "vitest";
import { checkIds, idProblem } from "../src/ids.js";

describe("idProblem", () => {
  test.each(["asset_7Xk2pQ9sLm3n", "a", "A-1_b", "upload_1"])("%s is an id", (id) => {
    expect(idProblem(id)).toBeUndefined();
  });

  test.each([
    ["hero.png", /looks like a file name.*scenario assets upload/],
    ["art/hero", /looks like a file name/],
    ["", /is not an asset id/],
    ["two words", /letters, digits/],
    ["_leading", /letters, digits/],
    ["a?b", /letters, digits/],
  ])("%j is refused", (id, message) => {
    expect(idProblem(id)).toMatch(message);
  });
});

describe("checkIds", () => {
  test("keeps each id once, in order, and lists every problem", () => {
    expect(checkIds(["b", "a", "b", "x.png", "a b"])).toEqual({
      ids: ["b", "a"],
      problems: [expect.stringMatching(/x\.png/), expect.stringMatching(/"a b"/)],
    });
  });
});
