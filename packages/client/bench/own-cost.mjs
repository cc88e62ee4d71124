// The client's own code per call, without a network (issue 19: ≤ 10 µs): `retrieve` and `upload`
// on a client whose transport is a stub at the seam every transport implements (transport.ts's
// Exchange), answering at once with Node-style headers and the text of a real answer. So the
// retry loop, credentials wrapper, placement, image check, logging and parsing are measured, and
// neither fetch nor node:http is. The client is bundled from source by esbuild with only
// core/transports.js swapped for the stub (no test hook in the shipped code); the baseline is
// the same stub + JSON.parse, in the same rounds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { compareRounds, throughput } from "../../../scripts/bench/measure.mjs";

const ENTRY = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const PROJECT = "proj_23tlk332lkht3kl2";
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const RETRIEVE = JSON.stringify({ asset: { id: "asset_1", kind: "image", tags: ["a"] } });

// the stub: one answer per call, its headers as the Node transport gives them (a plain record)
const STUB = `
import { createSend } from "./transport.js";
const raw = { "content-type": "application/json", "x-request-id": "req_1" };
const headers = { get: (name) => raw[name.toLowerCase()] ?? null, toHeaders: () => new Headers(raw) };
export const answer = { text: ${JSON.stringify(RETRIEVE)} };
export const exchange = async () => ({ status: 200, headers, text: answer.text });
export function createTransport(_choice, log) { return createSend(exchange, log); }
`;

async function stubbedClient(dir) {
  const out = join(dir, "client.mjs");
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile: out,
    logLevel: "silent",
    external: ["@scenario-sdk/schemas", "openapi-fetch"],
    plugins: [
      {
        name: "stub-transport",
        setup(b) {
          b.onResolve({ filter: /\/transports\.js$/ }, () => ({ path: "stub", namespace: "stub" }));
          b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
            contents: STUB,
            resolveDir: fileURLToPath(new URL("../src/core/", import.meta.url)),
            loader: "js",
          }));
        },
      },
    ],
  });
  return import(pathToFileURL(out).href);
}

/** µs per call of the client and of the stub + JSON.parse, for `retrieve` and `upload`. */
export async function benchOwnCost({ rounds = 9, total = 20_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "own-cost-"));
  try {
    const { default: Scenario } = await stubbedClient(dir);
    const baseURL = "http://127.0.0.1:9/v1";
    const client = new Scenario({ apiKey: "k", apiSecret: "s", baseURL });
    const upload = { name: "bench.png", collectionIds: ["col_1"], image: PNG_1X1 };
    let n = 0;
    const run = async (fn) => ({ rate: (await throughput(fn, total, 1)).rps });
    const measure = async (stubCall, clientCall) => {
      const r = await compareRounds({ raw: stubCall, client: clientCall }, run, {
        rounds,
        warmup: 2,
      });
      return { rawUs: 1e6 / r.raw.rate, clientUs: 1e6 / r.client.rate, ratio: r.client.ratio };
    };
    // a stub answer + JSON.parse: what any client pays at the least
    const stubParse = async () => JSON.parse((await stubAnswer()).text);
    const stubAnswer = async () => ({ status: 200, text: RETRIEVE });
    const retrieve = await measure(stubParse, () =>
      client.assets.retrieve(`asset_${n++ % 1000}`, { projectId: PROJECT }),
    );
    const uploadCost = await measure(
      async () => (JSON.stringify(upload), stubParse()),
      () => client.assets.upload({ ...upload, originalAssets: true }),
    );
    return { ...retrieve, upload: uploadCost };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchOwnCost();
  const line = (what, m) =>
    `own cost per ${what}, stub transport: client ${m.clientUs.toFixed(1)} µs, stub + JSON.parse ${m.rawUs.toFixed(1)} µs`;
  console.log(line("retrieve", r));
  console.log(line("upload", r.upload));
}
