// `scenario assets delete`: its help and flags (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";
import { flag, type FlagsOf } from "../../flags.js";
import { inProject } from "./common.spec.js";

export const deleteFlags = [
  flag("--yes", "delete without asking (required when stdin is not a terminal)"),
  inProject,
  flag("--json", 'one JSON object per id: {"id", "deleted": true} or {"id", "error"}'),
] as const;

export type DeleteFlags = FlagsOf<typeof deleteFlags>;

export const deleteCommand = defineCommand({
  path: ["assets", "delete"],
  summary: "delete assets (asks first on a terminal; --yes in scripts)",
  operands: ["<ids...>", "asset ids"],
  flags: deleteFlags,
  examples: [
    "scenario assets delete asset_1 asset_2",
    "scenario assets list --json | jq -r .id | xargs scenario assets delete --yes",
  ],
  graceful: true,
  load: () => import("./delete.js"),
});
