// `pnpm bench` (cli): start-up of `scenario --help`, of one upload and of one `assets get` vs
// `node -e 0` (the get also through the fetch path a proxy variable selects, loopback excluded by
// NO_PROXY, for comparison), and bulk upload throughput of 200 small files at concurrency 1 and 8
// against a local server.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, startOverheadMs } from "../../../scripts/bench/measure.mjs";
import { cliEnv, spawnServer, spawnUploadServer } from "../../../scripts/bench/spawn-server.mjs";

const BIN = fileURLToPath(new URL("../bin.js", import.meta.url));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function bulkFilesPerSecond(files, concurrency, env, rounds = 3) {
  const rates = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [BIN, "assets", "upload", ...files, "--concurrency", String(concurrency)],
      {
        env,
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(`bulk upload failed: ${run.stderr}`);
    rates.push(files.length / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

export async function benchCli() {
  const dir = mkdtempSync(join(tmpdir(), "scenario-bench-"));
  const files = Array.from({ length: 200 }, (_, i) => {
    const path = join(dir, `f${i}.png`);
    writeFileSync(path, new Uint8Array([...PNG, i & 0xff]));
    return path;
  });
  const server = await spawnUploadServer();
  const reads = await spawnServer("assets-server.mjs");
  try {
    const env = cliEnv(server, dir);
    const help = startOverheadMs([BIN, "--help"]);
    const one = startOverheadMs([BIN, "assets", "upload", files[0]], { rounds: 11, env });
    const readEnv = { ...cliEnv(reads, dir), SCENARIO_PROJECT_ID: "proj_bench" };
    const get = [BIN, "assets", "get", "asset_bench1"];
    const getNode = startOverheadMs(get, { rounds: 15, env: readEnv });
    // the fetch path: what the CLI takes when a proxy variable is set (undici loaded with it)
    const proxied = { ...readEnv, https_proxy: "http://127.0.0.1:9", no_proxy: "127.0.0.1" };
    const getFetch = startOverheadMs(get, { rounds: 15, env: proxied });
    return {
      nodeMs: help.baseline,
      helpOverheadMs: help.overhead,
      uploadOneOverheadMs: one.overhead,
      getOneOverheadMs: getNode.overhead,
      getOneFetchOverheadMs: getFetch.overhead,
      filesPerSecond1: bulkFilesPerSecond(files, 1, env),
      filesPerSecond8: bulkFilesPerSecond(files, 8, env),
    };
  } finally {
    await Promise.all([server.stop(), reads.stop()]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchCli();
  console.log(`node -e 0: ${r.nodeMs.toFixed(0)} ms`);
  console.log(
    `scenario --help: +${r.helpOverheadMs.toFixed(1)} ms over node -e 0 (target ≤ +20 ms, issue 19)`,
  );
  console.log(
    `scenario assets upload (one file, local server): +${r.uploadOneOverheadMs.toFixed(1)} ms over node -e 0`,
  );
  console.log(
    `scenario assets get (one asset, local server): +${r.getOneOverheadMs.toFixed(1)} ms over node -e 0; through fetch (a proxy variable set): +${r.getOneFetchOverheadMs.toFixed(1)} ms`,
  );
  console.log(
    `bulk upload of 200 small files: ${r.filesPerSecond1.toFixed(0)} files/s at concurrency 1, ${r.filesPerSecond8.toFixed(0)} files/s at concurrency 8`,
  );
}
