// Everything `scenario assets upload` checks before the first request. All problems are listed
// at once (one UsageError); nothing is sent when there is one.
import type { CommandInput } from "../../command-spec.js";
import { checkCanvasFile, checkImageFile, type CheckedFile } from "../../checks.js";
import { planClient, type ClientPlan } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { UsageError } from "../../errors.js";
import { checkManifestPath } from "../../manifest.js";

export interface UploadFlags {
  name?: string;
  collection: string[];
  parent?: string;
  hide?: boolean;
  originalAssets?: boolean;
  project?: string;
  canvas?: string;
  thumbnail?: string;
  json?: boolean;
  concurrency: number;
  manifest?: string;
}

export interface UploadInputs {
  client: ClientPlan;
  images: CheckedFile[];
  canvas?: { path: string; json: string; thumbnail?: CheckedFile };
}

export async function checkUploadInputs(
  { operands: files, flags, problems: parseProblems }: CommandInput<UploadFlags>,
  ctx: Context,
): Promise<UploadInputs> {
  const problems = [...parseProblems];
  if (flags.canvas && files.length) problems.push("give either image files or --canvas, not both");
  if (!flags.canvas && files.length === 0) {
    problems.push(
      "no files given; usage: scenario assets upload <file...> (or --canvas canvas.json)",
    );
  }
  if (!flags.canvas && flags.thumbnail) problems.push("--thumbnail goes with --canvas");
  if (flags.canvas && flags.manifest)
    problems.push("--manifest goes with image files, not --canvas");

  const images: CheckedFile[] = [];
  for (const check of await Promise.all(files.map((f) => checkImageFile(f)))) {
    if (check.ok) images.push(check.value);
    else problems.push(check.problem);
  }
  if (flags.name !== undefined && files.length > 1) {
    problems.push(
      `--name applies to one file, but ${files.length} were given; drop --name to use each file's name`,
    );
  }

  let canvas: UploadInputs["canvas"];
  if (flags.canvas) {
    const checked = await checkCanvasFile(flags.canvas);
    const thumb = flags.thumbnail ? await checkImageFile(flags.thumbnail) : undefined;
    if (!checked.ok) problems.push(checked.problem);
    if (thumb && !thumb.ok) problems.push(thumb.problem);
    if (checked.ok && (!thumb || thumb.ok)) {
      canvas = {
        path: flags.canvas,
        json: checked.value,
        ...(thumb?.ok ? { thumbnail: thumb.value } : {}),
      };
    }
  }

  const manifestProblem = flags.manifest ? checkManifestPath(flags.manifest) : undefined;
  if (manifestProblem) problems.push(manifestProblem);
  const { plan, problems: clientProblems } = planClient(ctx);
  problems.push(...clientProblems);
  if (problems.length || !plan) throw new UsageError(problems);
  return { client: plan, images, ...(canvas ? { canvas } : {}) };
}
