// What each operation costs the package: min+gzip of the schemas entry (src/index.ts bundled
// by esbuild, as size-limit measures it) for the spec cut down to a few operations, adding the
// operations of spec/family-facts.json one at a time. Components no kept operation reaches are
// dropped, as they would be if those operations were not in the spec.
//
// Usage: node packages/schemas/bench/size-by-operation.mjs   (prints a table; writes nothing
// in the repository — the cut-down packages are built in a temporary folder)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleSize } from "../../../scripts/bench/measure.mjs";
import { loadSpec } from "../../../scripts/generate/spec.mjs";
import { generateValidators } from "../../../scripts/generate/validators.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const family = JSON.parse(readFileSync(here("../../../spec/family-facts.json"), "utf8"));

/** Names of every component `node` refers to, transitively. */
function reachable(document, roots) {
  const seen = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const [, kind, name] = /#\/components\/(\w+)\/(.+)$/.exec(value);
        const id = `${kind}/${name}`;
        if (!seen.has(id)) {
          seen.add(id);
          visit(document.components[kind][name]);
        }
      } else visit(value);
    }
  };
  visit(roots);
  return seen;
}

/** The spec with only the operations in `keep` ("METHOD /path") and what they reach. */
export function cutDown(document, keep) {
  const paths = {};
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!keep.has(`${method.toUpperCase()} ${path}`)) continue;
      (paths[path] ??= {})[method] = op;
    }
  }
  const used = reachable(document, paths);
  const schemas = Object.fromEntries(
    Object.entries(document.components.schemas).filter(([name]) => used.has(`schemas/${name}`)),
  );
  return { ...document, paths, components: { ...document.components, schemas } };
}

async function sizeOf(document, work) {
  for (const { path, content } of await generateValidators({ document })) {
    writeFileSync(join(work, path.replace("packages/schemas/", "")), content);
  }
  return bundleSize(join(work, "src/index.ts"));
}

export async function sizeByOperation() {
  const { document } = loadSpec();
  const work = mkdtempSync(join(tmpdir(), "schemas-size-"));
  try {
    cpSync(here("../src"), join(work, "src"), { recursive: true });
    const rows = [];
    const keep = new Set(["POST /assets"]);
    let previous = await sizeOf(cutDown(document, keep), work);
    rows.push({ step: "uploadAsset only (with the Gen-B widenings)", ...previous, delta: null });
    for (const op of family.operations) {
      const id = `${op.method} ${op.path}`;
      if (keep.has(id)) continue;
      keep.add(id);
      const size = await sizeOf(cutDown(document, keep), work);
      rows.push({ step: `+ ${op.operationId}`, ...size, delta: size.gzip - previous.gzip });
      previous = size;
    }
    return rows;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await sizeByOperation();
  const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
  for (const { step, minified, gzip, delta } of rows) {
    const plus = delta === null ? "" : ` (${delta >= 0 ? "+" : ""}${delta} B)`;
    console.log(
      `${step.padEnd(46)} ${kB(minified).padStart(10)} min  ${kB(gzip).padStart(9)} gzip${plus}`,
    );
  }
}
