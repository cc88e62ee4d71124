// Walking every asset of a project, page by page: with the client (`for await`) and with raw
// fetch + JSON.parse over the same pages. Imported by operations.bench.mjs; run as a script
// (`node walk.mjs <client|raw> <baseURL> <projectId>`) it walks once in a fresh process, so that
// the parent can read this process's peak RSS, and prints { sum }; with --expose-gc, also the
// live heap after a full GC every 10 pages, from 10,000 assets on (the code warm by then):
// { sum, liveMiB: [at 10,000 assets, highest after] }.
import { fileURLToPath } from "node:url";
import { floorRequest } from "../../../scripts/bench/floor.mjs";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
export const AUTH = `Basic ${Buffer.from("bench_key:bench_secret").toString("base64")}`;
export const PAGE_SIZE = 100;

/** Something of each asset is read, so that neither walk can skip work. */
const touch = (asset) => asset.id.length + asset.kind.length;

/** The client's walk: one `for await` over `client.assets.list`. Resolves to the checksum. */
export async function walkClient(client, projectId, each = touch) {
  let sum = 0;
  for await (const asset of client.assets.list({ pageSize: PAGE_SIZE, projectId })) {
    sum += each(asset);
  }
  return sum;
}

/** The client's pages with `iterPages()`, each page's items in a plain loop. */
export async function walkPages(client, projectId) {
  let sum = 0;
  const first = await client.assets.list({ pageSize: PAGE_SIZE, projectId });
  for await (const page of first.iterPages()) {
    for (const asset of page.assets) sum += touch(asset);
  }
  return sum;
}

/** The baseline: fetch each page, JSON.parse it, send `nextPaginationToken` back encoded. */
export function walkRaw(baseURL, projectId, each = touch) {
  return walkUrls(baseURL, projectId, each, async (url) => {
    const res = await fetch(url, {
      headers: { Authorization: AUTH, Accept: "application/json" },
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status}: ${text}`);
    return JSON.parse(text);
  });
}

/** The floor: the same walk with keep-alive node:http + JSON.parse (scripts/bench/floor.mjs). */
export function walkFloor(baseURL, projectId, each = touch) {
  return walkUrls(baseURL, projectId, each, (url) =>
    floorRequest(url, { headers: { authorization: AUTH, accept: "application/json" } }),
  );
}

/** Every page of the assets by URL, each got with `getPage(url)`, the token sent back encoded. */
async function walkUrls(baseURL, projectId, each, getPage) {
  let sum = 0;
  let token;
  do {
    let url = `${baseURL}/assets?pageSize=${PAGE_SIZE}&projectId=${encodeURIComponent(projectId)}`;
    if (token) url += `&paginationToken=${encodeURIComponent(token)}`;
    const page = await getPage(url);
    for (const asset of page.assets) sum += each(asset);
    token = page.nextPaginationToken;
  } while (token);
  return sum;
}

export async function newClient(baseURL) {
  const { default: Scenario } = await import(DIST);
  return new Scenario({ apiKey: "bench_key", apiSecret: "bench_secret", baseURL });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, baseURL, projectId] = process.argv.slice(2);
  const live = [];
  let each = touch;
  if (globalThis.gc) {
    // only when asked (a full GC changes what peak RSS measures): the live heap as the walk goes
    let items = 0;
    each = (asset) => {
      if (++items % (10 * PAGE_SIZE) === 0 && items >= 100 * PAGE_SIZE) {
        globalThis.gc();
        live.push(process.memoryUsage().heapUsed / 1024 / 1024);
      }
      return touch(asset);
    };
  }
  const sum =
    mode === "client"
      ? await walkClient(await newClient(baseURL), projectId, each)
      : await walkRaw(baseURL, projectId, each);
  console.log(
    JSON.stringify({ sum, ...(live.length ? { liveMiB: [live[0], Math.max(...live)] } : {}) }),
  );
}
