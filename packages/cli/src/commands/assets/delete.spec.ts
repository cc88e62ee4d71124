// `scenario assets delete`: its help and flags (data only; the code is loaded when it runs).
import { flag, type FlagsOf } from "../../flags.js";
import { assetsCommand, inProject, jsonFlag } from "./common.spec.js";

const flags = [
  flag("--yes", "delete without asking (required when stdin is not a terminal)"),
  inProject,
  jsonFlag('one JSON object per id: {"id", "deleted": true} or {"id", "error"}'),
] as const;
export type DeleteFlags = FlagsOf<typeof flags>;

export const deleteCommand = assetsCommand("delete", {
  summary: "delete assets (asks first on a terminal; --yes in scripts)",
  operands: ["<ids...>", "asset ids"],
  flags,
  examples: [
    "scenario assets delete asset_1 asset_2",
    "scenario assets list --json | jq -r .id | xargs scenario assets delete --yes",
  ],
  load: () => import("./delete.js"),
});
