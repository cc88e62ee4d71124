// The command table: one row per command — its name, summary, flags and a loader that imports
// its module only when it runs. `cli.ts` registers these rows; a new command is one row here and
// one module under commands/<group>/.
import { ASSET_TYPES, DOWNLOAD_FORMATS, wrapList } from "../asset-types.js";
import {
  oneOf,
  repeatable,
  wholeNumber,
  type CommandSpec,
  type FlagSpec,
} from "../command-spec.js";

/** The command groups, in the order `scenario --help` lists them. */
export const GROUPS: Readonly<Record<string, string>> = {
  assets: "work with assets",
  auth: "manage saved credentials",
};

/** Flags every command takes. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  {
    flags: "--api-key <key>",
    description: "API key (default: $SCENARIO_SDK_API_KEY, then `scenario auth login`)",
  },
  {
    flags: "--api-secret <secret>",
    description: "API secret (default: $SCENARIO_SDK_API_SECRET, then `scenario auth login`)",
  },
  {
    flags: "--token <jwt>",
    description: "bearer token instead of a key (default: $SCENARIO_SDK_JWT)",
  },
  {
    flags: "--base-url <url>",
    description: "API base URL (default: $SCENARIO_BASE_URL or https://api.cloud.scenario.com/v1)",
  },
  {
    flags: "--timeout <ms>",
    description: "timeout per attempt in milliseconds (default 60000)",
    parse: wholeNumber(1),
  },
  {
    flags: "--max-retries <n>",
    description: "retries on network errors, 408/409/429/5xx (default 2)",
    parse: wholeNumber(0),
  },
  { flags: "--verbose", description: "log requests and show stack traces" },
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    path: ["assets", "upload"],
    summary: "upload images (≤ 6 MB each: jpeg, png, gif, webp, avif, tiff, heic, svg) or a canvas",
    operands: ["[files...]", "image files to upload (after `--`, names that start with - too)"],
    flags: [
      {
        flags: "--name <name>",
        description: "asset name (one file only; default: the file's name)",
      },
      {
        flags: "--collection <id>",
        description: "add to a collection (repeatable)",
        parse: repeatable,
        default: [],
      },
      { flags: "--parent <id>", description: "parent asset ID" },
      { flags: "--hide", description: "upload as hidden" },
      {
        flags: "--original-assets",
        description: "return the original asset without transformation",
      },
      { flags: "--project <id>", description: "project ID to upload into" },
      {
        flags: "--canvas <file.json>",
        description: "upload a canvas (JSON file) instead of images",
      },
      { flags: "--thumbnail <image>", description: "thumbnail image for --canvas" },
      {
        flags: "--json",
        description: 'one JSON object per file: {"file", "response"} or {"file", "error"}',
      },
      {
        flags: "--concurrency <n>",
        description: "uploads in parallel",
        parse: wholeNumber(1),
        default: 4,
      },
      {
        flags: "--manifest <file>",
        description: "record uploads in FILE and skip files already in it on a rerun",
      },
    ],
    examples: [
      "scenario assets upload hero.png --collection col_1",
      "scenario assets upload art/*.png --concurrency 8 --manifest uploads.jsonl --json",
      'scenario assets upload --canvas board.json --thumbnail board.png --name "Board"',
      "scenario assets upload -- -dash.png",
    ],
    graceful: true,
    load: () => import("./assets/upload.js"),
  },
  {
    path: ["assets", "list"],
    summary: "list assets, page by page as the output goes (a table on a terminal)",
    flags: [
      { flags: "--collection <id>", description: "only the assets of this collection" },
      {
        flags: "--type <type>",
        description: "only assets of this type (repeatable, or comma-separated; see below)",
        parse: repeatable,
        default: [],
      },
      { flags: "--parent <id>", description: "only the children of this asset" },
      { flags: "--author <id>", description: "only the assets created by this user" },
      {
        flags: "--sort <field>",
        description:
          "sort by: created or updated (default created when --order, --since or --until is given)",
        parse: oneOf(["created", "updated"]),
      },
      { flags: "--order <direction>", description: "asc or desc", parse: oneOf(["asc", "desc"]) },
      {
        flags: "--since <date>",
        description:
          "created (or with --sort updated, updated) after DATE: 2026-03-01 or 2026-03-01T14:30Z",
      },
      {
        flags: "--until <date>",
        description: "… before DATE (a date alone includes that day)",
      },
      {
        flags: "--limit <n>",
        description: "show at most N assets (pages are no bigger than needed)",
        parse: wholeNumber(1),
      },
      { flags: "--json", description: "one JSON object per asset, as the API returns it" },
      { flags: "--project <id>", description: "project to list" },
    ],
    details: () =>
      `Output: a table on a terminal (id, kind, name, created, size); in a pipe or a file one line per
asset, tab-separated, no header: id, kind, name, createdAt (ISO), size in bytes.
Dates without an offset are UTC.

Types (--type):\n${wrapList(ASSET_TYPES)}`,
    examples: [
      "scenario assets list --collection col_1 --limit 20",
      "scenario assets list --type uploaded,txt2img --since 2026-03-01 --order desc",
      "scenario assets list --sort updated --until 2026-02-28 --json | jq -r .id",
      "scenario assets list | head -3",
    ],
    load: () => import("./assets/list.js"),
  },
  {
    path: ["assets", "get"],
    summary: "show assets by id (one request per 200 ids)",
    operands: ["[ids...]", "asset ids"],
    flags: [
      {
        flags: "--json",
        description: 'one JSON object per asset; an id not found is {"id", "error"}',
      },
      { flags: "--project <id>", description: "project the assets are in" },
    ],
    examples: [
      "scenario assets get asset_GTrL3mq4SXWyMxkOHRxlpw",
      "scenario assets get asset_a asset_b --json",
    ],
    load: () => import("./assets/get.js"),
  },
  {
    path: ["assets", "download"],
    summary: "download assets' files into a folder; a rerun skips what is already there",
    operands: ["[ids...]", "asset ids (or --collection)"],
    flags: [
      { flags: "--collection <id>", description: "download every asset of this collection" },
      {
        flags: "--type <type>",
        description:
          "only assets of this type (repeatable; with --collection, or alone for every asset of the types)",
        parse: repeatable,
        default: [],
      },
      {
        flags: "--out <dir>",
        description: "folder to write to; created if missing (its parent must exist)",
        default: ".",
      },
      {
        flags: "--format <format>",
        description: `convert to: ${DOWNLOAD_FORMATS.join(", ")}`,
      },
      {
        flags: "--concurrency <n>",
        description: "downloads in parallel",
        parse: wholeNumber(1),
        default: 4,
      },
      {
        flags: "--json",
        description:
          'one JSON object per asset: {"id", "file", "bytes", "skipped"?} or {"id", "error"}',
      },
      { flags: "--project <id>", description: "project the assets are in" },
    ],
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
    load: () => import("./assets/download.js"),
  },
  {
    path: ["auth", "login"],
    summary: "save an API key and secret (secret asked without echo, or read from stdin)",
    load: () => import("./auth/login.js"),
  },
  {
    path: ["auth", "status"],
    summary: "show which credentials are in use and where each comes from",
    load: () => import("./auth/status.js"),
  },
  {
    path: ["auth", "logout"],
    summary: "delete the saved credentials",
    load: () => import("./auth/logout.js"),
  },
];
