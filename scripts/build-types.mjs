// Bundles a package's declarations into dist/index.d.ts (ESM) and dist/index.d.cts (CommonJS)
// with rollup-plugin-dts, which keeps every JSDoc comment where TypeScript wrote it. (tsdown's
// own d.ts bundler moves one-line comments to the end of the previous line, where TypeScript no
// longer reads them: sxzz/rolldown-plugin-dts#182.) `@internal` members are stripped.
//
// Usage, from a package folder: node ../../scripts/build-types.mjs
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

export async function buildTypes(packageDir = process.cwd()) {
  const bundle = await rollup({
    input: resolve(packageDir, "src/index.ts"),
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
    for (const file of ["dist/index.d.ts", "dist/index.d.cts"]) {
      await bundle.write({ file: resolve(packageDir, file), format: "es" });
    }
  } finally {
    await bundle.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildTypes().catch((error) => {
    console.error(`error: building the type declarations failed: ${error.message}`);
    process.exitCode = 1;
  });
}
