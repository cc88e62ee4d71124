// The release gate's rule: when the spec has a breaking change since the base, every published
// package generated from it must be released with a major version (for 0.x: the minor), so that
// `^` ranges do not pull a breaking change into users' installs.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import semver from "semver";

const RANK = { patch: 1, minor: 2, major: 3 };

/** Published packages with code generated from the spec: `[{ name, dir }]`. */
export function generatedPackages(root) {
  const packagesDir = resolve(root, "packages");
  return readdirSync(packagesDir)
    .map((dir) => `packages/${dir}`)
    .filter((dir) => existsSync(resolve(root, dir, "package.json")))
    .map((dir) => ({
      dir,
      pkg: JSON.parse(readFileSync(resolve(root, dir, "package.json"), "utf8")),
    }))
    .filter(({ dir, pkg }) => !pkg.private && existsSync(resolve(root, dir, "src/generated")))
    .map(({ dir, pkg }) => ({ name: pkg.name, dir, version: pkg.version }));
}

/** The bump a breaking change needs from `version`: "major", or "minor" below 1.0.0. */
export const requiredBump = (version) => (semver.major(version) >= 1 ? "major" : "minor");

/** The kind of bump from `from` to `to` ("major" | "minor" | "patch" | undefined when none). */
export function bumpKind(from, to) {
  const diff = semver.diff(from, to);
  return diff ? diff.replace(/^pre/, "").replace("release", "patch") : undefined;
}

/**
 * `{ ok, short }`: `short` lists the packages whose release does not bump enough, each with what
 * it gets and what it needs. `packages`: `[{ name, baseVersion, releaseVersion }]`.
 */
export function checkBumps(packages) {
  const short = [];
  for (const { name, baseVersion, releaseVersion } of packages) {
    if (!baseVersion) continue; // not released at the base: nothing to break
    const needed = requiredBump(baseVersion);
    const got = bumpKind(baseVersion, releaseVersion);
    if ((RANK[got] ?? 0) < RANK[needed])
      short.push({ name, baseVersion, releaseVersion, got, needed });
  }
  return { ok: short.length === 0, short };
}

/** What to tell the user when the bumps fall short. */
export function shortfallMessage(short, base) {
  const lines = short.map(
    (s) =>
      `  ${s.name}: ${s.baseVersion} -> ${s.releaseVersion} (${s.got ?? "no bump"}), needs a ${s.needed}`,
  );
  const frontmatter = short.map((s) => `"${s.name}": ${s.needed}`).join("\n");
  return [
    `release gate: the spec has breaking changes since ${base} (listed above), but this release does not bump enough:`,
    ...lines,
    "Add a changeset with that bump (run `pnpm spec:diff --changeset` to write one that lists the",
    "API changes, then reword its sentence), or make the spec change backwards compatible:",
    "---",
    frontmatter,
    "---",
  ].join("\n");
}

/** A changeset's text: the bump for each package and the API changes as its changelog entry. */
export function changesetText(bumps, changes) {
  const shown = changes.filter((c) => c.class !== "docs");
  const items = shown.map((c) => {
    const where = c.operations.length ? `${c.operations.join(", ")}: ` : "";
    const mark = c.class === "breaking" ? "**Breaking:** " : "";
    return `- ${mark}${where}${c.text.replaceAll("|", "\\|")}`;
  });
  return [
    "---",
    ...bumps.map(({ name, bump }) => `"${name}": ${bump}`),
    "---",
    "",
    "API changes from spec/openapi.yaml:",
    "",
    ...items,
    "",
  ].join("\n");
}
