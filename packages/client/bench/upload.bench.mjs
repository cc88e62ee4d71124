// `pnpm bench` (client): throughput of client.assets.upload against a loopback server, as a
// ratio to the floor (keep-alive node:http + JSON.parse) doing the same request, sequential and
// 16 in flight; with peers (raw fetch, openapi-fetch alone, ky, axios) and raw fetch with the
// client's RequestInit, to show where a difference comes from. Each subject runs beside the floor
// in a process of its own (measure.mjs `compareApart`). Bundle sizes are size-limit's
// (scripts/bench/size.mjs).
import { fileURLToPath } from "node:url";
import { floorRequest } from "../../../scripts/bench/floor.mjs";
import { CONTROL, aloneHttp, compareAlone, compareApart } from "../../../scripts/bench/apart.mjs";
import { compareHttp } from "../../../scripts/bench/measure.mjs";
import { spawnUploadServer } from "../../../scripts/bench/spawn-server.mjs";
import { AUTH, newClient } from "./walk.mjs";

/**
 * The subjects every HTTP benchmark compares, the control first (the floor beside a second floor:
 * the floor's row is that undisturbed floor).
 */
export const SUBJECT_NAMES = [
  CONTROL,
  "client",
  "fetch",
  "rawClientInit",
  "openapiFetch",
  "ky",
  "axios",
];

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

// a real 1×1 PNG: the client refuses base64 that is not an image
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const PARAMS = { name: "bench.png", collectionIds: ["col_1"], image: PNG_1X1 };

/** The same request with fetch alone (with other RequestInit fields, when given). */
function rawUpload(url, options) {
  return fetch(`${url}/assets?originalAssets=true`, {
    method: "POST",
    headers: {
      Authorization: AUTH,
      "Content-Type": "application/json",
      Accept: "application/json",
    },
    body: JSON.stringify(PARAMS),
    ...options,
  }).then((res) => {
    if (!res.ok) throw new Error(`status ${res.status}`);
    return res.json();
  });
}

/** raw fetch, alone and with the client's RequestInit (see clientInit), as subjects. */
export function fetchSubjects(raw) {
  return {
    fetch: (url) => () => raw(url),
    rawClientInit: (url) => () => clientInit((options) => raw(url, options)),
  };
}

/** openapi-fetch alone as a subject: `call(client)` makes the request; an error fails it. */
export function openapiFetchSubject(call) {
  return async (url) => {
    const { default: createClient } = await import("openapi-fetch");
    const plain = createClient({ baseUrl: url, headers: { Authorization: AUTH } });
    return async () => {
      const { data, error } = await call(plain);
      if (error) throw new Error("error");
      return data;
    };
  };
}

/**
 * Each subject's factory: given the server's URL, the function one upload runs (apart-child.mjs
 * builds only the two it runs, so a process never loads a library it does not measure).
 */
const uploadSubjects = {
  // the floor (scripts/bench/floor.mjs): every ratio is to it
  raw: (url) => () =>
    floorRequest(`${url}/assets?originalAssets=true`, {
      method: "POST",
      headers: {
        authorization: AUTH,
        "content-type": "application/json",
        accept: "application/json",
      },
      body: JSON.stringify(PARAMS),
    }),
  client: async (url) => {
    const client = await newClient(url);
    return () => client.assets.upload({ ...PARAMS, originalAssets: true });
  },
  ...fetchSubjects(rawUpload),
  openapiFetch: openapiFetchSubject((plain) =>
    plain.POST("/assets", { params: { query: { originalAssets: true } }, body: PARAMS }),
  ),
  ky: async (url) => {
    const { default: ky } = await import("ky");
    return () =>
      ky
        .post(`${url}/assets`, {
          searchParams: { originalAssets: true },
          json: PARAMS,
          headers: { Authorization: AUTH, Accept: "application/json" },
        })
        .json();
  },
  axios: async (url) => {
    const { default: axios } = await import("axios");
    return async () =>
      (
        await axios.post(`${url}/assets`, PARAMS, {
          params: { originalAssets: true },
          headers: { Authorization: AUTH, Accept: "application/json" },
        })
      ).data;
  },
};

/** What apart-child.mjs runs in each process. */
export const uploadBench = { subjects: uploadSubjects, compare: compareHttp, alone: aloneHttp };

export async function benchUpload({ rounds = 30, total = 200, alone = 11 } = {}) {
  const server = await spawnUploadServer();
  try {
    const options = { rounds, total };
    return {
      ...compareApart(import.meta.url, "uploadBench", server.url, SUBJECT_NAMES, options),
      // the target's figure: client and floor each alone, processes alternated
      alone: compareAlone(import.meta.url, "uploadBench", server.url, "client", {
        total,
        rounds: alone,
      }),
    };
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
