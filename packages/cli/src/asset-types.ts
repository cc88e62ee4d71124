// Checks of the API's enums that the CLI does before sending anything: asset types (`--type`)
// and download formats (`--format`). The values come from generated/spec-values.ts (data only,
// so `scenario --help` loads no package); the client exports the same lists for library users.
import type { AssetType, DownloadRequestBody } from "@scenario-sdk/client";
import { closest } from "./argv.js";
import { AssetTypeValues, DownloadRequestBodyTargetFormatValues } from "./generated/spec-values.js";

export type DownloadFormat = NonNullable<DownloadRequestBody["targetFormat"]>;

/** The spec's `AssetType` enum, in its order (generated). */
export const ASSET_TYPES: readonly AssetType[] = AssetTypeValues;

/** The spec's `DownloadRequestBody.targetFormat` enum, in its order (generated). */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = DownloadRequestBodyTargetFormatValues;

/** `--type` values (repeated, or comma-separated) checked against the spec, each kept once. */
export function checkTypes(values: readonly string[]): { types: AssetType[]; problems: string[] } {
  const types: AssetType[] = [];
  const problems: string[] = [];
  for (const value of values.flatMap((v) => v.split(",")).map((v) => v.trim())) {
    if ((ASSET_TYPES as readonly string[]).includes(value)) {
      if (!types.includes(value as AssetType)) types.push(value as AssetType);
    } else {
      problems.push(
        unknown("--type", value, ASSET_TYPES, "`scenario assets list --help` lists them"),
      );
    }
  }
  return { types, problems };
}

/** `--format` checked against the spec; undefined when it is not one. */
export function checkFormat(value: string): { format?: DownloadFormat; problem?: string } {
  const format = value.toLowerCase();
  if ((DOWNLOAD_FORMATS as readonly string[]).includes(format)) {
    return { format: format as DownloadFormat };
  }
  return {
    problem: unknown("--format", value, DOWNLOAD_FORMATS, `one of ${DOWNLOAD_FORMATS.join(", ")}`),
  };
}

function unknown(flag: string, value: string, known: readonly string[], where: string): string {
  const hint = closest(value.toLowerCase(), known);
  const shown = JSON.stringify(value);
  return `${flag} ${shown} is not one the API knows${hint ? ` (did you mean ${hint}?)` : ""}; ${where}.`;
}

/** The types as a paragraph wrapped to `width` columns, for help. */
export function wrapList(values: readonly string[], width = 78, indent = "  "): string {
  const lines: string[] = [];
  let line = indent;
  for (const value of values) {
    const item = `${value}, `;
    if (line.length + item.length - 1 > width && line !== indent) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += item;
  }
  lines.push(line.replace(/, $/, ""));
  return lines.join("\n");
}
