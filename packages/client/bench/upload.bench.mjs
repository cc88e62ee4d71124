// `pnpm bench` (client): throughput of client.assets.upload against a loopback server, as a
// ratio to the floor (keep-alive node:http + JSON.parse) doing the same request, raw fetch too, sequential and 16 in flight; with peers
// (openapi-fetch alone, ky, axios) and raw fetch with the client's RequestInit, to show where a
// difference comes from. Bundle sizes are size-limit's (scripts/bench/size.mjs).
import { fileURLToPath } from "node:url";
import axios from "axios";
import ky from "ky";
import createClient from "openapi-fetch";
import { floorRequest } from "../../../scripts/bench/floor.mjs";
import { compareHttp } from "../../../scripts/bench/measure.mjs";
import { spawnUploadServer } from "../../../scripts/bench/spawn-server.mjs";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
/**
 * Runs `request(init)` with the RequestInit the client gives fetch for one attempt: a signal
 * aborted by a 60 s timer (its default timeout, unref'd), no redirects and no window (with which
 * Node's fetch skips teeing a request body, nodejs/undici#4058).
 */
export async function clientInit(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  timer.unref();
  try {
    return await request({ signal: controller.signal, redirect: "error", window: null });
  } finally {
    clearTimeout(timer);
  }
}

export const AUTH = `Basic ${Buffer.from("bench_key:bench_secret").toString("base64")}`;
// a real 1×1 PNG: the client refuses base64 that is not an image
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const PARAMS = { name: "bench.png", collectionIds: ["col_1"], image: PNG_1X1 };

export async function benchUpload({ rounds = 30, total = 200 } = {}) {
  const { default: Scenario } = await import(DIST);
  const server = await spawnUploadServer();
  try {
    const client = new Scenario({
      apiKey: "bench_key",
      apiSecret: "bench_secret",
      baseURL: server.url,
    });
    const plain = createClient({ baseUrl: server.url, headers: { Authorization: AUTH } });
    // the baseline: the same request with fetch alone (with other RequestInit fields, when given)
    const rawUpload = async (options) => {
      const res = await fetch(`${server.url}/assets?originalAssets=true`, {
        method: "POST",
        headers: {
          Authorization: AUTH,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify(PARAMS),
        ...options,
      });
      if (!res.ok) throw new Error(`status ${res.status}`);
      return res.json();
    };
    const subjects = {
      // the floor (scripts/bench/floor.mjs): every ratio is to it
      raw: () =>
        floorRequest(`${server.url}/assets?originalAssets=true`, {
          method: "POST",
          headers: {
            authorization: AUTH,
            "content-type": "application/json",
            accept: "application/json",
          },
          body: JSON.stringify(PARAMS),
        }),
      fetch: () => rawUpload(),
      client: () => client.assets.upload({ ...PARAMS, originalAssets: true }),
      // fetch with the RequestInit the client passes (see clientInit): the rest is its own code
      rawClientInit: () => clientInit(rawUpload),
      openapiFetch: async () => {
        const { data, error } = await plain.POST("/assets", {
          params: { query: { originalAssets: true } },
          body: PARAMS,
        });
        if (error) throw new Error("error");
        return data;
      },
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
    };
    return await compareHttp(subjects, { rounds, total });
  } finally {
    await server.stop();
  }
}

/** One line per subject: rate, ratio to raw fetch, spread, CPU per request. */
export function printHttp(label, results) {
  for (const [mode, subjects] of Object.entries(results)) {
    console.log(`${label}, ${mode}:`);
    for (const [name, m] of Object.entries(subjects)) {
      console.log(
        `  ${name.padEnd(15)} ${Math.round(m.rate).toString().padStart(6)} req/s  ${m.ratio.toFixed(3)}× floor (spread ${m.spread.toFixed(0)} %)  CPU ${m.cpuUs.toFixed(0)} µs/req (${m.cpuRatio.toFixed(3)}× floor's)`,
      );
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printHttp("assets.upload (target ≥ 0.8× the node:http floor)", await benchUpload());
}
