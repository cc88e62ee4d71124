// Bundles a package's declarations into dist/index.d.ts (ESM) and dist/index.d.cts (CommonJS)
// with rollup-plugin-dts, which keeps every JSDoc comment where TypeScript wrote it. (tsdown's
// own d.ts bundler moves one-line comments to the end of the previous line, where TypeScript no
// longer reads them: sxzz/rolldown-plugin-dts#182.) `@internal` members are stripped.
//
// Usage, from a package folder: node ../../scripts/build-types.mjs [entry...] (default: index).
// Each entry (src/<entry>.ts) is bundled on its own into dist/<entry>.d.ts and .d.cts, so no
// declaration chunk is shared between the ESM and the CommonJS types.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

export async function buildTypes(packageDir = process.cwd(), entries = ["index"]) {
  for (const entry of entries) await buildEntry(packageDir, entry);
}

async function buildEntry(packageDir, entry) {
  const bundle = await rollup({
    input: resolve(packageDir, `src/${entry}.ts`),
    plugins: [
      dts({
        tsconfig: resolve(packageDir, "tsconfig.json"),
        compilerOptions: { stripInternal: true, noEmit: false, declaration: true },
      }),
    ],
    // dependencies stay imports (their own published types)
    external: (id) => !id.startsWith(".") && !id.startsWith("/"),
  });
  try {
    for (const file of [`dist/${entry}.d.ts`, `dist/${entry}.d.cts`]) {
      await bundle.write({ file: resolve(packageDir, file), format: "es" });
    }
  } finally {
    await bundle.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = process.argv.slice(2);
  buildTypes(process.cwd(), entries.length ? entries : undefined).catch((error) => {
    console.error(`error: building the type declarations failed: ${error.message}`);
    process.exitCode = 1;
  });
}
