// `scenario assets get`: its help and flags (data only; the code is loaded when it runs).
import { type FlagsOf } from "../../flags.js";
import { AssetGetBulkBodyAssetIdsMaxItems } from "../../generated/spec-values.js";
import { assetsCommand, inProject, jsonFlag } from "./common.spec.js";

const flags = [
  jsonFlag('one JSON object per asset; an id not found is {"id", "error"}'),
  inProject,
] as const;
export type GetFlags = FlagsOf<typeof flags>;

export const getCommand = assetsCommand("get", {
  summary: `show assets by id (one request per ${AssetGetBulkBodyAssetIdsMaxItems} ids)`,
  operands: ["<ids...>", "asset ids"],
  flags,
  examples: [
    "scenario assets get asset_GTrL3mq4SXWyMxkOHRxlpw",
    "scenario assets get asset_a asset_b --json",
  ],
  graceful: false,
  load: () => import("./get.js"),
});
