import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const commanderLicense = readFileSync(
  new URL("./node_modules/commander/LICENSE", import.meta.url),
  "utf8",
);

// ESM only: the CLI is run, not imported. Commands are split into chunks loaded on demand, so
// `scenario --help` loads neither the client nor the command code.
//
// commander (a devDependency) is bundled into cli.mjs: Node 20 resolving it as a package and
// translating its CommonJS cost `scenario --help` about 15 ms of its 25 ms budget (measured,
// interleaved runs). Its licence goes with it, on top of the chunk that holds it. `onlyBundle`
// fails the build if anything else from node_modules would be bundled (undici and the client
// are runtime dependencies).
export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  sourcemap: true,
  clean: true,
  deps: { onlyBundle: ["commander"] },
  outputOptions: {
    // on the chunk that holds commander's code (cli.mjs), not on every chunk
    banner: (chunk) =>
      chunk.moduleIds.some((id) => id.includes("/node_modules/commander/"))
        ? `/*! Includes commander (https://github.com/tj/commander.js):\n${commanderLicense.trim()}\n*/`
        : "",
  },
  define: { __VERSION__: JSON.stringify(version) },
});
