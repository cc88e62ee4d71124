// Small measuring helpers shared by the benchmarks: rounds, medians and spreads, and ratios
// against a baseline measured in the same run (these machines are noisy).
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Spread as (max − min) / median, in percent. */
export function spread(values) {
  return ((Math.max(...values) - Math.min(...values)) / median(values)) * 100;
}

/** Operations per second of a synchronous `fn`, over `ms` milliseconds. */
export function opsPerSecond(fn, ms = 300) {
  let n = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

/**
 * Interleaves rounds of `subject` and `baseline` (so drift hits both alike) and returns the
 * median ops/s of each and the median of the per-round ratios subject/baseline.
 */
export function compareSync(subject, baseline, { rounds = 7, ms = 300 } = {}) {
  for (let i = 0; i < 3; i++) {
    // warm up
    opsPerSecond(subject, 50);
    opsPerSecond(baseline, 50);
  }
  const s = [];
  const b = [];
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    const so = opsPerSecond(subject, ms);
    const bo = opsPerSecond(baseline, ms);
    s.push(so);
    b.push(bo);
    ratios.push(so / bo);
  }
  return { subject: median(s), baseline: median(b), ratio: median(ratios), spread: spread(ratios) };
}

/** Median wall time in ms of running `node args` (cold start), over `rounds` runs. */
export function nodeStartMs(args, { rounds = 11, cwd, env } = {}) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const { status, stderr } = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8" });
    if (status !== 0) throw new Error(`node ${args.join(" ")} failed: ${stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(times), spread: spread(times) };
}

/**
 * Start-up cost of `node args` over `node baselineArgs`: runs them in turns and returns the
 * median of the per-pair differences (ms), so that drift on the machine cancels out.
 */
export function startOverheadMs(args, { baselineArgs = ["-e", "0"], rounds = 21, env } = {}) {
  const diffs = [];
  const baseline = [];
  for (let i = 0; i < rounds; i++) {
    const b = nodeStartMs(baselineArgs, { rounds: 1, env }).median;
    const s = nodeStartMs(args, { rounds: 1, env }).median;
    baseline.push(b);
    diffs.push(s - b);
  }
  return { overhead: median(diffs), baseline: median(baseline) };
}

/** min+gzip bytes of what a browser bundle of `entry` contains (esbuild, ESM, minified). */
export async function bundleSize(entry, { external = [] } = {}) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
