// `scenario assets download`: its help and flags (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";
import { flag, repeatable, wholeNumber, type FlagsOf } from "../../flags.js";
import {
  AssetTypeValues,
  DownloadRequestBodyTargetFormatValues as FORMATS,
} from "../../generated/spec-values.js";
import { inProject } from "./common.spec.js";

export const downloadFlags = [
  flag("--collection <id>", "download every asset of this collection"),
  flag(
    "--type <type>",
    "only assets of this type (repeatable; with --collection, or alone for every asset of the types)",
    { parse: repeatable, default: [], choices: AssetTypeValues },
  ),
  flag("--out <dir>", "folder to write to; created if missing (its parent must exist)", {
    default: ".",
  }),
  // checked by the command (case-insensitive, with a suggestion), offered by completion
  flag("--format <format>", `convert to: ${FORMATS.join(", ")}`, {
    choices: FORMATS,
  }),
  flag("--concurrency <n>", "downloads in parallel", { parse: wholeNumber(1), default: 4 }),
  flag(
    "--json",
    'one JSON object per asset: {"id", "file", "bytes", "skipped"?} or {"id", "error"}',
  ),
  inProject,
] as const;

export type DownloadFlags = FlagsOf<typeof downloadFlags>;

export const downloadCommand = defineCommand({
  path: ["assets", "download"],
  summary: "download assets' files into a folder; a rerun skips what is already there",
  operands: ["[ids...]", "asset ids (or --collection)"],
  flags: downloadFlags,
  details: () =>
    `Each file is named after its asset (else its id) with the extension of its type or --format;
a name already used in the run gets " (2)". A file already there with the same size is skipped
(no download), so rerunning an interrupted download resumes it; a different file is never
overwritten. Files are written under a temporary name and renamed when complete.`,
  examples: [
    "scenario assets download asset_a asset_b --out art",
    "scenario assets download --collection col_1 --out col_1 --concurrency 8",
    "scenario assets download --collection col_1 --type uploaded --format webp --json",
  ],
  graceful: true,
  load: () => import("./download.js"),
});
