// Everything `scenario assets upload` checks before the first request. All problems are listed
// at once (one UsageError); nothing is sent when there is one.
import type { CommandInput } from "../../command-spec.js";
import { checkCanvasFile, checkImageFile, type Checked, type CheckedFile } from "../../checks.js";
import { planClient, type ClientPlan } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { UsageError } from "../../errors.js";
import { checkManifestPath } from "../../manifest.js";
import { displayName } from "../../output.js";
import { forEachLimit } from "../../pool.js";

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
  /** Said on stderr before starting (e.g. a file given twice). */
  notes: string[];
}

/** Files checked at once: each check holds at most one file open. */
const CHECKS_AT_ONCE = 16;

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

  const checks: Checked<CheckedFile>[] = [];
  await forEachLimit(files, CHECKS_AT_ONCE, async (file, index) => {
    checks[index] = await checkImageFile(file);
  });
  const { images, notes } = oncePerFile(checks, problems);
  if (flags.name !== undefined && images.length > 1) {
    problems.push(
      `--name applies to one file, but ${images.length} were given; drop --name to use each file's name`,
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
  return { client: plan, images, ...(canvas ? { canvas } : {}), notes };
}

/** The files that passed, each once by real path (a.png, ./a.png, a link to it); the rest are problems. */
function oncePerFile(checks: Checked<CheckedFile>[], problems: string[]) {
  const images: CheckedFile[] = [];
  const notes: string[] = [];
  const first = new Map<string, CheckedFile>();
  for (const check of checks) {
    if (!check.ok) {
      problems.push(check.problem);
      continue;
    }
    const earlier = first.get(check.value.realPath);
    if (earlier) {
      notes.push(
        `${displayName(check.value.path)} is the same file as ${displayName(earlier.path)}; uploading it once.`,
      );
      continue;
    }
    first.set(check.value.realPath, check.value);
    images.push(check.value);
  }
  return { images, notes };
}
