// `scenario assets tag`: its help and flags (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";
import { flag, repeatable, wholeNumber, type FlagsOf } from "../../flags.js";
import { inProject } from "./common.spec.js";

export const tagFlags = [
  flag("--add <tag>", "add a tag (repeatable)", { parse: repeatable, default: [] }),
  flag("--remove <tag>", "remove a tag (repeatable)", { parse: repeatable, default: [] }),
  flag("--strict", "fail for an asset that already has a tag to add, or lacks one to remove"),
  inProject,
  flag(
    "--json",
    'one JSON object per id: {"id", "response": {"added", "deleted"}} or {"id", "error"}',
  ),
  flag("--concurrency <n>", "assets changed in parallel", { parse: wholeNumber(1), default: 4 }),
] as const;

export type TagFlags = FlagsOf<typeof tagFlags>;

export const tagCommand = defineCommand({
  path: ["assets", "tag"],
  summary: "add and remove tags of assets",
  operands: ["<ids...>", "asset ids"],
  flags: tagFlags,
  examples: [
    "scenario assets tag asset_1 asset_2 --add approved --remove draft",
    "scenario assets tag asset_1 --add hero --strict --json",
  ],
  graceful: true,
  load: () => import("./tag.js"),
});
