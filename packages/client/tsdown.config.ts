import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";
import { libraryBuild } from "../../scripts/tsdown-library.mjs";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  ...libraryBuild,
  entry: ["src/index.ts", "src/fetch.ts"],
  define: { __VERSION__: JSON.stringify(version) },
  // CommonJS: `const Scenario = require("@scenario-sdk/client"); new Scenario()` works, with the
  // named exports (and `default`) as the class's properties, as openai-node's fix-index-exports.
  outputOptions: (options, format) =>
    format === "cjs"
      ? {
          ...options,
          exports: "named",
          footer: (chunk) =>
            chunk.isEntry && chunk.name === "index"
              ? "module.exports = Object.assign(exports.default, exports);"
              : "",
        }
      : options,
});
