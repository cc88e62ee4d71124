// `scenario assets get`: its help and flags (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";
import { flag, type FlagsOf } from "../../flags.js";
import { AssetGetBulkBodyAssetIdsMaxItems } from "../../generated/spec-values.js";
import { inProject } from "./common.spec.js";

export const getFlags = [
  flag("--json", 'one JSON object per asset; an id not found is {"id", "error"}'),
  inProject,
] as const;

export type GetFlags = FlagsOf<typeof getFlags>;

export const getCommand = defineCommand({
  path: ["assets", "get"],
  summary: `show assets by id (one request per ${AssetGetBulkBodyAssetIdsMaxItems} ids)`,
  operands: ["<ids...>", "asset ids"],
  flags: getFlags,
  examples: [
    "scenario assets get asset_GTrL3mq4SXWyMxkOHRxlpw",
    "scenario assets get asset_a asset_b --json",
  ],
  load: () => import("./get.js"),
});
