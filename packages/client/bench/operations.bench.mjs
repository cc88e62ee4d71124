// `pnpm bench` (client reads), against a loopback API in its own process (assets-server.mjs):
// - client.assets.retrieve vs the floor (keep-alive node:http + JSON.parse), sequential and 16 in
//   flight (≥ 0.8×), each subject beside the floor in a process of its own, peers too, and
//   the client and the floor each alone (apart.mjs);
// - walking 10,000 assets in pages of 100 with `for await (… of client.assets.list(…))` vs a
//   floor loop over the same pages (≥ 0.85×), the same two ways;
// - peak RSS of a process walking 1,000, 10,000 and 100,000 assets (memory must stay flat).
import { fileURLToPath } from "node:url";
import { CONTROL, aloneHttp, compareAlone, compareApart } from "../../../scripts/bench/apart.mjs";
import {
  childPeakRss,
  compareHttp,
  compareRounds,
  median,
} from "../../../scripts/bench/measure.mjs";
import { spawnServer } from "../../../scripts/bench/spawn-server.mjs";
import { SUBJECT_NAMES, fetchSubjects, openapiFetchSubject, printHttp } from "./upload.bench.mjs";
import { AUTH, PAGE_SIZE, newClient, walkClient, walkFloor, walkPages, walkRaw } from "./walk.mjs";
import { floorRequest } from "../../../scripts/bench/floor.mjs";
import { benchOwnCost } from "./own-cost.mjs";

const WALK = fileURLToPath(new URL("./walk.mjs", import.meta.url));
const PROJECT = "proj_23tlk332lkht3kl2";
const ids = Array.from({ length: 1000 }, (_, i) => `asset_${i.toString(36).padStart(6, "0")}x`);

let n = 0;
const nextId = () => ids[n++ % ids.length];
const retrieveUrl = (url, id) => `${url}/assets/${encodeURIComponent(id)}?projectId=${PROJECT}`;

/** The same request with fetch alone (with other RequestInit fields, when given). */
async function rawRetrieve(url, options) {
  const res = await fetch(retrieveUrl(url, nextId()), {
    headers: { Authorization: AUTH, Accept: "application/json" },
    ...options,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`status ${res.status}`);
  return JSON.parse(text);
}

/** Each subject's factory: given the server's URL, the function one retrieve runs. */
const retrieveSubjects = {
  // the floor (scripts/bench/floor.mjs): every ratio is to it
  raw: (url) => () =>
    floorRequest(retrieveUrl(url, nextId()), {
      headers: { authorization: AUTH, accept: "application/json" },
    }),
  client: async (url) => {
    const client = await newClient(url);
    // the same answer both ways
    const [a, b] = await Promise.all([
      floorRequest(retrieveUrl(url, ids[0]), { headers: { authorization: AUTH } }),
      client.assets.retrieve(ids[0], { projectId: PROJECT }),
    ]);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error("retrieve: answers differ");
    return () => client.assets.retrieve(nextId(), { projectId: PROJECT });
  },
  ...fetchSubjects(rawRetrieve),
  openapiFetch: openapiFetchSubject((plain) =>
    plain.GET("/assets/{assetId}", {
      params: { path: { assetId: nextId() }, query: { projectId: PROJECT } },
    }),
  ),
};

/** What apart-child.mjs runs in each process. */
export const retrieveBench = { subjects: retrieveSubjects, compare: compareHttp, alone: aloneHttp };

export async function benchRetrieve({ rounds = 30, total = 200, alone = 11 } = {}) {
  const server = await spawnServer("assets-server.mjs");
  try {
    const names = SUBJECT_NAMES.filter((name) => name === CONTROL || name in retrieveSubjects);
    return {
      ...compareApart(import.meta.url, "retrieveBench", server.url, names, { rounds, total }),
      // the target's figure: client and floor each alone, processes alternated
      alone: compareAlone(import.meta.url, "retrieveBench", server.url, "client", {
        total,
        rounds: alone,
      }),
    };
  } finally {
    await server.stop();
  }
}

/** Each walk's factory: given the server's URL and { assets }, the function one walk runs. */
const project = ({ assets }) => `proj_bench_${assets}`;
/**
 * The factory of a walk, checked against the floor's walk first: `make(url)` gives the function
 * `walk(projectId)`, which resolves to the walk's checksum.
 */
const checkedWalk = (make) => async (url, options) => {
  const walk = await make(url);
  const id = project(options);
  if ((await walk(id)) !== (await walkFloor(url, id))) {
    throw new Error("a walk and the floor's walk saw different assets");
  }
  return () => walk(id);
};
/** A client walk, `walk(client, projectId)`, as a checked factory. */
const clientWalk = (walk) =>
  checkedWalk(async (url) => {
    const client = await newClient(url);
    return (id) => walk(client, id);
  });
const walkSubjects = {
  raw: (url, options) => () => walkFloor(url, project(options)),
  fetch: checkedWalk((url) => (id) => walkRaw(url, id)),
  client: clientWalk(walkClient),
  // the same pages through `iterPages()` and a plain loop: what iterating item by item costs
  clientPages: clientWalk(walkPages),
};

/** What apart-child.mjs runs in each process: walks per second and CPU per page, in rounds. */
/** One walk: assets per second, and CPU per page (µs). */
async function timeWalk(fn, assets) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return {
    rate: assets / ((performance.now() - start) / 1000),
    cpuUs: (used.user + used.system) / (assets / PAGE_SIZE),
  };
}

