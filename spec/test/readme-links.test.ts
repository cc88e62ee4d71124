// Every relative link of every README leads to a file that exists.
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { deadLinks } from "../../scripts/lib/readme-links.mjs";
import { ROOT } from "./spec-helpers.js";

const readmes = [
  "README.md",
  "spec/README.md",
  ".changeset/README.md",
  ...readdirSync(resolve(ROOT, "packages")).map((p) => `packages/${p}/README.md`),
].filter((path) => existsSync(resolve(ROOT, path)));

describe("README links", () => {
  test.each(readmes)("%s links only files that exist", (path) => {
    expect(deadLinks(resolve(ROOT, path))).toEqual([]);
  });
});
