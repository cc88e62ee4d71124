import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

// ESM only: the CLI is run, not imported. Commands are split into chunks loaded on demand, so
// `scenario --help` loads neither the client nor the command code.
export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  sourcemap: true,
  clean: true,
  define: { __VERSION__: JSON.stringify(version) },
});
