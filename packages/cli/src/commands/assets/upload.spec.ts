// `scenario assets upload`: its help and flags (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";
import { flag, repeatable, wholeNumber, type FlagsOf } from "../../flags.js";
import { UploadKindValues } from "../../generated/spec-values.js";

export const uploadFlags = [
  flag("--name <name>", "asset name (one file only; default: the file's name)"),
  flag("--collection <id>", "add to a collection (repeatable)", {
    parse: repeatable,
    default: [],
  }),
  flag("--parent <id>", "parent asset ID"),
  flag("--hide", "upload as hidden"),
  flag("--original-assets", "return the original asset without transformation (images ≤ 6 MB)"),
  flag("--project <id>", "project ID to upload into"),
  flag(
    "--kind <kind>",
    `kind of the files sent in parts (${UploadKindValues.join(", ")}; default: judged by content and extension)`,
    { choices: UploadKindValues },
  ),
  flag("--canvas <file.json>", "upload a canvas (JSON file) instead of files"),
  flag("--thumbnail <image>", "thumbnail image for --canvas"),
  flag("--json", 'one JSON object per file: {"file", "assetId", "response"} or {"file", "error"}'),
  flag(
    "--concurrency <n>",
    "files uploaded in parallel (each file in parts sends 4 parts at once)",
    { parse: wholeNumber(1), default: 4 },
  ),
  flag("--manifest <file>", "record uploads in FILE and skip files already in it on a rerun"),
  flag(
    "--processing-timeout <ms>",
    "how long to wait for a file sent in parts to become an asset (default 300000)",
    { parse: wholeNumber(1) },
  ),
] as const;

export type UploadFlags = FlagsOf<typeof uploadFlags>;

export const uploadCommand = defineCommand({
  path: ["assets", "upload"],
  summary:
    "upload files: images of 6 MB or less in one request, anything else (video, audio, 3D, text, large images) in parts",
  operands: ["[files...]", "files to upload (after `--`, names that start with - too)"],
  flags: uploadFlags,
  examples: [
    "scenario assets upload hero.png --collection col_1",
    "scenario assets upload trailer.mp4 theme.mp3 ship.glb --manifest uploads.jsonl",
    "scenario assets upload art/*.png --concurrency 8 --manifest uploads.jsonl --json",
    'scenario assets upload --canvas board.json --thumbnail board.png --name "Board"',
    "scenario assets upload -- -dash.png",
  ],
  graceful: true,
  load: () => import("./upload.js"),
});
