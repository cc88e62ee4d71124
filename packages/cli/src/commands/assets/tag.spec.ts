// `scenario assets tag`: its help and flags (data only; the code is loaded when it runs).
import { flag, repeatable, type FlagsOf } from "../../flags.js";
import { assetsCommand, concurrencyFlag, inProject, jsonFlag } from "./common.spec.js";

const flags = [
  flag("--add <tag>", "add a tag (repeatable)", { parse: repeatable, default: [] }),
  flag("--remove <tag>", "remove a tag (repeatable)", { parse: repeatable, default: [] }),
  flag("--strict", "fail for an asset that already has a tag to add, or lacks one to remove"),
  inProject,
  jsonFlag('one JSON object per id: {"id", "response": {"added", "deleted"}} or {"id", "error"}'),
  concurrencyFlag("assets changed"),
] as const;
export type TagFlags = FlagsOf<typeof flags>;

export const tagCommand = assetsCommand("tag", {
  summary: "add and remove tags of assets",
  operands: ["<ids...>", "asset ids"],
  flags,
  examples: [
    "scenario assets tag asset_1 asset_2 --add approved --remove draft",
    "scenario assets tag asset_1 --add hero --strict --json",
  ],
  load: () => import("./tag.js"),
});
