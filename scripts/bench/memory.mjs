// Peak RSS of `scenario assets upload` sending files of 5 MB at concurrency 8 to a local
// server: 20, 100 and 300 files (it must not grow with the count) against the bound
// 60 MiB + 3 × concurrency × file size.
import { spawnSync } from "node:child_process";
import { linkSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../generate/spec.mjs";
import { cliEnv, spawnUploadServer } from "./spawn-server.mjs";

const BIN = join(ROOT, "packages/cli/bin.js");
const PRELOAD = fileURLToPath(new URL("./report-rss.cjs", import.meta.url));
const FILE_BYTES = 5 * 1000 * 1000;
const CONCURRENCY = 8;
const MIB = 1024 * 1024;

function peakRssMiB(files, env) {
  const run = spawnSync(
    process.execPath,
    [BIN, "assets", "upload", ...files, "--concurrency", String(CONCURRENCY)],
    {
      env: { ...env, NODE_OPTIONS: `--require ${PRELOAD}` },
      encoding: "utf8",
      maxBuffer: 64 * MIB,
    },
  );
  if (run.status !== 0) throw new Error(`upload failed (${run.status}): ${run.stderr}`);
  const kb = Number(/__PEAK_RSS_KB__ (\d+)/.exec(run.stderr)?.[1]);
  return (kb * 1024) / MIB;
}

export async function benchMemory({ counts = [20, 100, 300] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "scenario-memory-"));
  const server = await spawnUploadServer();
  try {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 100 distinct files; more are hard links to them (other paths, no more disk)
    const files = Array.from({ length: Math.max(...counts) }, (_, i) => {
      const path = join(dir, `big-${i}.png`);
      if (i >= 100) {
        linkSync(join(dir, `big-${i % 100}.png`), path);
        return path;
      }
      const bytes = new Uint8Array(FILE_BYTES);
      bytes.set(png);
      bytes[8] = i & 0xff;
      writeFileSync(path, bytes);
      return path;
    });
    const env = cliEnv(server, dir);
    const peaks = {};
    for (const count of counts) peaks[count] = peakRssMiB(files.slice(0, count), env);
    const boundMiB = 60 + (3 * CONCURRENCY * FILE_BYTES) / MIB;
    return { fileMB: FILE_BYTES / 1e6, concurrency: CONCURRENCY, peaks, boundMiB };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchMemory();
  const peaks = Object.entries(r.peaks).map(([n, mib]) => `${n} files ${mib.toFixed(0)} MiB`);
  console.log(
    `peak RSS, files of ${r.fileMB} MB at concurrency ${r.concurrency}: ${peaks.join(", ")} (bound ${r.boundMiB.toFixed(0)} MiB)`,
  );
}
