// spec:diff and the release gate end to end, in a throw-away git repository shaped like this one:
// the default base (release tag, else main, else origin/main), exit codes, and the changeset
// that the gate asks for.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main as specDiff } from "../../scripts/spec-diff.mjs";
import { main as releaseGate } from "../../scripts/release-gate.mjs";
import { checkBumps } from "../../scripts/spec-diff/release.mjs";

const SPEC = {
  openapi: "3.1.0",
  info: { title: "fixture", version: "1" },
  paths: {
    "/things": {
      get: { operationId: "listThings", responses: { "200": { description: "ok" } } },
    },
    "/things/{id}": {
      delete: {
        operationId: "deleteThing",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "gone" } },
      },
    },
  },
};
const CONFIG = {
  changelog: false,
  commit: false,
  fixed: [],
  linked: [],
  access: "public",
  baseBranch: "main",
  updateInternalDependencies: "patch",
  ignore: [],
};

let repo: string;
const git = (...args: string[]) =>
  execFileSync(
    "git",
    ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
    {
      cwd: repo,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
const write = (path: string, content: unknown) => {
  mkdirSync(join(repo, path, ".."), { recursive: true });
  writeFileSync(
    join(repo, path),
    typeof content === "string" ? content : JSON.stringify(content, null, 2),
  );
};
const writeSpec = (edit: (d: any) => void) => {
  const doc = structuredClone(SPEC);
  edit(doc);
  write("spec/openapi.yaml", YAML.stringify(doc));
};
const changesets = () => readdirSync(join(repo, ".changeset")).filter((f) => f.endsWith(".md"));
async function run(fn: typeof specDiff | typeof releaseGate, argv: string[] = []) {
  const out: string[] = [];
  const code = await fn(argv, {
    root: repo,
    log: (l: string) => out.push(l),
    error: (l: string) => out.push(l),
  });
  return { code, out: out.join("\n") };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "spec-diff-"));
  execFileSync("git", ["init", "-q", "-b", "main", repo]);
  write("package.json", { name: "fixture", private: true });
  write("pnpm-workspace.yaml", "packages:\n  - packages/*\n");
  write("packages/client/package.json", { name: "@scenario-sdk/client", version: "1.0.0" });
  write("packages/client/src/generated/operations.ts", "export {};\n");
  write(".changeset/config.json", CONFIG);
  writeSpec(() => {});
  git("add", "-A");
  git("commit", "-qm", "first");
  git("tag", "@scenario-sdk/client@1.0.0");
  git("checkout", "-qb", "feature");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("pnpm spec:diff", () => {
  test("an added optional parameter is not breaking: exit 0, compared with the release tag", async () => {
    writeSpec(
      (d) =>
        (d.paths["/things"].get.parameters = [
          { name: "q", in: "query", schema: { type: "string" } },
        ]),
    );
    const { code, out } = await run(specDiff);
    expect(out).toContain("against @scenario-sdk/client@1.0.0");
    expect(out).toMatch(/non-breaking {2}GET \/things: query parameter `q` added/);
    expect(code).toBe(0);
  });

  test("parameters added to an operation that had none: breaking only when one is required", async () => {
    const q = { name: "q", in: "query", required: true, schema: { type: "string" } };
    writeSpec((d) => (d.paths["/things"].get.parameters = [q]));
    const { code, out } = await run(specDiff);
    expect(out).toMatch(/breaking {6}GET \/things: required query parameter `q` added/);
    expect(code).toBe(1);
  });

  test("a removed operation is breaking: exit 1", async () => {
    writeSpec((d) => delete d.paths["/things/{id}"].delete);
    const { code, out } = await run(specDiff);
    expect(out).toMatch(/breaking {6}DELETE \/things\/\{id\}: operation removed/);
    expect(code).toBe(1);
  });

  test("an unknown --base is a one-line error, exit 2", async () => {
    const { code, out } = await run(specDiff, ["--base", "no-such-ref"]);
    expect(out).toBe(
      "error: spec:diff: unknown git ref `no-such-ref`: pass a branch, tag or commit to --base.",
    );
    expect(code).toBe(2);
  });
});

describe("the release gate", () => {
  test("a breaking change with only a patch changeset fails, saying what to add", async () => {
    writeSpec((d) => delete d.paths["/things/{id}"].delete);
    write(".changeset/small-fix.md", '---\n"@scenario-sdk/client": patch\n---\n\nA fix.\n');
    const { code, out } = await run(releaseGate);
    expect(out).toContain("@scenario-sdk/client: 1.0.0 -> 1.0.1 (patch), needs a major");
    expect(out).toContain('"@scenario-sdk/client": major');
    expect(out).toContain("pnpm spec:diff --changeset");
    expect(code).toBe(1);
  });

  test("the changeset spec:diff --changeset writes passes the gate and lists the API changes", async () => {
    const before = new Set(changesets());
    expect((await run(specDiff, ["--changeset"])).code).toBe(1);
    const written = changesets().filter((f) => !before.has(f));
    expect(written).toHaveLength(1);
    const text = readFileSync(join(repo, ".changeset", written[0]!), "utf8");
    expect(text).toContain('"@scenario-sdk/client": major');
    expect(text).toContain("- **Breaking:** DELETE /things/{id}: operation removed");
    const { code, out } = await run(releaseGate);
    expect(out).toContain("released with a major (0.x: minor) bump");
    expect(code).toBe(0);
  });

  test("once `changeset version` has run, the package.json version is what is checked", async () => {
    for (const f of changesets()) rmSync(join(repo, ".changeset", f));
    write("packages/client/package.json", { name: "@scenario-sdk/client", version: "1.1.0" });
    expect((await run(releaseGate)).code).toBe(1);
    write("packages/client/package.json", { name: "@scenario-sdk/client", version: "2.0.0" });
    expect((await run(releaseGate)).code).toBe(0);
  });

  test("below 1.0.0 a minor is enough, a patch is not", () => {
    expect(checkBumps([{ name: "a", baseVersion: "0.3.0", releaseVersion: "0.4.0" }]).ok).toBe(
      true,
    );
    expect(checkBumps([{ name: "a", baseVersion: "0.3.0", releaseVersion: "0.3.1" }]).ok).toBe(
      false,
    );
    expect(checkBumps([{ name: "a", baseVersion: "1.3.0", releaseVersion: "1.4.0" }]).ok).toBe(
      false,
    );
  });
});

describe("the default base", () => {
  test("without a release tag it is main, and in a clone without main, origin/main", async () => {
    writeSpec(() => {});
    git("tag", "-d", "@scenario-sdk/client@1.0.0");
    expect((await run(specDiff)).out).toContain("against main (");
    const clone = mkdtempSync(join(tmpdir(), "spec-diff-clone-"));
    try {
      execFileSync("git", ["clone", "-q", repo, clone]);
      execFileSync("git", ["checkout", "-qb", "pr"], { cwd: clone });
      execFileSync("git", ["branch", "-qD", "feature"], { cwd: clone });
      const out: string[] = [];
      const code = await specDiff([], { root: clone, log: (l: string) => out.push(l) });
      expect(out.join("\n")).toContain("against origin/main (");
      expect(code).toBe(0);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
