// `pnpm bench` (schemas): validating the page's example response vs JSON.parse of the same
// document, cold import time vs `node -e 0`, and the min+gzip size of the ESM entry.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { bundleSize, compareSync, startOverheadMs } from "../../../scripts/bench/measure.mjs";
import { peerValidators } from "../../../scripts/bench/peer-schemas.mjs";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = here("../dist/index.js");

export async function benchSchemas({ rounds = 7 } = {}) {
  const { AssetUploadResponse } = await import(DIST);
  const text = JSON.stringify(
    JSON.parse(readFileSync(here("../../../spec/page-facts.json"), "utf8")).example,
  );
  const doc = JSON.parse(text);
  const validate = AssetUploadResponse["~standard"].validate;
  if (validate(doc).issues) throw new Error("the example does not validate");

  // ratio of costs = time(validate) / time(JSON.parse) = ops(JSON.parse) / ops(validate)
  const speed = compareSync(
    () => JSON.parse(text),
    () => validate(doc),
    { rounds },
  );
  const spec = YAML.parse(readFileSync(here("../../../spec/openapi.yaml"), "utf8"));
  const peers = peerValidators(spec.components.schemas, "AssetUploadResponse");
  if (!peers.zod(doc) || !peers.valibot(doc)) throw new Error("a peer schema refuses the example");
  const zod = compareSync(
    () => JSON.parse(text),
    () => peers.zod(doc),
    { rounds },
  );
  const valibot = compareSync(
    () => JSON.parse(text),
    () => peers.valibot(doc),
    { rounds },
  );
  const cold = startOverheadMs(
    ["--input-type=module", "-e", `await import(${JSON.stringify(DIST)})`],
    {
      baselineArgs: ["--input-type=module", "-e", "0"],
    },
  );
  const size = await bundleSize(DIST);
  return {
    validateOps: speed.baseline,
    jsonParseOps: speed.subject,
    costRatio: speed.ratio,
    costRatioSpread: speed.spread,
    zodOps: zod.baseline,
    zodCostRatio: zod.ratio,
    valibotOps: valibot.baseline,
    valibotCostRatio: valibot.ratio,
    documentBytes: text.length,
    importMs: cold.overhead,
    nodeBaselineMs: cold.baseline,
    bundleMinBytes: size.minified,
    bundleGzipBytes: size.gzip,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchSchemas();
  const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
  console.log(`document: the page's example response, ${r.documentBytes} bytes of JSON`);
  console.log(`JSON.parse:          ${Math.round(r.jsonParseOps).toLocaleString("en")} ops/s`);
  console.log(`validate (schemas):  ${Math.round(r.validateOps).toLocaleString("en")} ops/s`);
  console.log(
    `validation cost / JSON.parse cost: ${r.costRatio.toFixed(3)} (target ≤ 0.10; spread ${r.costRatioSpread.toFixed(0)} %)`,
  );
  console.log(
    `zod 4, same shape:   ${Math.round(r.zodOps).toLocaleString("en")} ops/s, cost ${r.zodCostRatio.toFixed(3)}× JSON.parse`,
  );
  console.log(
    `valibot, same shape: ${Math.round(r.valibotOps).toLocaleString("en")} ops/s, cost ${r.valibotCostRatio.toFixed(3)}× JSON.parse`,
  );
  console.log(
    `cold import: +${r.importMs.toFixed(1)} ms over node -e 0 (${r.nodeBaselineMs.toFixed(0)} ms) (target ≤ 20 ms)`,
  );
  console.log(
    `ESM entry bundled: ${kb(r.bundleMinBytes)} min, ${kb(r.bundleGzipBytes)} min+gzip (target ≤ 15 kB)`,
  );
}
