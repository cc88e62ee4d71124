// `pnpm demo`: the main job against the embedded mock. Starts Prism from the spec on 127.0.0.1,
// uploads examples/sample.png with the `scenario` CLI, lists the assets, prints the results,
// stops the mock (also on failure or Ctrl-C).
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "./generate/spec.mjs";
import { startPrism } from "@scenario-sdk/test-utils/prism";

const CLI = resolve(ROOT, "packages/cli/bin.js");
const SAMPLE = "examples/sample.png";

function runCli(args, env) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: "inherit", env });
    child.on("exit", (code, signal) => done(code ?? (signal ? 130 : 1)));
  });
}

export async function demo() {
  let prism;
  // Ctrl-C at any point, Prism's start-up included, stops the mock before exiting
  const stopAndExit = async () => {
    await prism?.stop();
    process.exit(130);
  };
  process.once("SIGINT", stopAndExit);
  process.once("SIGTERM", stopAndExit);
  try {
    console.error("demo: starting the mock API (Prism, from spec/openapi.yaml)…");
    prism = await startPrism();
    console.error(`demo: mock listening on ${prism.url}\n`);
    // Demo credentials: the mock checks that an Authorization header is present, not its value.
    const env = {
      ...process.env,
      SCENARIO_SDK_API_KEY: "demo-key",
      SCENARIO_SDK_API_SECRET: "demo-secret",
    };
    const base = ["--base-url", prism.url, "--max-retries", "0"];
    console.error(`$ scenario assets upload ${SAMPLE} --collection col_demo`);
    const plain = await runCli(
      ["assets", "upload", SAMPLE, "--collection", "col_demo", ...base],
      env,
    );
    console.error(`\n$ scenario assets upload ${SAMPLE} --json`);
    const json =
      plain === 0 ? await runCli(["assets", "upload", SAMPLE, "--json", ...base], env) : plain;
    // the mock answers every listing with the spec's example page
    console.error("\n$ scenario assets list --collection col_demo --limit 10");
    const list =
      json === 0
        ? await runCli(
            ["assets", "list", "--collection", "col_demo", "--limit", "10", ...base],
            env,
          )
        : json;
    const code = plain || json || list;
    console.error(code === 0 ? "\ndemo: done." : `\ndemo: the CLI exited with ${code}.`);
    return code;
  } finally {
    process.off("SIGINT", stopAndExit);
    process.off("SIGTERM", stopAndExit);
    await prism?.stop();
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
