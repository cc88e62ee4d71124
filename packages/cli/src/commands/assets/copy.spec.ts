// `scenario assets copy`: its help and flags (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";
import { flag, type FlagsOf } from "../../flags.js";
import { inProject } from "./common.spec.js";

export const copyFlags = [
  flag("--to-project <id>", "project to copy into (default: the API's)"),
  inProject,
  flag("--json", 'one JSON object: {"id", "assetId", "response": {"asset"}} or {"id", "error"}'),
] as const;

export type CopyFlags = FlagsOf<typeof copyFlags>;

export const copyCommand = defineCommand({
  path: ["assets", "copy"],
  summary: "copy an asset, into another project with --to-project; prints the copy's id",
  operands: ["<id>", "asset id"],
  flags: copyFlags,
  examples: [
    "scenario assets copy asset_1 --to-project proj_2",
    "scenario assets copy asset_1 --json | jq -r .assetId",
  ],
  graceful: true,
  load: () => import("./copy.js"),
});
