import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  entry: ["src/index.ts", "src/fetch.ts"],
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  dts: false, // scripts/build-types.mjs: rollup-plugin-dts keeps the JSDoc in place
  sourcemap: true,
  clean: true,
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
