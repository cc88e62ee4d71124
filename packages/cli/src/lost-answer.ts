// A POST whose answer was lost after the request went out (the connection reset, or no answer
// in time): the API may have created the asset. Said as such, never as a plain failure, and
// recorded in the manifest as unknown so that a rerun does not upload the file again blindly.
import { APIConnectionError, APIConnectionTimeoutError } from "@scenario-sdk/client";
import { displayName } from "./output.js";

const LOST = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "ECONNABORTED"]);

/** True when the request may have reached the API before its answer was lost. */
export function isLostAnswer(error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError) return true;
  if (!(error instanceof APIConnectionError)) return false;
  return (error.code !== undefined && LOST.has(error.code)) || /hang up|reset/i.test(error.message);
}

/** A lost answer to a POST (the client marks those: PUTs of parts and GETs are not). */
export function isLostPost(error: unknown): boolean {
  return isLostAnswer(error) && (error as APIConnectionError).answerLost;
}

/** A minute early, to the minute: what `assets list --since` takes, and clock skew forgiven. */
export const minuteBefore = () => `${new Date(Date.now() - 60_000).toISOString().slice(0, 16)}Z`;

/** How to find out whether the asset of `file`, sent at `since`, exists. */
export function howToCheck(file: string, since: string): string {
  return (
    `check with \`scenario assets list --since ${since} --sort created\` whether "${displayName(file)}" is there ` +
    "before uploading it again"
  );
}

/** The file was sent and its answer lost; `recorded` names the manifest that now holds it as unknown. */
export class MayExistError extends Error {
  override name = "MayExistError";
  constructor(file: string, since: string, recorded: string | undefined) {
    super(
      `the connection was lost after the file was sent, so the asset may have been created: ${howToCheck(file, since)}` +
        (recorded
          ? `. It is recorded as unknown in ${recorded}: a rerun skips it until you delete its line there.`
          : "."),
    );
  }
}

/** POST /assets/{id}/copy sent and its answer lost: the copy may exist. */
export class CopyMayExistError extends Error {
  override name = "CopyMayExistError";
  constructor(since: string, project: string | undefined) {
    const where = project ? ` --project ${project}` : "";
    super(
      "the connection was lost after the request was sent, so the copy may have been made: check with " +
        `\`scenario assets list --since ${since} --sort created${where}\` before copying again`,
    );
  }
}

/** Found unknown in the manifest: an earlier run sent it and lost the answer. */
export class StillUnknownError extends Error {
  override name = "StillUnknownError";
  constructor(file: string, since: string, manifest: string) {
    super(
      `not sent again: a run at ${since} sent it and lost the answer, so the asset may exist; ${howToCheck(file, since)}, ` +
        `then delete its line (assetId null) from ${manifest} to send it again.`,
    );
  }
}

/** A second signal came after every byte was sent and the upload completed: it may still land. */
export class CancelledAfterSendError extends Error {
  override name = "CancelledAfterSendError";
  constructor(readonly uploadId: string) {
    super(
      `cancelled while upload ${uploadId} was being processed: it may still become an asset; check it (GET /v1/uploads/${uploadId}) before uploading this file again.`,
    );
  }
}
