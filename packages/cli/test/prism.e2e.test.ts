// End to end against the Prism mock started from the spec (request validation on).
import { describe, expect, inject, test } from "vitest";
import type {} from "@scenario-sdk/test-utils/prism-setup"; // types inject("prismUrl")
import { cleanEnv, jsonLines, makeFixtures, runCli } from "./run-cli.js";

describe("scenario assets upload against the mock API", () => {
  test("uploads images and prints the asset from the spec's example", async () => {
    const fx = makeFixtures();
    const env = cleanEnv(fx.configHome, {
      SCENARIO_SDK_API_KEY: "k",
      SCENARIO_SDK_API_SECRET: "s",
    });
    const result = await runCli(
      [
        "assets",
        "upload",
        fx.png,
        fx.jpg,
        "--collection",
        "col_1",
        "--base-url",
        inject("prismUrl"),
        "--json",
      ],
      { env },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0].response.asset).toMatchObject({ id: "id", kind: "3d" });
  });
});
