// One multipart upload of a file on disk, in a fresh process (so that the parent can read its
// peak RSS): `node upload-file.mjs <client|raw> <baseURL> <path> <concurrency> <partSize>`.
// - client: `client.uploads.uploadFile(await fileFromPath(path), { concurrency, partSize,
//   onProgress })`: create, parts, complete, poll;
// - raw: the same four steps, the parts sent the plainest fast way Node has: node:http requests
//   piping `fs.createReadStream` ranges, `concurrency` at once; the API calls with fetch.
// Prints one JSON line: seconds, bytes, and (client) what onProgress saw.
import { createReadStream, statSync } from "node:fs";
import { request } from "node:http";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const AUTH = `Basic ${Buffer.from("bench_key:bench_secret").toString("base64")}`;

async function api(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: {
      Authorization: AUTH,
      Accept: "application/json",
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${text}`);
  return JSON.parse(text);
}

function putPart(url, path, start, end) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "PUT", headers: { "content-length": String(end - start) } },
      (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`part: ${res.statusCode}`)),
        );
      },
    );
    req.on("error", reject);
    createReadStream(path, { start, end: end - 1 }).pipe(req);
  });
}

/** The baseline: the same flow, parts piped from disk with node:http at the same concurrency. */
async function uploadRaw(baseURL, path, concurrency, partSize) {
  const size = statSync(path).size;
  const parts = Math.ceil(size / partSize);
  const { upload } = await api("POST", `${baseURL}/uploads`, {
    fileName: basename(path),
    contentType: "video/mp4",
    kind: "video",
    fileSize: size,
    parts,
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, parts) }, async () => {
      while (next < parts) {
        const part = upload.parts[next++];
        const start = (part.number - 1) * partSize;
        await putPart(part.url, path, start, Math.min(size, start + partSize));
      }
    }),
  );
  await api("POST", `${baseURL}/uploads/${upload.id}/action`, { action: "complete" });
  const done = await api("GET", `${baseURL}/uploads/${upload.id}`);
  if (!done.upload.entityId) throw new Error("no entityId");
  return size;
}

/** The subject; also records every onProgress call (time, bytes). */
async function uploadClient(baseURL, path, concurrency, partSize, calls) {
  const { Scenario, fileFromPath } = await import(DIST);
  const client = new Scenario({ apiKey: "bench_key", apiSecret: "bench_secret", baseURL });
  const start = performance.now();
  const upload = await client.uploads.uploadFile(await fileFromPath(path), {
    concurrency,
    partSize,
    onProgress: ({ loaded, total }) => calls.push([performance.now() - start, loaded, total]),
  });
  if (!upload.entityId) throw new Error("no entityId");
  return statSync(path).size;
}

/**
 * What the progress calls say: the highest number in any one second, the longest gap between two
 * calls while bytes were being sent, and whether every gap was within 100 ms or 1 % of the file.
 */
export function progressStats(calls) {
  let maxPerSecond = 0;
  for (let i = 0, j = 0; i < calls.length; i++) {
    while (calls[i][0] - calls[j][0] >= 1000) j++;
    maxPerSecond = Math.max(maxPerSecond, i - j + 1);
  }
  let maxGapMs = 0;
  let maxStepPct = 0;
  let late = 0;
  for (let i = 1; i < calls.length; i++) {
    const gap = calls[i][0] - calls[i - 1][0];
    const stepPct = ((calls[i][1] - calls[i - 1][1]) / calls[i][2]) * 100;
    maxGapMs = Math.max(maxGapMs, gap);
    maxStepPct = Math.max(maxStepPct, stepPct);
    if (gap > 100 && stepPct > 1) late++;
  }
  const last = calls[calls.length - 1];
  return {
    calls: calls.length,
    maxPerSecond,
    maxGapMs,
    maxStepPct,
    late,
    reachedTotal: last !== undefined && last[1] === last[2],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, baseURL, path, concurrency, partSize] = process.argv.slice(2);
  if (mode === "client") await import(DIST); // loaded before the clock starts, as in an app
  const calls = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  const bytes =
    mode === "client"
      ? await uploadClient(baseURL, path, Number(concurrency), Number(partSize), calls)
      : await uploadRaw(baseURL, path, Number(concurrency), Number(partSize));
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    JSON.stringify({
      seconds,
      cpuSeconds,
      bytes,
      ...(mode === "client" ? progressStats(calls) : {}),
    }),
  );
}
