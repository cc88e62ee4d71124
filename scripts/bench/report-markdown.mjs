// The bench report as Markdown (bench/results.md): the targets, then each benchmark's table.
import { f, kB, mark, targets, walkIsFlat } from "./report-targets.mjs";

const SUBJECTS = {
  raw: "floor: keep-alive `node:http` + `JSON.parse`",
  floor: "control: the floor beside a second copy of itself",
  fetch: "raw `fetch`",
  client: "**@scenario-sdk/client**",
  rawClientInit: "raw `fetch` with the client's RequestInit (60 s timeout signal, no redirects)",
  openapiFetch: "openapi-fetch alone",
  ky: "ky",
  axios: "axios",
};

/** The floor's rate beside a subject (its own row: the undisturbed floor, beside the control). */
const floorBeside = (m) => (m.floorRate === undefined ? "" : `${Math.round(m.floorRate)}/s`);

function httpTable(results) {
  const rows = [];
  for (const [mode, label] of [
    ["sequential", "sequential"],
    ["inFlight16", "16 in flight"],
  ]) {
    for (const [name, m] of Object.entries(results[mode])) {
      const ratio =
        name === "client" ? `**${f(m.ratio)}×** (spread ${f(m.spread, 0)} %)` : `${f(m.ratio)}×`;
      rows.push(
        `| ${label} | ${SUBJECTS[name] ?? name} | ${Math.round(m.rate)} req/s | ${ratio} | ${floorBeside(m)} | ${f(m.cpuUs, 0)} µs (${f(m.cpuRatio, 2)}×) |`,
      );
    }
  }
  const alone = ["sequential", "inFlight16"]
    .map((mode) => {
      const a = results.alone[mode];
      return `${mode === "sequential" ? "sequential" : "16 in flight"} **${f(a.ratio)}×** ${mark(a.ratio >= 0.8)} (spread ${f(a.spread, 0)} %, floor ${Math.round(a.floorRate)}/s, client ${Math.round(a.rate)}/s, CPU ${f(a.cpuRatio, 2)}× the floor's)`;
    })
    .join("; ");
  return `| | subject | throughput | ratio to the floor in its process | the floor in its process | CPU per request (vs the floor's) |
| --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

**The target's figure (≥ 0.8×): the client and the floor each alone in a process, the processes
alternated ${results.alone.sequential.rounds} times** (no library beside the floor to slow it): ${alone}.`;
}

