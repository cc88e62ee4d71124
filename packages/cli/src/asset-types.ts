// The values of the API's enums that the CLI checks before sending anything: asset types
// (`--type`) and download formats (`--format`). The client exports them too (AssetTypeValues,
// DownloadRequestBodyTargetFormatValues, generated), but `scenario --help` shows them and must
// load no package (its start-up budget), so the lists live here; the compiler checks them
// against the generated types (both ways, below) and test/asset-types.test.ts against the spec.
import type { AssetType, DownloadRequestBody } from "@scenario-sdk/client";
import { closest } from "./argv.js";

export type DownloadFormat = NonNullable<DownloadRequestBody["targetFormat"]>;

/** The spec's `AssetType` enum, in its order. */
export const ASSET_TYPES = [
  "3d-texture",
  "3d-texture-albedo",
  "3d-texture-metallic",
  "3d-texture-mtl",
  "3d-texture-normal",
  "3d-texture-roughness",
  "3d23d",
  "3d23d-texture",
  "audio2audio",
  "audio2txt",
  "audio2video",
  "background-removal",
  "canvas",
  "canvas-drawing",
  "canvas-export",
  "detection",
  "generative-fill",
  "image-prompt-editing",
  "img23d",
  "img2img",
  "img2splat",
  "img2txt",
  "img2video",
  "inference-controlnet",
  "inference-controlnet-img2img",
  "inference-controlnet-inpaint",
  "inference-controlnet-inpaint-ip-adapter",
  "inference-controlnet-ip-adapter",
  "inference-controlnet-reference",
  "inference-controlnet-texture",
  "inference-img2img",
  "inference-img2img-ip-adapter",
  "inference-img2img-texture",
  "inference-inpaint",
  "inference-inpaint-ip-adapter",
  "inference-reference",
  "inference-reference-texture",
  "inference-txt2img",
  "inference-txt2img-ip-adapter",
  "inference-txt2img-texture",
  "patch",
  "pixelization",
  "reframe",
  "restyle",
  "segment",
  "segmentation-image",
  "segmentation-mask",
  "skybox-3d",
  "skybox-base-360",
  "skybox-hdri",
  "texture",
  "texture-albedo",
  "texture-ao",
  "texture-edge",
  "texture-height",
  "texture-metallic",
  "texture-normal",
  "texture-smoothness",
  "txt23d",
  "txt2audio",
  "txt2img",
  "txt2txt",
  "txt2video",
  "unknown",
  "uploaded",
  "uploaded-3d",
  "uploaded-audio",
  "uploaded-avatar",
  "uploaded-text",
  "uploaded-video",
  "upscale",
  "upscale-skybox",
  "upscale-texture",
  "upscale-video",
  "vectorization",
  "video23d",
  "video2audio",
  "video2img",
  "video2video",
  "voice-clone",
] as const satisfies readonly AssetType[];

/** The spec's `DownloadRequestBody.targetFormat` enum, in its order. */
export const DOWNLOAD_FORMATS = [
  "gif",
  "heif",
  "jpeg",
  "jpg",
  "png",
  "svg",
  "webp",
  "avif",
  "tif",
  "tiff",
  "glb",
  "fbx",
  "obj",
] as const satisfies readonly DownloadFormat[];

// A value the spec gained and a list above lacks fails to compile here.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const everyType: Missing<AssetType, (typeof ASSET_TYPES)[number]> = true;
const everyFormat: Missing<DownloadFormat, (typeof DOWNLOAD_FORMATS)[number]> = true;
void everyType;
void everyFormat;

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
