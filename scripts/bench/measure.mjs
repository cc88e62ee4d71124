// Small measuring helpers shared by the benchmarks: rounds, medians and spreads, and ratios
// against a baseline measured in the same run (these machines are noisy).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
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

/** Interquartile range / median, in percent: how far the middle half of the rounds spreads. */
export function iqr(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
  };
  return ((at(0.75) - at(0.25)) / median(values)) * 100;
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

/**
 * Requests per second of the async `fn` run `total` times, `inFlight` at once, and the CPU time
 * this process spent per request (µs): steadier than wall-clock throughput on a busy machine.
 */
export async function throughput(fn, total, inFlight) {
  let next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < total) await fn();
    }),
  );
  const rps = total / ((performance.now() - start) / 1000);
  const used = process.cpuUsage(cpu);
  return { rps, cpuUs: (used.user + used.system) / total };
}

/**
 * Many short blocks, each subject paired with a block of the `baseline` run just before or just
 * after it (the order alternates by round, the subjects' order rotates): each ratio is taken
 * between two blocks run moments apart, so that load from elsewhere on a noisy 2-core machine hits
 * both alike. `run(fn)` measures one block and returns { rate, cpuUs? } (higher rate is better).
 * Returns, per subject, the median rate, the median of its per-round ratios to the baseline, their
 * spread (interquartile range over median, %) and the median CPU per operation (µs, this process).
 */
export async function compareRounds(
  subjects,
  run,
  { baseline = "raw", rounds = 15, warmup = 1 } = {},
) {
  const names = Object.keys(subjects);
  const others = names.filter((name) => name !== baseline);
  for (let i = 0; i < warmup; i++) for (const name of names) await run(subjects[name]);
  const rates = Object.fromEntries(names.map((name) => [name, []]));
  const ratios = Object.fromEntries(names.map((name) => [name, []]));
  const cpu = Object.fromEntries(names.map((name) => [name, []]));
  const cpuRatios = Object.fromEntries(names.map((name) => [name, []]));
  const measure = async (name) => {
    const m = await run(subjects[name]);
    rates[name].push(m.rate);
    if (m.cpuUs !== undefined) cpu[name].push(m.cpuUs);
    return m;
  };
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < others.length; k++) {
      const name = others[(round + k) % others.length];
      let base;
      let m;
      if ((round + k) % 2) {
        m = await measure(name);
        base = await measure(baseline);
      } else {
        base = await measure(baseline);
        m = await measure(name);
      }
      ratios[name].push(m.rate / base.rate);
      if (m.cpuUs !== undefined) cpuRatios[name].push(m.cpuUs / base.cpuUs);
    }
  }
  ratios[baseline] = [1];
  cpuRatios[baseline] = [1];
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        rate: median(rates[name]),
        ratio: median(ratios[name]),
        spread: iqr(ratios[name]),
        // CPU per operation relative to the baseline's in the same pair (cost: lower is better)
        ...(cpu[name].length
          ? { cpuUs: median(cpu[name]), cpuRatio: median(cpuRatios[name]) }
          : {}),
      },
    ]),
  );
}

/** Peak RSS (MiB, VmHWM) of `node args`, reported by report-rss.cjs; and the child's stdout. */
export function childPeakRss(args, { env = process.env, cwd } = {}) {
  const preload = fileURLToPath(new URL("./report-rss.cjs", import.meta.url));
  const run = spawnSync(process.execPath, args, {
    cwd,
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require ${preload}`.trim() },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`node ${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  }
  const kb = Number(/__PEAK_RSS_KB__ (\d+)/.exec(run.stderr)?.[1]);
  if (!kb) throw new Error(`no peak RSS reported by node ${args.join(" ")}: ${run.stderr}`);
  return { peakMiB: kb / 1024, stdout: run.stdout };
}

/**
 * Request throughput of each subject against `subjects.raw`, sequential and 16 in flight
 * (BENCH_IN_FLIGHT picks one): `compareRounds` over blocks of `total` requests (twice as many
 * with 16 in flight, so that a block is not over before every request has had its turn), after
 * `warmup` blocks of each (5: the JIT has compiled the hot path of a client, which has more code
 * than the floor, by then, as in any process that sends many requests).
 */
export async function compareHttp(subjects, { rounds = 30, total = 200, warmup = 5 } = {}) {
  const modes = process.env.BENCH_IN_FLIGHT ? [Number(process.env.BENCH_IN_FLIGHT)] : [1, 16];
  const results = {};
  for (const inFlight of modes) {
    const run = async (fn) => {
      const { rps, cpuUs } = await throughput(fn, inFlight === 1 ? total : total * 2, inFlight);
      return { rate: rps, cpuUs };
    };
    results[inFlight === 1 ? "sequential" : `inFlight${inFlight}`] = await compareRounds(
      subjects,
      run,
      { rounds, warmup },
    );
  }
  return results;
}
