// What the client's generated types cost in an editor: `tsc --noEmit` of a small consumer file
// that uses the client, vs the same file written against plain fetch, in the same run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../generate/spec.mjs";
import { median } from "./measure.mjs";

const WITH_CLIENT = `
import Scenario, { APIError } from "@scenario-sdk/client";
const client = new Scenario({ apiKey: "k", apiSecret: "s" });
export async function upload(image: Uint8Array): Promise<string> {
  try {
    const { asset, job } = await client.assets.upload({ name: "a.png", image, collectionIds: ["c"] });
    return asset.metadata.type + (job?.status ?? "") + asset.id;
  } catch (error) {
    if (error instanceof APIError) return String(error.status);
    throw error;
  }
}
`;

const WITHOUT_CLIENT = `
interface Uploaded { asset: { id: string; metadata: { type: string } }; job?: { status: string } }
export async function upload(image: Uint8Array): Promise<string> {
  const res = await fetch("https://api.cloud.scenario.com/v1/assets", {
    method: "POST",
    headers: { Authorization: "Basic " + btoa("k:s"), "Content-Type": "application/json" },
    body: JSON.stringify({ name: "a.png", image: String(image.length), collectionIds: ["c"] }),
  });
  if (!res.ok) return String(res.status);
  const { asset, job } = (await res.json()) as Uploaded;
  return asset.metadata.type + (job?.status ?? "") + asset.id;
}
`;

/** `skipLibCheck: true` is how most projects (and editors' quick checks) run; false checks our .d.ts too. */
export function benchTypecheck({ rounds = 7, skipLibCheck = true } = {}) {
  const dir = mkdtempSync(join(ROOT, "node_modules/.cache-typecheck-"));
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  const time = (file) => {
    const start = performance.now();
    const run = spawnSync(process.execPath, [tsc, "-p", join(dir, `tsconfig.${file}.json`)], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`tsc failed on ${file}: ${run.stdout}${run.stderr}`);
    return performance.now() - start;
  };
  try {
    for (const [name, code] of [
      ["with", WITH_CLIENT],
      ["without", WITHOUT_CLIENT],
    ]) {
      writeFileSync(join(dir, `${name}.ts`), code);
      writeFileSync(
        join(dir, `tsconfig.${name}.json`),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: "ES2022",
            module: "ESNext",
            moduleResolution: "bundler",
            lib: ["ES2022", "DOM"],
            types: [],
            skipLibCheck,
            paths: { "@scenario-sdk/client": [join(ROOT, "packages/client/dist/index.d.ts")] },
          },
          files: [`${name}.ts`],
        }),
      );
    }
    const withMs = [];
    const withoutMs = [];
    for (let i = 0; i < rounds; i++) {
      withoutMs.push(time("without"));
      withMs.push(time("with"));
    }
    return {
      skipLibCheck,
      withMs: median(withMs),
      withoutMs: median(withoutMs),
      ratio: median(withMs) / median(withoutMs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const skipLibCheck of [true, false]) {
    const r = benchTypecheck({ skipLibCheck });
    console.log(
      `tsc --noEmit of a small consumer (skipLibCheck ${skipLibCheck}): ${r.withMs.toFixed(0)} ms with the client, ${r.withoutMs.toFixed(0)} ms with plain fetch (${r.ratio.toFixed(2)}×, +${(r.withMs - r.withoutMs).toFixed(0)} ms)`,
    );
  }
}
