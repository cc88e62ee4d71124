// tag, delete and copy end to end against the Prism mock started from the spec (request
// validation on): a request the spec forbids fails the run.
import { describe, expect, test } from "vitest";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { prismServer } from "@scenario-sdk/test-utils/prism-server";
import { jsonLines, runCli } from "./run-cli.js";

const { env } = useCli(prismServer);
const scenario = (args: string[]) => runCli([...args, "--json"], { env: env() });

describe("tag, delete and copy against the mock API", () => {
  test("tag: the spec's example answer, per id", async () => {
    const result = await scenario([
      "assets",
      "tag",
      "asset_1",
      "asset_2",
      "--add",
      "approved",
      "--remove",
      "draft",
      "--strict",
      "--project",
      "proj_1",
    ]);
    expect(result.stderr).toBe("2 tagged\n");
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => l.id).sort()).toEqual(["asset_1", "asset_2"]);
    expect(lines[0].response).toEqual({ added: ["approved"], deleted: ["draft"] });
  });

  test("delete --yes", async () => {
    const result = await scenario(["assets", "delete", "asset_1", "asset_2", "--yes"]);
    expect(result.stderr).toBe("2 deleted\n");
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { id: "asset_1", deleted: true },
      { id: "asset_2", deleted: true },
    ]);
  });

  test("copy --to-project", async () => {
    const result = await scenario(["assets", "copy", "asset_1", "--to-project", "proj_2"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      expect.objectContaining({ id: "asset_1", assetId: "asset_Cp2wXn8RtQ5mLs3vKb7yJd" }),
    ]);
  });
});
