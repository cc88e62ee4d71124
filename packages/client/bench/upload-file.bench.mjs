// `pnpm bench` (client, multipart): `client.uploads.uploadFile` of a 1 GiB file to a loopback API
// + storage server (multipart-server.mjs, its own process), concurrency 4, 5 MiB parts, against
// the plainest fast way Node has to PUT the same parts at the same concurrency (node:http piping
// fs.createReadStream ranges), in rotating rounds of the same run. Each upload runs in a fresh
// process, whose peak RSS (VmHWM) is read too: 64 MiB vs 1 GiB. And what onProgress saw.
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from "node:fs";
import { randomFillSync } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { childPeakRss, median } from "../../../scripts/bench/measure.mjs";
import { spawnServer } from "../../../scripts/bench/spawn-server.mjs";

const CHILD = fileURLToPath(new URL("./upload-file.mjs", import.meta.url));
const MIB = 1024 * 1024;

/** A file of `bytes` random bytes that reads as an MP4 (an `ftyp` box first). */
function writeVideo(path, bytes) {
  const chunk = Buffer.alloc(8 * MIB);
  randomFillSync(chunk);
  Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]).copy(chunk);
  const fd = openSync(path, "w");
  try {
    for (let written = 0; written < bytes; written += chunk.length) {
      writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written));
      if (written === 0) chunk[0] = 1; // later chunks: not a header any more
    }
  } finally {
    closeSync(fd);
  }
}

export async function benchUploadFile({
  rounds = 9,
  bigMiB = 1024,
  smallMiB = 64,
  concurrency = 4,
  partSize = 5 * MIB,
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), "scenario-upload-file-"));
  const server = await spawnServer("multipart-server.mjs");
  try {
    const files = { big: join(dir, "big.mp4"), small: join(dir, "small.mp4") };
    writeVideo(files.big, bigMiB * MIB);
    writeVideo(files.small, smallMiB * MIB);
    const run = async (mode, file) => {
      const { peakMiB, stdout } = childPeakRss([
        CHILD,
        mode,
        server.url,
        file,
        String(concurrency),
        String(partSize),
      ]);
      const result = JSON.parse(stdout.trim().split("\n").pop());
      // every byte arrived, in every part, without credentials, completed once
      const seen = await (await fetch(server.url.replace(/\/v1$/, "/stats"))).json();
      const stats = Object.values(seen.uploads);
      const s = stats[0];
      if (
        stats.length !== 1 ||
        s.received !== result.bytes ||
        s.received !== s.fileSize ||
        s.withCredentials !== 0 ||
        s.completed !== 1
      ) {
        throw new Error(`upload-file (${mode}): the server saw ${JSON.stringify(stats)}`);
      }
      return {
        ...result,
        peakMiB,
        connections: seen.connections,
        mibPerSecond: result.bytes / MIB / result.seconds,
      };
    };
    // a first, unmeasured pass of each: the file into the page cache, the code warm on disk
    await run("raw", files.big);
    await run("client", files.big);
    const rates = { client: [], raw: [] };
    const ratios = [];
    const cpuRatios = [];
    const peaks = { client: { big: [], small: [] }, raw: { big: [], small: [] } };
    const progress = [];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 ? ["client", "raw"] : ["raw", "client"];
      const r = {};
      const cpu = {};
      for (const mode of order) {
        const m = await run(mode, files.big);
        r[mode] = m.mibPerSecond;
        cpu[mode] = m.cpuSeconds;
        rates[mode].push(m.mibPerSecond);
        peaks[mode].big.push(m.peakMiB);
        if (mode === "client") progress.push(m);
      }
      ratios.push(r.client / r.raw);
      cpuRatios.push(cpu.client / cpu.raw);
      for (const mode of order) peaks[mode].small.push((await run(mode, files.small)).peakMiB);
    }
    const worst = (key, pick) => pick(...progress.map((p) => p[key]));
    return {
      fileMiB: bigMiB,
      smallMiB,
      concurrency,
      partMiB: partSize / MIB,
      rounds,
      clientMiBps: median(rates.client),
      rawMiBps: median(rates.raw),
      ratio: median(ratios),
      ratios,
      // CPU time of the uploading process, client over raw (cost: lower is better)
      cpuRatio: median(cpuRatios),
      peakMiB: {
        client: { big: median(peaks.client.big), small: median(peaks.client.small) },
        raw: { big: median(peaks.raw.big), small: median(peaks.raw.small) },
        clientBigMax: Math.max(...peaks.client.big),
      },
      progress: {
        calls: median(progress.map((p) => p.calls)),
        maxPerSecond: worst("maxPerSecond", Math.max),
        maxGapMs: worst("maxGapMs", Math.max),
        maxStepPct: worst("maxStepPct", Math.max),
        late: worst("late", Math.max),
        reachedTotal: progress.every((p) => p.reachedTotal),
      },
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchUploadFile();
  console.log(JSON.stringify(r, null, 2));
}