export const walkBench = {
  subjects: walkSubjects,
  compare: (subjects, { assets, rounds }) =>
    compareRounds(subjects, (fn) => timeWalk(fn, assets), { rounds, warmup: 2 }),
  // alone: `warmup` walks first (a fresh process is cold: the JIT needs a few thousand pages, as
  // for the HTTP benchmarks), then the medians of `blocks` walks
  alone: async (fn, { assets, warmup = 20, blocks = 5 }) => {
    for (let i = 0; i < warmup; i++) await timeWalk(fn, assets);
    const walks = [];
    for (let i = 0; i < blocks; i++) walks.push(await timeWalk(fn, assets));
    return {
      walk: {
        rate: median(walks.map((w) => w.rate)),
        cpuUs: median(walks.map((w) => w.cpuUs)),
      },
    };
  },
};

/** Assets per second of walking `assets` assets, each subject beside the floor on its own. */
export async function benchWalk({
  rounds = 25,
  assets = 10_000,
  memory = [1_000, 10_000, 100_000],
  memoryRounds = 3,
  alone: aloneRounds = 7,
} = {}) {
  const server = await spawnServer("assets-server.mjs");
  try {
    const names = [CONTROL, "client", "fetch", "clientPages"];
    const speed = compareApart(import.meta.url, "walkBench", server.url, names, {
      assets,
      rounds,
    });
    // the target's figure: client and floor each alone, processes alternated
    const { walk: alone } = compareAlone(import.meta.url, "walkBench", server.url, "client", {
      assets,
      rounds: aloneRounds,
    });
    // peak RSS of a fresh process doing one walk, client and raw loop; rounds interleaved, medians
    const peaks = { client: {}, raw: {} };
    for (let round = 0; round < memoryRounds; round++) {
      for (const count of memory) {
        for (const mode of round % 2 ? ["raw", "client"] : ["client", "raw"]) {
          const { peakMiB } = childPeakRss([WALK, mode, server.url, `proj_bench_${count}`]);
          (peaks[mode][count] ??= []).push(peakMiB);
        }
      }
    }
    const med = (byCount) =>
      Object.fromEntries(Object.entries(byCount).map(([count, v]) => [count, median(v)]));
    // and the client's live heap after a full GC every 10 pages of the largest walk: once the
    // code is warm (10,000 assets in) and the highest after that
    const { stdout } = childPeakRss([
      "--expose-gc",
      WALK,
      "client",
      server.url,
      `proj_bench_${memory[memory.length - 1]}`,
    ]);
    const [firstMiB, highestMiB] = JSON.parse(stdout).liveMiB; // samples from 10,000 assets on
    const liveMiB = { assets: memory[memory.length - 1], firstMiB, highestMiB };
    return {
      assets,
      pageSize: PAGE_SIZE,
      speed,
      alone,
      peakMiB: { client: med(peaks.client), raw: med(peaks.raw) },
      liveMiB,
    };
  } finally {
    await server.stop();
  }
}

export async function benchOperations(options = {}) {
  return {
    retrieve: await benchRetrieve(options.retrieve),
    ownCost: await benchOwnCost(options.ownCost),
    walk: await benchWalk(options.walk),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchOperations();
  printHttp("assets.retrieve (target ≥ 0.8× the node:http floor)", r.retrieve);
  console.log(
    `own cost per retrieve, stub transport: client ${r.ownCost.clientUs.toFixed(1)} µs, stub + JSON.parse ${r.ownCost.rawUs.toFixed(1)} µs; per upload ${r.ownCost.upload.clientUs.toFixed(1)} µs vs ${r.ownCost.upload.rawUs.toFixed(1)} µs`,
  );
  const { speed, peakMiB } = r.walk;
  console.log(
    `walk ${r.walk.assets} assets in pages of ${r.walk.pageSize}: raw ${Math.round(speed.raw.rate)} assets/s, client ${Math.round(speed.client.rate)} assets/s → ${speed.client.ratio.toFixed(3)}× (spread ${speed.client.spread.toFixed(0)} %, target ≥ 0.85×), page by page ${speed.clientPages.ratio.toFixed(3)}×; CPU per page raw ${speed.raw.cpuUs.toFixed(0)} µs, client ${speed.client.cpuUs.toFixed(0)} µs, page by page ${speed.clientPages.cpuUs.toFixed(0)} µs`,
  );
  for (const count of Object.keys(peakMiB.client)) {
    console.log(
      `peak RSS walking ${count} assets: client ${peakMiB.client[count].toFixed(1)} MiB, raw loop ${peakMiB.raw[count].toFixed(1)} MiB`,
    );
  }
  const live = r.walk.liveMiB;
  console.log(
    `client's live heap walking ${live.assets} assets: ${live.firstMiB.toFixed(1)} MiB after 10,000, at most ${live.highestMiB.toFixed(1)} MiB after that`,
  );
}
