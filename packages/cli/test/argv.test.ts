import { describe, expect, test } from "vitest";
import { splitArgs, suggestFlag } from "../src/argv.js";

// `args` is what commander leaves in cmd.args for `scenario assets upload …` with unknown
// options allowed; `argv` the whole command line.
describe("splitArgs", () => {
  test.each([
    { given: "a.png b.png", args: ["a.png", "b.png"], want: [["a.png", "b.png"], []] },
    { given: "a.png --bogus", args: ["a.png", "--bogus"], want: [["a.png"], ["--bogus"]] },
    { given: "-- -dash.png", args: ["-dash.png"], want: [["-dash.png"], []] },
    {
      given: "a.png -- -x -- y",
      args: ["a.png", "-x", "--", "y"],
      want: [["a.png", "-x", "--", "y"], []],
    },
    {
      given: "--bogus -- -x.png",
      args: ["--bogus", "--", "-x.png"],
      want: [["-x.png"], ["--bogus"]],
    },
    { given: "a.png --bogus --", args: ["a.png", "--bogus", "--"], want: [["a.png"], ["--bogus"]] },
    { given: "- (stdin name)", args: ["-"], want: [["-"], []] },
    {
      given: "a.png --concurency 2",
      args: ["a.png", "--concurency", "2"],
      want: [["a.png"], ["--concurency"]],
    },
    {
      given: "a.png --concurency=2 b.png",
      args: ["a.png", "--concurency=2", "b.png"],
      want: [["a.png", "b.png"], ["--concurency=2"]],
    },
  ])("$given", ({ given, args, want }) => {
    const argv = ["node", "scenario", "assets", "upload", ...given.split(" ")];
    const { operands, unknownOptions } = splitArgs(args, argv);
    expect([operands, unknownOptions]).toEqual(want);
  });
});

describe("suggestFlag", () => {
  test.each([
    ["--colection", "--collection"],
    ["--concurency=3", "--concurrency"],
    ["--zzzzzzzzzz", undefined],
    ["--to", "--to-project"],
    ["--con", "--concurrency"],
  ])("%s → %s", (typo, want) => {
    // the command's own flags first, then the global ones (`--token` starts with `--to` too)
    expect(
      suggestFlag(typo, ["--collection", "--to-project", "--concurrency", "--json", "--token"]),
    ).toBe(want);
  });
});
