// `pnpm generate` turns spec/openapi.yaml into committed code; `pnpm generate --check` fails
// when a committed file differs from what the spec produces (CI and `pnpm test` run it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, loadSpec } from "./generate/spec.mjs";
import { generateEnums } from "./generate/enums.mjs";
import { generateOperations } from "./generate/operations.mjs";
import { generateSpecValues } from "./generate/spec-values.mjs";
import { generateTypes } from "./generate/types.mjs";
import { generateValidators } from "./generate/validators.mjs";

/** Every generated file as { path (relative to the repo), content }. */
export async function generateAll(spec = loadSpec()) {
  return [
    ...(await generateTypes(spec)),
    ...(await generateValidators(spec)),
    ...generateOperations(spec),
    ...generateEnums(spec),
    ...generateSpecValues(spec),
  ];
}

/** Paths whose committed content differs from `files`. */
export function staleFiles(files, root = ROOT) {
  return files
    .filter(({ path, content }) => {
      const abs = resolve(root, path);
      return !existsSync(abs) || readFileSync(abs, "utf8") !== content;
    })
    .map(({ path }) => path);
}

async function main(argv) {
  const files = await generateAll();
  const stale = staleFiles(files);
  if (argv.includes("--check")) {
    if (stale.length === 0) {
      console.log(`generate --check: ${files.length} generated files match spec/openapi.yaml`);
      return 0;
    }
    console.error(
      `error: generated files are out of date with spec/openapi.yaml:\n${stale
        .map((p) => `  ${p}`)
        .join("\n")}\nRun \`pnpm generate\` and commit the result.`,
    );
    return 1;
  }
  for (const { path, content } of files) {
    if (!stale.includes(path)) continue;
    const abs = resolve(ROOT, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  console.log(`generate: ${stale.length} of ${files.length} files written`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`error: generation failed: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
