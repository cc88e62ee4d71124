// Everything `scenario assets upload` checks before the first request. All problems are listed
// at once (one UsageError); nothing is sent when there is one.
import { basename } from "node:path";
import type { UploadKind } from "@scenario-sdk/client";
import type { CommandInput } from "../../command-spec.js";
import {
  checkCanvasFile,
  checkImageFile,
  checkUploadFile,
  type Checked,
  type CheckedFile,
  type UploadFile,
} from "../../checks.js";
import { planClient, type ClientPlan } from "../../client-factory.js";
import type { Context } from "../../context.js";
import { UsageError } from "../../errors.js";
import { checkManifestPath } from "../../manifest.js";
import { displayName } from "../../output.js";
import { forEachLimit } from "../../pool.js";
import { UploadKindValues } from "../../generated/spec-values.js";
import { multipartProblem, type MultipartOptions } from "./upload-check.js";
import type { UploadFlags } from "./upload.spec.js";

export type { UploadFlags } from "./upload.spec.js";

export interface UploadInputs {
  client: ClientPlan;
  files: UploadFile[];
  canvas?: { path: string; json: string; thumbnail?: CheckedFile };
  /** Said on stderr before starting (e.g. a file given twice). */
  notes: string[];
}

/** Files checked at once: each check holds at most one file open. */
const CHECKS_AT_ONCE = 16;

/** What `uploadFile` gets from the flags, for every file sent through `/uploads`. */
export function multipartOptions(flags: UploadFlags): MultipartOptions {
  return {
    ...(flags.kind ? { kind: flags.kind as UploadKind } : {}),
    ...(flags.collection.length ? { collectionIds: flags.collection } : {}),
    ...(flags.parent ? { parentId: flags.parent } : {}),
    ...(flags.hide ? { hide: true } : {}),
    ...(flags.project ? { projectId: flags.project } : {}),
  };
}

/** The asset's name: --name, else the file's own name. */
export const assetName = (flags: UploadFlags, path: string) => flags.name ?? basename(path);

export async function checkUploadInputs(
  { operands: paths, flags, problems: parseProblems }: CommandInput<UploadFlags>,
  ctx: Context,
): Promise<UploadInputs> {
  const problems = [...parseProblems];
  if (flags.canvas && paths.length) problems.push("give either files or --canvas, not both");
  if (!flags.canvas && paths.length === 0) {
    problems.push(
      "no files given; usage: scenario assets upload <file...> (or --canvas canvas.json)",
    );
  }
  if (!flags.canvas && flags.thumbnail) problems.push("--thumbnail goes with --canvas");
  if (flags.canvas && flags.manifest) problems.push("--manifest goes with files, not --canvas");
  // checked whatever route the files take (an image ≤ 6 MB goes to POST /assets, which has none)
  if (flags.kind !== undefined && !(UploadKindValues as readonly string[]).includes(flags.kind)) {
    problems.push(`--kind must be one of ${UploadKindValues.join(", ")}, got "${flags.kind}".`);
  }

  const checks: Checked<UploadFile>[] = [];
  await forEachLimit(paths, CHECKS_AT_ONCE, async (path, index) => {
    const check = await checkUploadFile(path);
    // the client's refusals for /uploads, in its words; the name is the path so that a
    // problem says which file (the extension, all the client looks at of a name, is the same)
    const refusal =
      check.ok && check.value.route === "multipart"
        ? await multipartProblem(path, flags.name ?? shownName(path), multipartOptions(flags))
        : undefined;
    checks[index] = refusal ? { ok: false, problem: refusal } : check;
  });
  const { files, notes } = oncePerFile(checks, problems);
  if (flags.name !== undefined && files.length > 1) {
    problems.push(
      `--name applies to one file, but ${files.length} were given; drop --name to use each file's name`,
    );
  }
  notes.push(...flagNotes(flags, files));

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
  // a wrong --kind is the same problem for every file: said once
  if (problems.length || !plan) throw new UsageError([...new Set(problems)]);
  return { client: plan, files, ...(canvas ? { canvas } : {}), notes };
}

/** The path itself, unless it needs quoting to be shown: then its base name. */
const shownName = (path: string) => (displayName(path) === path ? path : basename(path));

/** Flags that apply to one route only, when files take the other. */
function flagNotes(flags: UploadFlags, files: UploadFile[]): string[] {
  const multipart = files.filter((f) => f.route === "multipart").length;
  const notes: string[] = [];
  if (flags.originalAssets && multipart) {
    notes.push(
      `--original-assets applies to images sent to POST /assets, not to the ${multipart} file(s) sent through /uploads.`,
    );
  }
  if (flags.kind && multipart < files.length) {
    notes.push(
      `--kind applies to files sent through /uploads; ${files.length - multipart} image(s) of 6 MB or less go to POST /assets as images.`,
    );
  }
  return notes;
}

/** The files that passed, each once by real path (a.png, ./a.png, a link to it); the rest are problems. */
function oncePerFile(checks: Checked<UploadFile>[], problems: string[]) {
  const files: UploadFile[] = [];
  const notes: string[] = [];
  const first = new Map<string, UploadFile>();
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
    files.push(check.value);
  }
  return { files, notes };
}
