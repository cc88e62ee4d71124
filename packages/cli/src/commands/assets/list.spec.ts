// `scenario assets list`: its help and flags (data only; the code is loaded when it runs).
// The --sort words are the spec's sortBy values without "At" (createdAt → created).
import { wrapList } from "../../asset-types.js";
import { defineCommand } from "../../command-spec.js";
import { flag, oneOf, repeatable, wholeNumber, type FlagsOf } from "../../flags.js";
import {
  AssetTypeValues,
  ListAssetsSortByValues,
  ListAssetsSortDirectionValues,
} from "../../generated/spec-values.js";

type SortBy = (typeof ListAssetsSortByValues)[number];
export type SortWord = SortBy extends `${infer W}At` ? W : SortBy;
export const SORT_WORDS = ListAssetsSortByValues.map((v) => v.replace(/At$/, "") as SortWord);

export const listFlags = [
  flag("--collection <id>", "only the assets of this collection"),
  flag("--type <type>", "only assets of this type (repeatable, or comma-separated; see below)", {
    parse: repeatable,
    default: [],
    choices: AssetTypeValues,
  }),
  flag("--parent <id>", "only the children of this asset"),
  flag("--author <id>", "only the assets created by this user"),
  flag(
    "--sort <field>",
    `sort by: ${SORT_WORDS.join(" or ")} (default ${SORT_WORDS[0]} when --order, --since or --until is given)`,
    { parse: oneOf(SORT_WORDS) },
  ),
  flag("--order <direction>", ListAssetsSortDirectionValues.join(" or "), {
    parse: oneOf(ListAssetsSortDirectionValues),
  }),
  flag(
    "--since <date>",
    "created (or with --sort updated, updated) after DATE: 2026-03-01 or 2026-03-01T14:30Z",
  ),
  flag("--until <date>", "… before DATE (a date alone includes that day)"),
  flag("--limit <n>", "show at most N assets (pages are no bigger than needed)", {
    parse: wholeNumber(1),
  }),
  flag("--json", "one JSON object per asset, as the API returns it"),
  flag("--project <id>", "project to list"),
] as const;

export type ListFlags = FlagsOf<typeof listFlags>;

export const listCommand = defineCommand({
  path: ["assets", "list"],
  summary: "list assets, page by page as the output goes (a table on a terminal)",
  flags: listFlags,
  details: () =>
    `Output: a table on a terminal (id, kind, name, created, size); in a pipe or a file one line per
asset, tab-separated, no header: id, kind, name, createdAt (ISO), size in bytes.
Dates without an offset are UTC.

Types (--type):\n${wrapList(AssetTypeValues)}`,
  examples: [
    "scenario assets list --collection col_1 --limit 20",
    "scenario assets list --type uploaded,txt2img --since 2026-03-01 --order desc",
    "scenario assets list --sort updated --until 2026-02-28 --json | jq -r .id",
    "scenario assets list | head -3",
  ],
  load: () => import("./list.js"),
});
