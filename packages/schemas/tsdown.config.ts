import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  dts: false, // scripts/build-types.mjs: rollup-plugin-dts keeps the JSDoc in place
  sourcemap: true,
  clean: true,
});
