// The spec and package versions at a git ref, and the default base to compare with: the latest
// release tag of the packages reachable from HEAD (changesets tags `@scenario-sdk/client@1.2.0`),
// else `main`, else `origin/main` (a CI checkout may only have the remote branch).
import { execFileSync } from "node:child_process";
import semver from "semver";
import YAML from "yaml";
import { ROOT } from "../generate/spec.mjs";

/** A mistake the user can fix: printed as one line, no stack trace. */
export class UserError extends Error {}

function git(args, cwd = ROOT) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function refExists(ref, cwd) {
  try {
    git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/** The highest `@scenario-sdk/*@x.y.z` tag reachable from HEAD, or undefined. */
export function latestReleaseTag(cwd = ROOT) {
  let tags = [];
  try {
    tags = git(["tag", "--merged", "HEAD", "--list", "@scenario-sdk/*@*"], cwd).split("\n");
  } catch {
    return undefined; // not a git checkout, or no commit yet
  }
  const versioned = tags
    .map((tag) => ({ tag, version: semver.valid(tag.slice(tag.lastIndexOf("@") + 1)) }))
    .filter((t) => t.version);
  versioned.sort((a, b) => semver.rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
  return versioned[0]?.tag;
}

/** `{ ref, reason }` of the base to compare with when none is given. */
export function defaultBase(cwd = ROOT) {
  const tag = latestReleaseTag(cwd);
  if (tag) return { ref: tag, reason: "latest release tag" };
  for (const ref of ["main", "origin/main"]) {
    if (refExists(ref, cwd)) return { ref, reason: "no release tag yet" };
  }
  throw new UserError(
    "no base to compare with: no release tag (@scenario-sdk/*@x.y.z), no `main` and no `origin/main` here. " +
      "Fetch them (`git fetch origin main --tags`) or pass --base REF.",
  );
}

/** The parsed file at `ref`, or undefined when the ref has no such file. */
export function yamlAt(ref, file, cwd = ROOT) {
  if (!refExists(ref, cwd)) {
    throw new UserError(`unknown git ref \`${ref}\`: pass a branch, tag or commit to --base.`);
  }
  try {
    return YAML.parse(git(["show", `${ref}:${file}`], cwd));
  } catch (error) {
    if (/does not exist|exists on disk, but not in/.test(String(error.stderr))) return undefined;
    throw new UserError(
      `could not read ${file} at ${ref}: ${String(error.stderr || error.message).trim()}`,
    );
  }
}

/** The commit a ref points at, short, for the report's first line. */
export const shortCommit = (ref, cwd = ROOT) =>
  git(["rev-parse", "--short", `${ref}^{commit}`], cwd).trim();
