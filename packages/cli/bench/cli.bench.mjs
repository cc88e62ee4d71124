// `pnpm bench` (cli): start-up of `scenario --help` and of one upload vs `node -e 0`, and bulk
// upload throughput of 200 small files at concurrency 1 and 8 against a local server.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, startOverheadMs } from "../../../scripts/bench/measure.mjs";
import { cliEnv, spawnUploadServer } from "../../../scripts/bench/spawn-server.mjs";

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
  try {
    const env = cliEnv(server, dir);
    const help = startOverheadMs([BIN, "--help"]);
    const one = startOverheadMs([BIN, "assets", "upload", files[0]], { rounds: 11, env });
    return {
      nodeMs: help.baseline,
      helpOverheadMs: help.overhead,
      uploadOneOverheadMs: one.overhead,
      filesPerSecond1: bulkFilesPerSecond(files, 1, env),
      filesPerSecond8: bulkFilesPerSecond(files, 8, env),
    };
  } finally {
    await server.stop();
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
    `bulk upload of 200 small files: ${r.filesPerSecond1.toFixed(0)} files/s at concurrency 1, ${r.filesPerSecond8.toFixed(0)} files/s at concurrency 8`,
  );
}
