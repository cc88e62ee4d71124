// The bench report's targets: the issues' own words, each with this run's figure and ✅ or ❌
// (used by report-markdown.mjs), and the number formats the report shares.

export const f = (n, digits = 3) => n.toFixed(digits);
export const mark = (ok) => (ok ? "✅" : "❌");
export const kB = (bytes) => `${f(bytes / 1000, 2)} kB`;

/** Every target of the issues, with this run's figure: [target wording, figure, met]. */
export function targets(r) {
  const up = r.client.upload;
  const get = r.client.retrieve;
  const walk = r.client.walk;
  const file = r.client.uploadFile;
  const core = r.size.find((e) => e.name.includes("what `import { Scenario }` loads"));
  const rows = [
    [
      "`import Scenario` with every operation: ≤ 12 kB min+gzip (size-limit)",
      core ? kB(core.size) : "no such entry in .size-limit.js",
      Boolean(core?.passed && core.sizeLimit <= 12_000),
    ],
  ];
  for (const [name, m] of [
    ["upload", up],
    ["retrieve", get],
  ]) {
    for (const [mode, label] of [
      ["sequential", "sequential"],
      ["inFlight16", "16 in flight"],
    ]) {
      const { ratio, spread } = m.alone[mode];
      rows.push([
        `Throughput ≥ 0.8× the floor (keep-alive \`node:http\` + \`JSON.parse\`) on loopback, for \`${name}\` (${label}), each alone in its process; raw \`fetch\` is at ${f(m[mode].fetch.ratio)}× (beside the floor)`,
        `${f(ratio)}× (spread ${f(spread, 0)} %; beside the floor ${f(m[mode].client.ratio)}×)`,
        ratio >= 0.8,
      ]);
    }
  }
  const walkRatio = walk.alone.ratio;
  rows.push([
    "walking 10,000 assets in pages of 100 with `for await` runs at ≥ 0.85× the floor (a keep-alive `node:http` + `JSON.parse` loop over the same pages), each alone in its process",
    `${f(walkRatio)}× (spread ${f(walk.alone.spread, 0)} %; beside the floor ${f(walk.speed.client.ratio)}×)`,
    walkRatio >= 0.85,
  ]);
  rows.push([
    "The client's own code per call (a stub transport) stays ≤ 10 µs",
    `${f(r.client.ownCost.clientUs, 1)} µs`,
    r.client.ownCost.clientUs <= 10,
  ]);
  const flat = walkIsFlat(walk);
  rows.push([
    "… with flat memory",
    `live heap ${f(walk.liveMiB.firstMiB, 1)} → ${f(walk.liveMiB.highestMiB, 1)} MiB over ${walk.liveMiB.assets.toLocaleString("en")} assets; peak RSS ≤ ${f(flat.worstVsRaw, 2)}× the raw loop's`,
    flat.ok,
  ]);
  rows.push([
    "Throughput: uploading a 1 GiB file to a loopback storage server at ≥ 0.9× the rate of the plainest fast way Node has to PUT the same parts at the same concurrency",
    `${f(file.ratio)}×`,
    file.ratio >= 0.9,
  ]);
  const { big, small } = file.peakMiB.client;
  rows.push([
    "Memory: peak RSS for a 1 GiB file within 10 % of the peak for a 64 MiB file, and ≤ 150 MiB",
    `${f(big, 0)} MiB vs ${f(small, 0)} MiB (${f((big / small - 1) * 100, 1)} %)`,
    big <= small * 1.1 && file.peakMiB.clientBigMax <= 150,
  ]);
  const p = file.progress;
  rows.push([
    "Progress callbacks at least every 1 % or 100 ms",
    `longest gap ${f(p.maxGapMs, 0)} ms; ${p.late} gaps over both 100 ms and 1 %`,
    p.late === 0 && p.reachedTotal,
  ]);
  rows.push([
    "… never more than 20 per second",
    `at most ${p.maxPerSecond} in one second`,
    p.maxPerSecond <= 20,
  ]);
  if (!r.cli.error) {
    rows.push([
      "`scenario --help` at most node + 20 ms (median of paired runs against `node -e 0`)",
      `+${f(r.cli.helpOverheadMs, 1)} ms`,
      r.cli.helpOverheadMs <= 20,
    ]);
  }
  return rows;
}

/**
 * Flat memory while walking pages: the live heap (after a full GC every 10 pages) does not grow
 * over the largest walk (within 1 MiB of its level at 10,000 assets, once the code is warm), and the client's peak RSS stays within
 * 10 % of the raw loop's at every count (what both grow by is the runtime's young generation).
 */
export function walkIsFlat(walk) {
  const counts = Object.keys(walk.peakMiB.client);
  const worstVsRaw = Math.max(...counts.map((n) => walk.peakMiB.client[n] / walk.peakMiB.raw[n]));
  const liveGrowth = walk.liveMiB.highestMiB - walk.liveMiB.firstMiB;
  return { ok: liveGrowth <= 1 && worstVsRaw <= 1.1, worstVsRaw, liveGrowth };
}
