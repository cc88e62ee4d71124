// What the client would refuse of a file bound for the multipart `/uploads` flow — a kind it
// cannot tell from the content or the name, a `model` with collections, a file too large for
// 10,000 parts — asked before the first request with the client's own check (the one
// `uploadFile` runs), worded with the CLI's flag names.
import {
  checkUploadFile,
  fileFromPath,
  ScenarioError,
  type UploadFileOptions,
} from "@scenario-sdk/client";

export type MultipartOptions = Pick<
  UploadFileOptions,
  "kind" | "collectionIds" | "parentId" | "hide" | "projectId"
>;

/** The client's words, with the CLI's flags where it names its own options. */
const FLAG_NAMES: [RegExp, string][] = [
  [/pass its `kind` \(([^)]*)\), and its `contentType` if you know it\./, "pass --kind ($1)."],
  [/collectionIds, parentId and hide/, "--collection, --parent and --hide"],
  [/`kind`/g, "--kind"],
];

/** Why the client would refuse `path` (named `name`) for /uploads, or undefined. */
export async function multipartProblem(
  path: string,
  name: string,
  options: MultipartOptions,
): Promise<string | undefined> {
  try {
    await checkUploadFile(await fileFromPath(path, name), options);
    return undefined;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return FLAG_NAMES.reduce(
      (text, [pattern, flags]) => text.replace(pattern, flags),
      error.message,
    );
  }
}
