import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";
import { libraryBuild } from "../../scripts/tsdown-library.mjs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  ...libraryBuild,
  define: { __VERSION__: JSON.stringify(version) },
});
