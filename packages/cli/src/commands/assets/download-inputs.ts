// Everything `scenario assets download` checks before the first request, all problems at once.
import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import type { AssetType } from "@scenario-sdk/client";
import { checkFormat, checkTypes, type DownloadFormat } from "../../asset-types.js";
import { planClient, type ClientPlan } from "../../client-factory.js";
import type { CommandInput } from "../../command-spec.js";
import type { Context } from "../../context.js";
import { UsageError } from "../../errors.js";
import { checkIds } from "../../ids.js";
import { displayName } from "../../output.js";
import { flagIdProblems } from "./list-inputs.js";
import type { DownloadFlags } from "./download.spec.js";

export type { DownloadFlags } from "./download.spec.js";

export interface DownloadInputs {
  client: ClientPlan;
  /** The ids given (empty when a listing says what to download). */
  ids: string[];
  /** With --collection and/or --type: what to list. */
  listing?: { collectionId?: string; types?: AssetType[] };
  format?: DownloadFormat;
  /** --out, and whether it must be created. */
  dir: string;
  createDir: boolean;
}

export function checkDownloadInputs(
  { operands, flags, problems: parseProblems }: CommandInput<DownloadFlags>,
  ctx: Context,
): DownloadInputs {
  const { ids, problems: idProblems } = checkIds(operands);
  const problems = [...parseProblems, ...idProblems];
  const listed = flags.collection !== undefined || flags.type.length > 0;
  if (operands.length && flags.collection !== undefined) {
    problems.push("give asset ids or --collection, not both");
  } else if (operands.length && flags.type.length) {
    problems.push(
      "--type filters a listing (--collection, or every asset); with ids, each id given is downloaded: drop --type",
    );
  } else if (!operands.length && !listed) {
    problems.push(
      "nothing to download; usage: scenario assets download <id...>, or --collection ID (and --type T to filter)",
    );
  }
  problems.push(
    ...flagIdProblems({ "--collection": flags.collection, "--project": flags.project }),
  );
  const { types, problems: typeProblems } = checkTypes(flags.type);
  problems.push(...typeProblems);
  const { format, problem: formatProblem } =
    flags.format === undefined ? {} : checkFormat(flags.format);
  if (formatProblem) problems.push(formatProblem);
  const out = checkOutDir(flags.out);
  if (out.problem) problems.push(out.problem);

  const { plan, problems: clientProblems } = planClient(ctx);
  problems.push(...clientProblems);
  if (problems.length || !plan) throw new UsageError(problems);
  return {
    client: plan,
    ids,
    ...(listed
      ? {
          listing: {
            ...(flags.collection ? { collectionId: flags.collection } : {}),
            ...(types.length ? { types } : {}),
          },
        }
      : {}),
    ...(format ? { format } : {}),
    dir: flags.out,
    createDir: !out.exists,
  };
}

/** --out must be a writable folder, or a name in a writable folder that exists (it is created). */
function checkOutDir(dir: string): { exists?: boolean; problem?: string } {
  const shown = displayName(dir);
  const here = statOf(dir);
  if (here) {
    if (!here.isDirectory()) return { problem: `--out ${shown} is a file, not a folder` };
    return writable(dir) ? { exists: true } : { problem: `--out ${shown} is not writable` };
  }
  const parent = dirname(resolve(dir));
  const up = statOf(parent);
  if (!up?.isDirectory()) {
    const what = up ? "is not a folder" : "does not exist";
    return {
      problem: `--out ${shown}: the folder it goes in, ${displayName(parent)}, ${what}; create it first (mkdir -p ${displayName(parent)}) or choose another --out`,
    };
  }
  if (!writable(parent)) {
    return { problem: `--out ${shown} cannot be created: ${displayName(parent)} is not writable` };
  }
  return { exists: false };
}

/** What is at `path`, or undefined when nothing is (or a part of the path is a file). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
