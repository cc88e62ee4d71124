// `pnpm spec:diff [--base REF] [--docs] [--changeset]`: the API changes from the spec at REF
// (default: the latest release tag, else main) to spec/openapi.yaml, each marked breaking or
// not. Exits 1 when one is breaking, 2 when it cannot compare. --changeset writes a changeset
// whose bump fits the changes and whose text (the changelog entry) lists them.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import YAML from "yaml";
import { ROOT } from "./generate/spec.mjs";
import { diffSpecs, formatChanges, hasBreaking } from "./spec-diff/classify.mjs";
import { UserError, defaultBase, shortCommit, yamlAt } from "./spec-diff/git.mjs";
import { changesetText, generatedPackages, requiredBump } from "./spec-diff/release.mjs";

export const SPEC_FILE = "spec/openapi.yaml";
const EMPTY_SPEC = { openapi: "3.1.0", info: { title: "", version: "" }, paths: {} };

/** `{ base, changes }`: the changes from the spec at `base` (default: defaultBase) to the work tree. */
export function compareWithBase({ base, root = ROOT } = {}) {
  const { ref, reason } = base ? { ref: base, reason: "--base" } : defaultBase(root);
  const before = yamlAt(ref, SPEC_FILE, root) ?? EMPTY_SPEC;
  const after = YAML.parse(readFileSync(resolve(root, SPEC_FILE), "utf8"));
  const label = `${ref} (${shortCommit(ref, root)}, ${reason})`;
  return { ref, label, changes: diffSpecs(before, after) };
}

const USAGE = "usage: pnpm spec:diff [--base REF] [--docs] [--changeset]";

export function main(argv, { root = ROOT, log = console.log, error = console.error } = {}) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: "string" },
        docs: { type: "boolean" },
        changeset: { type: "boolean" },
      },
    }));
  } catch (e) {
    error(`error: ${e.message}\n${USAGE}`);
    return 2;
  }
  try {
    const { label, changes } = compareWithBase({ base: values.base, root });
    log(`spec:diff: ${SPEC_FILE} against ${label}`);
    if (changes.length === 0) {
      log("  no API changes");
      return 0;
    }
    log(formatChanges(changes, { docs: values.docs }));
    const breaking = changes.filter((c) => c.class === "breaking").length;
    if (values.changeset) writeChangeset(root, changes, log);
    if (breaking) {
      log(
        `${breaking} breaking change${breaking === 1 ? "" : "s"}: users of the generated types must change code. ` +
          "Release it as a major version (0.x: minor); `pnpm spec:diff --changeset` writes that changeset.",
      );
      return 1;
    }
    log("no breaking change");
    return 0;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error(`error: spec:diff: ${e.message}`);
    return 2;
  }
}

function writeChangeset(root, changes, log) {
  const breaking = hasBreaking(changes);
  const bumps = generatedPackages(root).map(({ name, version }) => ({
    name,
    bump: breaking
      ? requiredBump(version)
      : changes.some((c) => c.class !== "docs")
        ? "minor"
        : "patch",
  }));
  const file = `.changeset/api-changes-${Date.now().toString(36)}.md`;
  writeFileSync(resolve(root, file), changesetText(bumps, changes));
  log(`wrote ${file}: check its bumps and reword it if you like, then commit it`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
