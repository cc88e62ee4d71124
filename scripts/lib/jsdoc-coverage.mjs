// Which descriptions of the spec reach a published .d.ts as JSDoc that TypeScript reads (what
// users see on hover): every property of every component, every parameter and every operation.
// A comment the bundler moved to the previous line is not read by TypeScript, so it counts as
// missing. Used by test:packed on the installed tarball.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { ROOT } from "../generate/spec.mjs";

const require = createRequire(resolve(ROOT, "package.json"));
const ts = require("typescript");

const squash = (text) => text.replace(/\s+/g, " ").trim();

/** The JSDoc TypeScript attaches to a node, as one line of text. */
function jsdocOf(node) {
  return squash(
    ts
      .getJSDocCommentsAndTags(node)
      .map((doc) => doc.getText())
      .join(" ")
      .replace(/\/\*\*|\*\/|^\s*\*/gm, " ")
      .replace(/\s\*\s/g, " "),
  );
}

/** Members of an interface, a type literal or an intersection of them, by name. */
function membersOf(node) {
  const type = node?.members ? node : node?.type;
  const literals = type?.types ?? [type]; // `{ … } & { [key: string]: unknown }` for open objects
  const members = literals.flatMap((literal) => literal?.members ?? []);
  return new Map(members.filter((m) => m.name).map((m) => [m.name.text ?? m.name.getText(), m]));
}

/**
 * Checks `dtsPath` against the spec's descriptions: returns { total, found, missing[] } where
 * missing lists `where: description` for each description TypeScript does not see.
 */
export function jsdocCoverage(dtsPath, document) {
  const source = ts.createSourceFile(
    dtsPath,
    readFileSync(dtsPath, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const interfaces = new Map();
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  });
  const missing = [];
  let total = 0;
  const expect = (where, node, description) => {
    if (typeof description !== "string" || !description.trim()) return;
    total++;
    const first = squash(description).slice(0, 60);
    if (!node || !jsdocOf(node).includes(first)) missing.push(`${where}: ${first}`);
  };
  const schemas = membersOf(membersOf(interfaces.get("components")).get("schemas"));
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    const node = schemas.get(name);
    expect(`components.schemas.${name}`, node, schema.description);
    const properties = membersOf(node);
    for (const [property, sub] of Object.entries(schema.properties ?? {})) {
      expect(`${name}.${property}`, properties.get(property), sub.description);
    }
  }
  const operations = membersOf(interfaces.get("operations"));
  const parameters = document.components.parameters ?? {};
  for (const item of Object.values(document.paths)) {
    for (const op of Object.values(item)) {
      if (!op?.operationId) continue;
      const node = operations.get(op.operationId);
      const query = membersOf(membersOf(membersOf(node).get("parameters")).get("query"));
      const path = membersOf(membersOf(membersOf(node).get("parameters")).get("path"));
      for (const ref of op.parameters ?? []) {
        const p = ref.$ref ? parameters[ref.$ref.split("/").pop()] : ref;
        const where = `${op.operationId}(${p.in} ${p.name})`;
        expect(where, (p.in === "path" ? path : query).get(p.name), p.description);
      }
    }
  }
  // operation descriptions sit on `paths[...][method]`
  const paths = membersOf(interfaces.get("paths"));
  for (const [pathName, item] of Object.entries(document.paths)) {
    const methods = membersOf(paths.get(pathName));
    for (const [method, op] of Object.entries(item)) {
      if (op?.operationId)
        expect(`${method.toUpperCase()} ${pathName}`, methods.get(method), op.description);
    }
  }
  return { total, found: total - missing.length, missing };
}
