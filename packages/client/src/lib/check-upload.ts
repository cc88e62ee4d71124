// `checkUploadFile`, exported from the package entry without bringing the upload flow with it:
// the planning (lib/upload-plan.ts) stays a chunk of its own, loaded on first use.
import type { UploadFileOptions, UploadFilePlan, UploadInput } from "./upload-plan.js";

/**
 * Checks a file and options the way `uploads.uploadFile` does before its first request (name,
 * kind, content type, part plan, options), sending nothing: the plan, or the ScenarioError
 * uploadFile would throw.
 */
export async function checkUploadFile(
  file: UploadInput,
  options?: UploadFileOptions,
): Promise<UploadFilePlan> {
  const { checkUploadFile: check } = await import("./upload-plan.js");
  return check(file, options);
}
