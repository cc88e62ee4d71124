// A loopback API for the read benchmarks, in its own process (see spawn-server.mjs):
// - GET /v1/assets/{assetId}: `{ asset }`, the spec's example with that id;
// - POST /v1/assets/get-bulk (what `scenario assets get` sends): `{ assets }`, one per id;
// - GET /v1/assets?pageSize&paginationToken&projectId: pages of realistic assets (the spec's two
//   list examples, alternately, each with a distinct id). The project holds `proj_bench_<n>` → n
//   assets (default 10,000). The token is awkward on purpose (`+`, `/`, `=` and spaces) and must
//   come back byte for byte: any other token is a 400, which fails the benchmark.
// Page bodies are built once and kept, so the server's own work stays small and equal for every
// subject. Prints its URL on stdout, exits when stdin closes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import YAML from "yaml";

const spec = YAML.parse(readFileSync(new URL("../../spec/openapi.yaml", import.meta.url), "utf8"));
const json = (path, method, example) =>
  spec.paths[path][method].responses["200"].content["application/json"].examples[example].value;
const listExamples = [
  ...json("/assets", "get", "lastPage").assets,
  ...json("/assets", "get", "firstPage").assets,
];
const retrieveExample = json("/assets/{assetId}", "get", "image").asset;

/** The i-th asset: one of the spec's examples with a distinct id (and CDN URL). */
function assetAt(i, template = listExamples[i % listExamples.length]) {
  const id = `asset_${i.toString(36).padStart(10, "0")}Bench${(i * 7919).toString(36)}`;
  return { ...template, id, url: template.url.replace(template.id, id) };
}

/** The next page's token: base64 (`+`, `/`, `=`) and then spaces; only the server reads it. */
function tokenFor(project, offset) {
  const opaque = Buffer.from(JSON.stringify({ project, offset, sort: "createdAt:desc" }));
  return `${opaque.toString("base64")}+/= ${offset} ==`;
}

function offsetOf(project, token) {
  const offset = Number(/ (\d+) ==$/.exec(token)?.[1]);
  return Number.isInteger(offset) && tokenFor(project, offset) === token ? offset : undefined;
}

const pages = new Map();
function page(project, total, offset, size) {
  const key = `${project} ${offset} ${size}`;
  let body = pages.get(key);
  if (!body) {
    const end = Math.min(total, offset + size);
    const assets = [];
    for (let i = offset; i < end; i++) assets.push(assetAt(i));
    body = JSON.stringify({
      assets,
      ...(end < total ? { nextPaginationToken: tokenFor(project, end) } : {}),
    });
    pages.set(key, body);
  }
  return body;
}

let requests = 0;
function send(res, status, body) {
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": `req_${(++requests).toString(36)}`,
  });
  res.end(body);
}

const server = createServer((req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const url = new URL(req.url, "http://localhost");
    const project = url.searchParams.get("projectId") ?? "proj_bench_10000";
    if (req.method === "GET" && url.pathname === "/v1/assets") {
      const total = Number(/^proj_bench_(\d+)$/.exec(project)?.[1] ?? 10_000);
      const size = Number(url.searchParams.get("pageSize") ?? 100);
      const token = url.searchParams.get("paginationToken");
      const offset = token === null ? 0 : offsetOf(project, token);
      if (offset === undefined || !(size >= 1 && size <= 100)) {
        return send(res, 400, JSON.stringify({ error: `bad token or pageSize: ${req.url}` }));
      }
      return send(res, 200, page(project, total, offset, size));
    }
    const one = /^\/v1\/assets\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && one) {
      const asset = { ...retrieveExample, id: decodeURIComponent(one[1]) };
      return send(res, 200, JSON.stringify({ asset }));
    }
    if (req.method === "POST" && url.pathname === "/v1/assets/get-bulk") {
      let ids;
      try {
        ids = JSON.parse(body).assetIds;
      } catch {
        return send(res, 400, JSON.stringify({ error: "the body is not JSON" }));
      }
      if (!Array.isArray(ids)) return send(res, 400, JSON.stringify({ error: "no assetIds" }));
      const assets = ids.map((id) => ({ ...retrieveExample, id }));
      return send(res, 200, JSON.stringify({ assets }));
    }
    send(res, 404, JSON.stringify({ error: `no route for ${req.method} ${url.pathname}` }));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}/v1`);
});
process.stdin.on("end", () => server.close(() => process.exit(0)));
process.stdin.resume();
