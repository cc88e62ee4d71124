// The command table: one row per command — its name, summary, flags and a loader that imports
// its module only when it runs. `cli.ts` registers these rows; a new command is one row here and
// one module under commands/<group>/.
import { ASSET_TYPES, DOWNLOAD_FORMATS, wrapList } from "../asset-types.js";
import { COLOR_MODES } from "../color.js";
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
  // issue 23: profiles and colour
  {
    flags: "--profile <name>",
    description: "profile of the config file to use (default: $SCENARIO_PROFILE, else default)",
  },
  {
    flags: "--color <when>",
    description: "colour on stderr: auto, always or never (auto honours NO_COLOR, CLICOLOR_FORCE)",
    parse: oneOf(COLOR_MODES),
  },
];

/** `--project` of the commands that act on existing assets. */
const IN_PROJECT: FlagSpec = {
  flags: "--project <id>",
  description: "project the assets are in (default: the API's for your key)",
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    path: ["assets", "upload"],
    summary:
      "upload files: images of 6 MB or less in one request, anything else (video, audio, 3D, text, large images) in parts",
    operands: ["[files...]", "files to upload (after `--`, names that start with - too)"],
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
        description: "return the original asset without transformation (images ≤ 6 MB)",
      },
      { flags: "--project <id>", description: "project ID to upload into" },
      {
        flags: "--kind <kind>",
        description:
          "kind of the files sent in parts (3d, asset, audio, avatar, image, model, text, video; default: judged by content and extension)",
      },
      {
        flags: "--canvas <file.json>",
        description: "upload a canvas (JSON file) instead of files",
      },
      { flags: "--thumbnail <image>", description: "thumbnail image for --canvas" },
      {
        flags: "--json",
        description:
          'one JSON object per file: {"file", "assetId", "response"} or {"file", "error"}',
      },
      {
        flags: "--concurrency <n>",
        description: "files uploaded in parallel (each file in parts sends 4 parts at once)",
        parse: wholeNumber(1),
        default: 4,
      },
      {
        flags: "--manifest <file>",
        description: "record uploads in FILE and skip files already in it on a rerun",
      },
      {
        flags: "--processing-timeout <ms>",
        description:
          "how long to wait for a file sent in parts to become an asset (default 300000)",
        parse: wholeNumber(1),
      },
    ],
    examples: [
      "scenario assets upload hero.png --collection col_1",
      "scenario assets upload trailer.mp4 theme.mp3 ship.glb --manifest uploads.jsonl",
      "scenario assets upload art/*.png --concurrency 8 --manifest uploads.jsonl --json",
      'scenario assets upload --canvas board.json --thumbnail board.png --name "Board"',
      "scenario assets upload -- -dash.png",
    ],
    graceful: true,
    load: () => import("./assets/upload.js"),
  },
  {
    path: ["assets", "tag"],
    summary: "add and remove tags of assets",
    operands: ["[ids...]", "asset ids"],
    flags: [
      {
        flags: "--add <tag>",
        description: "add a tag (repeatable)",
        parse: repeatable,
        default: [],
      },
      {
        flags: "--remove <tag>",
        description: "remove a tag (repeatable)",
        parse: repeatable,
        default: [],
      },
      {
        flags: "--strict",
        description: "fail for an asset that already has a tag to add, or lacks one to remove",
      },
      IN_PROJECT,
      {
        flags: "--json",
        description:
          'one JSON object per id: {"id", "response": {"added", "deleted"}} or {"id", "error"}',
      },
      {
        flags: "--concurrency <n>",
        description: "assets changed in parallel",
        parse: wholeNumber(1),
        default: 4,
      },
    ],
    examples: [
      "scenario assets tag asset_1 asset_2 --add approved --remove draft",
      "scenario assets tag asset_1 --add hero --strict --json",
    ],
    graceful: true,
    load: () => import("./assets/tag.js"),
  },
  {
    path: ["assets", "delete"],
    summary: "delete assets (asks first on a terminal; --yes in scripts)",
    operands: ["[ids...]", "asset ids"],
    flags: [
      {
        flags: "--yes",
        description: "delete without asking (required when stdin is not a terminal)",
      },
      IN_PROJECT,
      {
        flags: "--json",
        description: 'one JSON object per id: {"id", "deleted": true} or {"id", "error"}',
      },
    ],
    examples: [
      "scenario assets delete asset_1 asset_2",
      "scenario assets list --json | jq -r .id | xargs scenario assets delete --yes",
    ],
    graceful: true,
    load: () => import("./assets/delete.js"),
  },
  {
    path: ["assets", "copy"],
    summary: "copy an asset, into another project with --to-project; prints the copy's id",
    operands: ["[id]", "asset id"],
    flags: [
      { flags: "--to-project <id>", description: "project to copy into (default: the API's)" },
      IN_PROJECT,
      {
        flags: "--json",
        description: 'one JSON object: {"id", "assetId", "response": {"asset"}} or {"id", "error"}',
      },
    ],
    examples: [
      "scenario assets copy asset_1 --to-project proj_2",
      "scenario assets copy asset_1 --json | jq -r .assetId",
    ],
    graceful: true,
    load: () => import("./assets/copy.js"),
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
      IN_PROJECT,
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
      IN_PROJECT,
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
    summary:
      "check an API key and secret with the API, then save them (secret asked without echo, or read from stdin)",
    flags: [
      { flags: "--no-verify", description: "save without checking with the API (offline set-up)" },
      { flags: "--project <id>", description: "default project of this profile's commands" },
    ],
    examples: [
      "scenario auth login",
      "printf '%s\\n' \"$SECRET\" | scenario auth login --api-key KEY --profile work --project proj_1",
    ],
    load: () => import("./auth/login.js"),
  },
  {
    path: ["auth", "status"],
    summary:
      "show which credentials are in use, where each comes from, the profiles, and whether the API accepts them",
    flags: [{ flags: "--no-verify", description: "do not ask the API whether they work" }],
    load: () => import("./auth/status.js"),
  },
  {
    path: ["auth", "logout"],
    summary: "delete the saved credentials (of --profile's profile only, when given)",
    load: () => import("./auth/logout.js"),
  },
];
