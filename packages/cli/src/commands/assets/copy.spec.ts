// `scenario assets copy`: its help and flags (data only; the code is loaded when it runs).
import { flag, type FlagsOf } from "../../flags.js";
import { assetsCommand, inProject, jsonFlag } from "./common.spec.js";

const flags = [
  flag("--to-project <id>", "project to copy into (default: the API's)"),
  inProject,
  jsonFlag('one JSON object: {"id", "assetId", "response": {"asset"}} or {"id", "error"}'),
] as const;
export type CopyFlags = FlagsOf<typeof flags>;

export const copyCommand = assetsCommand("copy", {
  summary: "copy an asset, into another project with --to-project; prints the copy's id",
  operands: ["<id>", "asset id"],
  flags,
  examples: [
    "scenario assets copy asset_1 --to-project proj_2",
    "scenario assets copy asset_1 --json | jq -r .assetId",
  ],
  load: () => import("./copy.js"),
});
