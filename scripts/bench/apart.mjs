// Benchmarks whose subjects run in processes of their own (apart-child.mjs runs one), because
// libraries measured in one process slow each other down: their code and garbage share one heap,
// JIT and GC, and node:http's own functions see every caller's shapes. Two ways:
// - `compareApart`: each subject beside the floor in its own process, in paired blocks (fast;
//   every peer in the report is measured so);
// - `compareAlone`: the subject alone in one process and the floor alone in another, processes
//   alternated round by round (slower; the figure the targets are judged on, since nothing can
//   slow the floor beside the subject there).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { iqr, median, throughput } from "./measure.mjs";

/** The control subject: the floor beside a second copy of itself (its ratio should be ~1). */
export const CONTROL = "floor";

const APART_CHILD = fileURLToPath(new URL("./apart-child.mjs", import.meta.url));

/** Runs apart-child.mjs for `name` and returns its JSON (`alone`: that subject by itself). */
function child(moduleUrl, bench, name, url, options, alone = false) {
  const run = spawnSync(
    process.execPath,
    [
      APART_CHILD,
      moduleUrl,
      bench,
      name,
      url,
      JSON.stringify(options),
      ...(alone ? ["alone"] : []),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`the ${name} benchmark failed (${run.status})`);
  return JSON.parse(run.stdout);
}

/**
 * Each of `names` measured against the floor ("raw"), each pair in a fresh process of its own,
 * one after the other. `bench` names the export `{ subjects, compare, alone }` of the module at
 * `moduleUrl` (see apart-child.mjs). The result has compare's shape, `{ [mode]: { [subject]:
 * figures } }` or `{ [subject]: figures }`, each subject's figures with `floorRate`, the floor's
 * rate beside it; the floor's own row is the one measured beside the first subject (make it
 * CONTROL, so that row is the floor undisturbed).
 */
export function compareApart(moduleUrl, bench, url, names, options = {}) {
  const results = {};
  for (const name of names) {
    const one = child(moduleUrl, bench, name, url, options);
    // compareHttp's result has a level per mode (sequential, inFlight16); compareRounds' has not
    const byMode = "raw" in one ? { "": one } : one;
    for (const [mode, subjects] of Object.entries(byMode)) {
      const into = mode ? (results[mode] ??= {}) : results;
      into.raw ??= subjects.raw;
      // the floor's rate in this subject's process: a subject can slow the floor beside it
      into[name] = { ...subjects[name], floorRate: subjects.raw.rate };
    }
  }
  return results;
}

/**
 * `name` and the floor, each alone in a fresh process, `rounds` times in alternating order: per
 * mode, the median of the per-round ratios (subject's rate / floor's rate), their spread
 * (interquartile range over median, %), both medians of rate and the median CPU ratio.
 */
export function compareAlone(moduleUrl, bench, url, name, { rounds = 11, ...options } = {}) {
  const pairs = [];
  for (let round = 0; round < rounds; round++) {
    const pair = {};
    for (const who of round % 2 ? [name, "raw"] : ["raw", name]) {
      pair[who] = child(moduleUrl, bench, who, url, options, true);
    }
    pairs.push(pair);
  }
  const of = (mode, key) => pairs.map((pair) => pair[name][mode][key] / pair.raw[mode][key]);
  return Object.fromEntries(
    Object.keys(pairs[0].raw).map((mode) => [
      mode,
      {
        rounds,
        ratio: median(of(mode, "rate")),
        spread: iqr(of(mode, "rate")),
        rate: median(pairs.map((pair) => pair[name][mode].rate)),
        floorRate: median(pairs.map((pair) => pair.raw[mode].rate)),
        cpuRatio: median(of(mode, "cpuUs")),
      },
    ]),
  );
}

/**
 * One subject alone (compareAlone's child): `warmup` requests one at a time first (a process of
 * its own starts cold: the JIT needs a few thousand requests), then per mode (sequential, 16 in
 * flight) 2 more blocks and the median rate and CPU per request of `blocks` blocks, each of
 * `total` requests (twice as many with 16 in flight), as compareHttp measures them.
 */
export async function aloneHttp(fn, { total = 200, warmup = 4000, blocks = 9 } = {}) {
  const modes = process.env.BENCH_IN_FLIGHT ? [Number(process.env.BENCH_IN_FLIGHT)] : [1, 16];
  await throughput(fn, warmup, 1);
  const out = {};
  for (const inFlight of modes) {
    const count = inFlight === 1 ? total : total * 2;
    for (let i = 0; i < 2; i++) await throughput(fn, count, inFlight);
    const rates = [];
    const cpu = [];
    for (let i = 0; i < blocks; i++) {
      const m = await throughput(fn, count, inFlight);
      rates.push(m.rps);
      cpu.push(m.cpuUs);
    }
    out[inFlight === 1 ? "sequential" : `inFlight${inFlight}`] = {
      rate: median(rates),
      cpuUs: median(cpu),
    };
  }
  return out;
}