export function markdown(r) {
  const { upload, retrieve, ownCost, walk, uploadFile: file } = r.client;
  const mem = r.memory;
  const flat = walkIsFlat(walk);
  const sp = walk.speed;
  const counts = Object.keys(walk.peakMiB.client);
  const rows = targets(r);
  const missed = rows.filter(([, , ok]) => !ok).length;
  const p = file.progress;
  return `# Benchmark results

${r.date} · Node ${r.node} · ${r.cores} cores (${r.cpu}) · ${r.seconds} s

Every figure is measured in this run against a baseline of the same run; medians of rounds, the
subject and its baseline run in adjacent blocks, in alternating order. Targets in the issues'
words (issues 13, 14 and 19); the HTTP floor is a keep-alive \`node:http\` request +
\`JSON.parse\` (scripts/bench/floor.mjs); ✅ met, ❌ missed in this run (${missed} missed).

## Targets

| target | this run | |
| --- | --- | --- |
${rows.map(([target, figure, ok]) => `| ${target} | ${figure} | ${mark(ok)} |`).join("\n")}

## \`client.assets.upload\` against a loopback server

POST /assets with a 1×1 PNG. Each subject runs beside the floor in a fresh process of its own,
after 5 blocks of each to warm up: libraries measured in one process slow each other down (their
code and garbage share one heap, JIT and GC). Each ratio in the table is to the floor of the
subject's own process, whose rate is shown beside it: a library that slows the floor beside it
looks better by that ratio than it is, so compare that rate with the floor's own row (measured
beside the control, a second copy of the floor). The client's target is judged without that
effect, on the figure below the table.

${httpTable(upload)}

## \`client.assets.retrieve\` against a loopback server

GET /assets/{id}?projectId=…, each subject beside the floor in a process of its own, as above.

${httpTable(retrieve)}

The client's own code per call, without a network (a stub at the transport seam: an \`Exchange\` that answers at once, no socket, no fetch):
${f(ownCost.clientUs, 1)} µs per \`retrieve\`, vs ${f(ownCost.rawUs, 1)} µs for the stub + \`JSON.parse\`.

## Walking pages: \`for await (const a of client.assets.list({ pageSize: 100 }))\`

${walk.assets.toLocaleString("en")} assets (the spec's list examples, distinct ids), pages of ${walk.pageSize}, an awkward token
(\`+\`, \`/\`, \`=\`, spaces) that the server checks byte for byte. Each subject beside the floor in a process
of its own, as above, after 2 walks of each to warm up.

| subject | assets/s | ratio to the floor in its process | the floor in its process | CPU per page (vs the floor's) |
| --- | --- | --- | --- | --- |
| floor: keep-alive \`node:http\` + \`JSON.parse\` loop | ${Math.round(sp.raw.rate)} | 1.000× | | ${f(sp.raw.cpuUs, 0)} µs |
| control: the floor beside a second copy of itself | ${Math.round(sp.floor.rate)} | ${f(sp.floor.ratio)}× | ${floorBeside(sp.floor)} | ${f(sp.floor.cpuUs, 0)} µs (${f(sp.floor.cpuRatio, 2)}×) |
| raw \`fetch\` + \`JSON.parse\` loop | ${Math.round(sp.fetch.rate)} | ${f(sp.fetch.ratio)}× | ${floorBeside(sp.fetch)} | ${f(sp.fetch.cpuUs, 0)} µs (${f(sp.fetch.cpuRatio, 2)}×) |
| **\`for await\` over items** | ${Math.round(sp.client.rate)} | **${f(sp.client.ratio)}×** (spread ${f(sp.client.spread, 0)} %) | ${floorBeside(sp.client)} | ${f(sp.client.cpuUs, 0)} µs (${f(sp.client.cpuRatio, 2)}×) |
| \`iterPages()\` + a plain loop | ${Math.round(sp.clientPages.rate)} | ${f(sp.clientPages.ratio)}× | ${floorBeside(sp.clientPages)} | ${f(sp.clientPages.cpuUs, 0)} µs (${f(sp.clientPages.cpuRatio, 2)}×) |

**The target's figure (≥ 0.85×): the client's walk and the floor's each alone in a process, the
processes alternated ${walk.alone.rounds} times:** **${f(walk.alone.ratio)}×** ${mark(walk.alone.ratio >= 0.85)} (spread ${f(walk.alone.spread, 0)} %, floor ${Math.round(walk.alone.floorRate)} assets/s, client ${Math.round(walk.alone.rate)} assets/s, CPU ${f(walk.alone.cpuRatio, 2)}× the floor's).

Memory: peak RSS (VmHWM) of a fresh process doing one walk (the raw loop is the \`fetch\` one).

| assets | client | raw loop | client / raw |
| --- | --- | --- | --- |
${counts.map((n) => `| ${Number(n).toLocaleString("en")} | ${f(walk.peakMiB.client[n], 1)} MiB | ${f(walk.peakMiB.raw[n], 1)} MiB | ${f(walk.peakMiB.client[n] / walk.peakMiB.raw[n], 2)}× |`).join("\n")}

The client's live heap (after a full GC every 10 pages) walking ${walk.liveMiB.assets.toLocaleString("en")} assets: ${f(walk.liveMiB.firstMiB, 1)} MiB
after the first 10,000, at most ${f(walk.liveMiB.highestMiB, 1)} MiB after that: nothing is kept per page. Peak RSS rises with the
count for the raw loop as much as for the client: V8 grows its young generation (up to 32 MiB)
under a sustained allocation rate. Flat ${mark(flat.ok)} (live heap within 1 MiB, peak ≤ 1.1× the raw loop's at every count).

## \`client.uploads.uploadFile\`: ${file.fileMiB / 1024} GiB, concurrency ${file.concurrency}, ${file.partMiB} MiB parts

Each upload in a fresh process against a loopback API + storage server (its own process); the
baseline PUTs the same parts with \`node:http\` requests piping \`fs.createReadStream\` ranges, at
the same concurrency, and makes the same API calls with \`fetch\`. The server checks that every
byte arrived, that no storage request carried credentials, and that \`complete\` came once.
${file.rounds} rounds.

| | client | \`node:http\` + \`fs.createReadStream\` | ratio |
| --- | --- | --- | --- |
| throughput | ${f(file.clientMiBps, 0)} MiB/s | ${f(file.rawMiBps, 0)} MiB/s | **${f(file.ratio)}×** ${mark(file.ratio >= 0.9)} ≥ 0.9× |
| CPU of the uploading process | | | ${f(file.cpuRatio, 2)}× |
| peak RSS, ${file.fileMiB} MiB file | ${f(file.peakMiB.client.big, 0)} MiB (highest ${f(file.peakMiB.clientBigMax, 0)}) | ${f(file.peakMiB.raw.big, 0)} MiB | |
| peak RSS, ${file.smallMiB} MiB file | ${f(file.peakMiB.client.small, 0)} MiB | ${f(file.peakMiB.raw.small, 0)} MiB | |

Memory: ${f(file.peakMiB.client.big, 0)} MiB for ${file.fileMiB} MiB vs ${f(file.peakMiB.client.small, 0)} MiB for ${file.smallMiB} MiB (${f((file.peakMiB.client.big / file.peakMiB.client.small - 1) * 100, 1)} %) ${mark(file.peakMiB.client.big <= file.peakMiB.client.small * 1.1)} within 10 %, ${mark(file.peakMiB.clientBigMax <= 150)} ≤ 150 MiB.

Progress (${f(p.calls, 0)} calls per upload): longest gap ${f(p.maxGapMs, 0)} ms, largest step ${f(p.maxStepPct, 1)} %, gaps over both 100 ms and 1 %: ${p.late} ${mark(p.late === 0)};
most calls in one second: ${p.maxPerSecond} ${mark(p.maxPerSecond <= 20)} (≤ 20); the last call reports every byte ${mark(p.reachedTotal)}.

## Bundle sizes (size-limit, the budgets in \`.size-limit.js\`)

| entry | min+gzip | limit | |
| --- | --- | --- | --- |
${r.size.map((e) => `| ${e.name} | ${kB(e.size)} | ${kB(e.sizeLimit)} | ${mark(e.passed)} |`).join("\n")}

## Validation: the page's example response (${r.schemas.documentBytes} bytes)

| subject | ops/s | cost vs \`JSON.parse\` of the same text |
| --- | --- | --- |
| \`JSON.parse\` | ${Math.round(r.schemas.jsonParseOps)} | 1.000× |
| **@scenario-sdk/schemas** | ${Math.round(r.schemas.validateOps)} | **${f(r.schemas.costRatio)}×** ${mark(r.schemas.costRatio <= 0.1)} (target ≤ 0.10) |
| zod 4 (same shape) | ${Math.round(r.schemas.zodOps)} | ${f(r.schemas.zodCostRatio)}× |
| valibot (same shape) | ${Math.round(r.schemas.valibotOps)} | ${f(r.schemas.valibotCostRatio)}× |

Cold import: +${f(r.schemas.importMs, 1)} ms over \`node -e 0\` ${mark(r.schemas.importMs <= 20)} (target ≤ 20 ms). Size: see the size-limit table.

## CLI

${
  r.cli.error
    ? `Not measured in this run: ${r.cli.error}`
    : `| measure | figure | target |
| --- | --- | --- |
| \`scenario --help\` over \`node -e 0\` (${f(r.cli.nodeMs, 0)} ms) | +${f(r.cli.helpOverheadMs, 1)} ms | ≤ +20 ms ${mark(r.cli.helpOverheadMs <= 20)} |
| \`scenario assets upload\` of one file over \`node -e 0\` | +${f(r.cli.uploadOneOverheadMs, 1)} ms | |
| \`scenario assets get ID\` over \`node -e 0\`, \`node:http\` (the default) | +${f(r.cli.getOneOverheadMs, 1)} ms | below the fetch path ${mark(r.cli.getOneOverheadMs < r.cli.getOneFetchOverheadMs)} |
| the same on the fetch path: fetch + undici's \`EnvHttpProxyAgent\` (a proxy variable set, loopback in \`NO_PROXY\`; undici is loaded for it) | +${f(r.cli.getOneFetchOverheadMs, 1)} ms | |
| bulk upload, 200 small files, concurrency 1 | ${f(r.cli.filesPerSecond1, 0)} files/s | |
| bulk upload, 200 small files, concurrency 8 | ${f(r.cli.filesPerSecond8, 0)} files/s | |`
}

