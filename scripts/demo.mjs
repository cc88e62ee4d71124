// `pnpm demo`: a team's day against a local mock that keeps state (scripts/lib/demo-mock.mjs:
// Prism checks every API request against the spec, a small stand-in remembers assets and serves
// storage and the CDN). Uploads an image and a text file (sent in parts), lists, gets, tags and
// downloads with the `scenario` CLI, checks the downloaded bytes, then stops the mock (also on
// failure or Ctrl-C). Nothing to install by hand: Prism is a dev dependency.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./generate/spec.mjs";
import { startDemoMock } from "./lib/demo-mock.mjs";

const CLI = resolve(ROOT, "packages/cli/bin.js");
const SAMPLE = "examples/sample.png";

/** Runs the CLI with stderr shown; stdout shown and returned. */
function runCli(args, env) {
  console.error(`\n$ scenario ${args.filter((a) => !a.startsWith("--base-url=")).join(" ")}`);
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
      env,
    });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on("exit", (code, signal) => done({ code: code ?? (signal ? 130 : 1), stdout }));
  });
}

/** The text of the one file `download` wrote in `dir` (its bookkeeping files are hidden). */
function readDownloaded(dir) {
  const files = readdirSync(dir).filter((name) => !name.startsWith("."));
  console.error(`\n$ cat ${files.map((f) => join("downloads", f)).join(" ")}`);
  const text = files.map((f) => readFileSync(join(dir, f), "utf8")).join("");
  process.stdout.write(text);
  return text;
}

export async function demo() {
  let mock;
  const work = mkdtempSync(join(tmpdir(), "scenario-demo-"));
  // Ctrl-C at any point, the mock's start-up included, stops the mock before exiting
  const stopAndExit = async () => {
    await mock?.stop();
    rmSync(work, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", stopAndExit);
  process.once("SIGTERM", stopAndExit);
  try {
    console.error(
      "demo: starting the mock API (Prism from spec/openapi.yaml + a stateful stand-in)…",
    );
    mock = await startDemoMock();
    console.error(`demo: mock listening on ${mock.url}`);
    // Demo credentials: the mock checks that an Authorization header is present, not its value.
    const env = {
      ...process.env,
      SCENARIO_SDK_API_KEY: "demo-key",
      SCENARIO_SDK_API_SECRET: "demo-secret",
      SCENARIO_BASE_URL: mock.url,
      SCENARIO_PROFILE: "",
      XDG_CONFIG_HOME: join(work, "config"),
    };
    const notes = join(work, "meeting-notes.txt");
    const text = "Scenario demo: a text file that is not an image, sent in parts.\n";
    writeFileSync(notes, text);
    const steps = [
      ["assets", "upload", SAMPLE, "--collection", "col_demo", "--max-retries", "0"],
      ["assets", "upload", notes, "--json"],
    ];
    let code = 0;
    let assetId;
    for (const args of steps) {
      const result = await runCli(args, env);
      code ||= result.code;
      if (args.includes("--json") && result.code === 0) assetId = JSON.parse(result.stdout).assetId;
    }
    if (!assetId) throw new Error("the text file's upload gave no asset id");
    const out = join(work, "downloads");
    for (const args of [
      ["assets", "list", "--limit", "10"],
      ["assets", "get", assetId],
      ["assets", "tag", assetId, "--add", "demo", "--add", "notes"],
      ["assets", "download", assetId, "--out", out],
    ]) {
      if (code) break;
      code = (await runCli(args, env)).code;
    }
    if (code === 0) {
      const same = readDownloaded(out) === text;
      console.error(
        same
          ? "\ndemo: the downloaded file has the uploaded bytes."
          : "\ndemo: the downloaded file differs!",
      );
      if (!same) code = 1;
    }
    console.error(code === 0 ? "\ndemo: done." : `\ndemo: the CLI exited with ${code}.`);
    return code;
  } finally {
    process.off("SIGINT", stopAndExit);
    process.off("SIGTERM", stopAndExit);
    await mock?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  demo().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`demo: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
