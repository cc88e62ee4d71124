import { readFileSync } from "node:fs";
import { defineConfig } from "tsdown";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const commanderLicense = readFileSync(
  new URL("./node_modules/commander/LICENSE", import.meta.url),
  "utf8",
);

// ESM only: the CLI is run, not imported. The entry (main.ts) answers `scenario --help` and
// `--version` from the command table; commander's program (cli.ts) and each command are chunks
// loaded on demand, so `--help` loads neither commander, the client nor the command code.
//
// commander (a devDependency) is bundled: Node 20 resolving it as a package and translating its
// CommonJS cost start-up time. Its licence goes with it, on top of the chunk that holds it. `onlyBundle`
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
    // what `scenario --help` reads (the command table: specs, flags, spec values) in one chunk,
    // not five: each extra ES module costs start-up time
    codeSplitting: {
      groups: [
        {
          name: "table",
          test: /src[\\/](commands[\\/](index|global-flags|.*\.spec)|flags|command-spec|generated[\\/]|program-text|root-help|asset-types|argv)/,
        },
        // what every command runs on (commander, the program, output, errors): one chunk too
        {
          name: "program",
          test: /node_modules[\\/]commander|rolldown[:\\/]runtime|src[\\/](cli|register|help|parse-problems|error-boundary|errors|output|signals)\.ts/,
        },
      ],
    },
    // on the chunk that holds commander's code, not on every chunk
    banner: (chunk) =>
      chunk.moduleIds.some((id) => id.includes("/node_modules/commander/"))
        ? `/*! Includes commander (https://github.com/tj/commander.js):\n${commanderLicense.trim()}\n*/`
        : "",
  },
  define: { __VERSION__: JSON.stringify(version) },
});
