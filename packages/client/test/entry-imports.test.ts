// The main entry stays small: openapi-fetch is the `./fetch` entry's alone.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const inputsOf = async (entry: string) => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../src/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    external: ["@scenario-sdk/schemas", "node:*"],
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
};

test("the main entry does not import openapi-fetch; ./fetch does", async () => {
  expect((await inputsOf("index.ts")).filter((path) => path.includes("openapi-fetch"))).toEqual([]);
  expect((await inputsOf("fetch.ts")).some((path) => path.includes("openapi-fetch"))).toBe(true);
});
