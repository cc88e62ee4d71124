// `pnpm bench` (client): throughput of client.assets.upload against a local server, as a ratio
// to a raw fetch doing the same request (and openapi-fetch alone), sequential and 16 in flight;
// and the min+gzip size of what `import Scenario from "@scenario-sdk/client"` bundles.
import { fileURLToPath } from "node:url";
import axios from "axios";
import ky from "ky";
import createClient from "openapi-fetch";
import { bundleSize, median, spread } from "../../../scripts/bench/measure.mjs";
import { spawnUploadServer } from "../../../scripts/bench/spawn-server.mjs";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const AUTH = `Basic ${Buffer.from("bench_key:bench_secret").toString("base64")}`;
const PARAMS = { name: "bench.png", collectionIds: ["col_1"], image: "aGVsbG8gd29ybGQ=" };

/** Requests per second of `fn` run `total` times with `inFlight` at once, and CPU µs per request. */
async function throughput(fn, total, inFlight) {
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
  lastCpuPerRequest = (used.user + used.system) / total;
  return rps;
}
let lastCpuPerRequest = 0;

// Many short blocks, in a rotating order, each round's ratio taken between blocks run
// moments apart: on a noisy 2-core machine this is far steadier than a few long runs.
export async function benchClient({ rounds = 15, total = 600 } = {}) {
  const { default: Scenario } = await import(DIST);
  const server = await spawnUploadServer();
  try {
    const client = new Scenario({
      apiKey: "bench_key",
      apiSecret: "bench_secret",
      baseURL: server.url,
    });
    const plain = createClient({ baseUrl: server.url, headers: { Authorization: AUTH } });
    // the baseline: the same request with fetch alone (with a signal, or other options, when given)
    const rawUpload = async (signal, options) => {
      const res = await fetch(`${server.url}/assets?originalAssets=true`, {
        method: "POST",
        headers: {
          Authorization: AUTH,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify(PARAMS),
        signal,
        ...options,
      });
      if (!res.ok) throw new Error(`status ${res.status}`);
      return res.json();
    };
    const subjects = {
      raw: () => rawUpload(undefined),
      // with the client's default per-attempt timeout: shows what the timeout itself (an
      // AbortSignal per request, which undici handles at a cost) accounts for
      rawWithTimeout: async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          return await rawUpload(controller.signal);
        } finally {
          clearTimeout(timer);
        }
      },
      // the options the client passes (no redirects): fetch then skips cloning the request
      rawNoRedirect: () => rawUpload(undefined, { redirect: "error", window: null }),
      client: () => client.assets.upload({ ...PARAMS, originalAssets: true }),
      ky: () =>
        ky
          .post(`${server.url}/assets`, {
            searchParams: { originalAssets: true },
            json: PARAMS,
            headers: { Authorization: AUTH, Accept: "application/json" },
          })
          .json(),
      axios: async () =>
        (
          await axios.post(`${server.url}/assets`, PARAMS, {
            params: { originalAssets: true },
            headers: { Authorization: AUTH, Accept: "application/json" },
          })
        ).data,
      openapiFetch: async () => {
        const { data, error } = await plain.POST("/assets", {
          params: { query: { originalAssets: true } },
          body: PARAMS,
        });
        if (error) throw new Error("error");
        return data;
      },
    };
    const results = {};
    for (const inFlight of process.env.BENCH_IN_FLIGHT
      ? [Number(process.env.BENCH_IN_FLIGHT)]
      : [1, 16]) {
      for (const fn of Object.values(subjects)) await throughput(fn, 300, inFlight); // warm up
      const ratios = {
        client: [],
        rawNoRedirect: [],
        openapiFetch: [],
        rawWithTimeout: [],
        clientVsTimeout: [],
        ky: [],
        axios: [],
      };
      const rps = {
        raw: [],
        client: [],
        openapiFetch: [],
        rawWithTimeout: [],
        rawNoRedirect: [],
        ky: [],
        axios: [],
      };
      const entries = Object.entries(subjects);
      const cpu = { raw: [], client: [], rawWithTimeout: [], openapiFetch: [] };
      for (let round = 0; round < rounds; round++) {
        const r = {};
        for (let k = 0; k < entries.length; k++) {
          const [name, fn] = entries[(round + k) % entries.length];
          r[name] = await throughput(fn, total, inFlight);
          if (name in cpu) cpu[name].push(lastCpuPerRequest);
        }
        for (const name of Object.keys(rps)) rps[name].push(r[name]);
        ratios.client.push(r.client / r.raw);
        ratios.rawNoRedirect.push(r.rawNoRedirect / r.raw);
        ratios.openapiFetch.push(r.openapiFetch / r.raw);
        ratios.rawWithTimeout.push(r.rawWithTimeout / r.raw);
        ratios.ky.push(r.ky / r.raw);
        ratios.axios.push(r.axios / r.raw);
        ratios.clientVsTimeout.push(r.client / r.rawWithTimeout);
      }
      results[inFlight === 1 ? "sequential" : "inFlight16"] = {
        rawRps: median(rps.raw),
        clientRps: median(rps.client),
        openapiFetchRps: median(rps.openapiFetch),
        clientRatio: median(ratios.client),
        clientSpread: spread(ratios.client),
        openapiFetchRatio: median(ratios.openapiFetch),
        rawWithTimeoutRatio: median(ratios.rawWithTimeout),
        rawNoRedirectRatio: median(ratios.rawNoRedirect),
        // CPU per request in this process: steadier than wall-clock throughput on a busy machine
        rawCpuUs: median(cpu.raw),
        clientCpuUs: median(cpu.client),
        rawWithTimeoutCpuUs: median(cpu.rawWithTimeout),
        openapiFetchCpuUs: median(cpu.openapiFetch),
        kyRatio: median(ratios.ky),
        axiosRatio: median(ratios.axios),
        clientVsRawWithTimeout: median(ratios.clientVsTimeout),
      };
    }
    const size = await bundleSize(DIST, { external: ["@scenario-sdk/schemas"] });
    return { ...results, bundleGzipBytes: size.gzip, bundleMinBytes: size.minified };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchClient();
  for (const [label, m] of [
    ["sequential", r.sequential],
    ["16 in flight", r.inFlight16],
  ]) {
    if (!m) continue;
    console.log(
      `${label.padEnd(13)} raw fetch ${Math.round(m.rawRps)} req/s · client ${Math.round(m.clientRps)} req/s → ${m.clientRatio.toFixed(3)}× (spread ${m.clientSpread.toFixed(0)} %, target ≥ 0.95×) · openapi-fetch alone ${m.openapiFetchRatio.toFixed(3)}× · raw fetch with a timeout ${m.rawWithTimeoutRatio.toFixed(3)}× · raw fetch, no redirects ${m.rawNoRedirectRatio.toFixed(3)}× · client vs raw fetch with a timeout ${m.clientVsRawWithTimeout.toFixed(3)}× · ky ${m.kyRatio.toFixed(3)}× · axios ${m.axiosRatio.toFixed(3)}× · CPU per request: raw ${m.rawCpuUs.toFixed(0)} µs, raw with a timeout ${m.rawWithTimeoutCpuUs.toFixed(0)} µs, openapi-fetch ${m.openapiFetchCpuUs.toFixed(0)} µs, client ${m.clientCpuUs.toFixed(0)} µs (${(m.rawCpuUs / m.clientCpuUs).toFixed(3)}×)`,
    );
  }
  console.log(
    `core entry bundled (schemas loaded only with validateResponses): ${(r.bundleMinBytes / 1024).toFixed(1)} kB min, ${(r.bundleGzipBytes / 1024).toFixed(1)} kB min+gzip (target ≤ 8 kB)`,
  );
}
