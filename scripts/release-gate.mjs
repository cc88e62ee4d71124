// `pnpm release:check [--base REF]` (run by `pnpm test` and the release workflow): a breaking
// spec change since the base (see spec:diff) must ship as a major version (0.x: the minor) of
// every package generated from the spec. The version a package is released with is the one the
// pending changesets give it, or, once `changeset version` has run, its package.json version.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import getReleasePlanModule from "@changesets/get-release-plan";
import { ROOT } from "./generate/spec.mjs";
import { compareWithBase } from "./spec-diff.mjs";
import { formatChanges, hasBreaking } from "./spec-diff/classify.mjs";
import { UserError, yamlAt } from "./spec-diff/git.mjs";
import { checkBumps, generatedPackages, shortfallMessage } from "./spec-diff/release.mjs";

const getReleasePlan = getReleasePlanModule.default ?? getReleasePlanModule;

/** `[{ name, baseVersion, releaseVersion }]` for each package generated from the spec. */
export async function releaseVersions(ref, root = ROOT) {
  const plan = await getReleasePlan(root);
  return generatedPackages(root).map(({ name, dir, version }) => ({
    name,
    baseVersion: yamlAt(ref, `${dir}/package.json`, root)?.version,
    releaseVersion: plan.releases.find((r) => r.name === name)?.newVersion ?? version,
  }));
}

export async function main(argv, { root = ROOT, log = console.log, error = console.error } = {}) {
  const { values } = parseArgs({ args: argv, options: { base: { type: "string" } } });
  try {
    const { ref, label, changes } = compareWithBase({ base: values.base, root });
    if (!hasBreaking(changes)) {
      log(`release gate: no breaking API change since ${label}`);
      return 0;
    }
    const { ok, short } = checkBumps(await releaseVersions(ref, root));
    if (ok) {
      log(
        `release gate: breaking API changes since ${label}, released with a major (0.x: minor) bump`,
      );
      return 0;
    }
    error(formatChanges(changes.filter((c) => c.class === "breaking")));
    error(shortfallMessage(short, label));
    return 1;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    error(`error: release gate: ${e.message}`);
    return 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(`error: release gate failed: ${e.message}`);
      process.exitCode = 1;
    },
  );
}
