import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  dts: false, // scripts/build-types.mjs: rollup-plugin-dts keeps the JSDoc in place
  sourcemap: true,
  clean: true,
  define: { __VERSION__: JSON.stringify(version) },
});