## Memory: CLI bulk upload${mem.error ? "" : ` of ${mem.fileMB} MB files at concurrency ${mem.concurrency}`}

${mem.error ? `Not measured in this run: ${mem.error}` : memoryTable(mem)}

## Type-check cost: \`tsc --noEmit\` of a small consumer file

| skipLibCheck | with the client | with plain fetch | ratio |
| --- | --- | --- | --- |
${r.typecheck.map((t) => `| ${t.skipLibCheck} | ${f(t.withMs, 0)} ms | ${f(t.withoutMs, 0)} ms | ${f(t.ratio, 2)}× |`).join("\n")}
`;
}

function memoryTable(mem) {
  const peaks = Object.entries(mem.peaks);
  const [few, many] = peaks;
  const most = peaks[peaks.length - 1];
  const worst = Math.max(...peaks.map(([, mib]) => mib));
  return `| files | peak RSS |
| --- | --- |
${peaks.map(([n, mib]) => `| ${n} | ${f(mib, 0)} MiB |`).join("\n")}

Growth from ${many[0]} to ${most[0]} files: ${f(most[1] / many[1], 2)}× ${mark(most[1] / many[1] < 1.15)} (must not grow). From ${few[0]} to ${many[0]}: ${f(many[1] / few[1], 2)}×. Bound 60 MiB + 3 × concurrency × file size = ${f(mem.boundMiB, 0)} MiB: ${mark(worst <= mem.boundMiB)} (highest peak ${f(worst, 0)} MiB).`;
}
