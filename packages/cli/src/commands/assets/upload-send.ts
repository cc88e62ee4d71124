// Sends the files of `scenario assets upload`, several lanes at once, and keeps the tally. Each
// file's outcome is its own: a failure is reported and the others go on; nothing it does throws.
// Every stored asset is recorded in the manifest before it is reported.
import {
  fileFromPath,
  UploadFailedError,
  UploadTimeoutError,
  type AssetUploadParams,
  type Scenario,
} from "@scenario-sdk/client";
import type { ByteProgress } from "../../byte-progress.js";
import type { UploadFile } from "../../checks.js";
import type { Context } from "../../context.js";
import {
  describeError,
  formatFailure,
  UnexpectedAnswerError,
  type Failure,
} from "../../describe-error.js";
import { AuthStop } from "../../auth-stop.js";
import { sha256File, type FileDigest } from "../../file-hash.js";
import {
  CancelledAfterSendError,
  isLostAnswer,
  isLostPost,
  MayExistError,
  minuteBefore,
  StillUnknownError,
} from "../../lost-answer.js";
import { ManifestWriteError, type Manifest } from "../../manifest.js";
import { displayName } from "../../output.js";
import type { MultipartOptions } from "./upload-check.js";
import { assetIdOf, openFile } from "./upload-files.js";

/** What a file became: the asset's id and the API's last answer about it. */
interface Landed {
  assetId: string;
  /** `{asset, job}` from POST /assets; `{upload}` (the final Upload) from /uploads. */
  response: unknown;
}

export interface SendSettings {
  /** POST /assets params but `name` and `image`. */
  image: Omit<AssetUploadParams, "name">;
  /** uploadFile options but `name`, progress and signal. */
  multipart: MultipartOptions;
  /** The asset's name for a file. */
  name: (path: string) => string;
  /** Milliseconds to wait for a file sent through /uploads to become an asset (client default when undefined). */
  processingTimeout: number | undefined;
}

/** Stored, but its sha256 could not be taken for the manifest. */
class NotRecordedError extends Error {
  override name = "NotRecordedError";
}

export class Uploader {
  uploaded = 0;
  skipped = 0;
  failed = 0;
  /** Cancelled in flight by a second signal. */
  cancelled = 0;
  done = 0;
  /** The manifest could not be written: start nothing more. */
  halted = false;
  /** Files going through /uploads right now, and their bytes sent so far. */
  readonly moving = new Map<string, { loaded: number; total: number }>();
  /** Set by the first answer that refuses the credentials: start nothing more. */
  readonly auth: AuthStop;

  constructor(
    private readonly client: Scenario,
    private readonly ctx: Context,
    private readonly manifest: Manifest | undefined,
    private readonly progress: ByteProgress | undefined,
    private readonly settings: SendSettings,
  ) {
    this.auth = new AuthStop(ctx);
  }

  /**
   * One file, by its route. With a manifest, the file is skipped when the manifest has its
   * content; its sha256 is taken while it uploads when the manifest cannot have it (no entry
   * with its path and size), so a big file is not read twice before its first byte is sent.
   */
  async file(file: UploadFile, buffer: Uint8Array): Promise<void> {
    const { manifest } = this;
    const paths = [file.realPath, file.path];
    // the buffer is this lane's: the hash must be over (or stopped) before the lane moves on
    const stopHashing = new AbortController();
    const hashing = manifest ? sha256File(file.path, buffer, stopHashing.signal) : undefined;
    hashing?.catch(() => {}); // awaited below; its failure is this file's
    try {
      await this.#attempt(file.path, async () => {
        if (hashing && manifest!.mayHave(paths, file.size)) {
          const { sha256 } = await hashing;
          const since = manifest!.unknownSince(paths, sha256);
          if (since) throw new StillUnknownError(file.path, since, manifest!.path);
          const assetId = manifest!.find(paths, sha256);
          if (assetId !== undefined) {
            this.skipped++;
            this.progress?.fileDone(file.path, true, file.size);
            // said too, so that the output of a rerun maps every file to its asset
            this.ctx.out.result(`${displayName(file.path)} → ${assetId} (already uploaded)`, {
              file: file.path,
              assetId,
              skipped: true,
            });
            return undefined;
          }
        }
        const landed =
          file.route === "image"
            ? await this.#image(file, hashing)
            : await this.#multipart(file, hashing);
        if (hashing) {
          const digest = await recordable(hashing, landed.assetId);
          manifest!.add({ path: file.realPath, ...digest, assetId: landed.assetId });
        }
        this.progress?.fileDone(file.path, true, file.size);
        return landed;
      });
    } finally {
      stopHashing.abort();
      await hashing?.catch(() => {});
    }
  }

  /** A canvas (and its thumbnail): one POST /assets, nothing recorded. */
  async canvas(path: string, params: () => Promise<AssetUploadParams>): Promise<void> {
    const sentAt = minuteBefore();
    await this.#attempt(path, async () =>
      this.#post(await params()).catch((error: unknown) => {
        if (!isLostAnswer(error) || this.ctx.signal.aborted) throw error;
        throw new MayExistError(path, sentAt, undefined);
      }),
    );
  }

  /** Runs one item's work; reports what it landed, or its failure. */
  async #attempt(file: string, work: () => Promise<Landed | undefined>): Promise<void> {
    const { out, signal } = this.ctx;
    try {
      const landed = await work();
      if (!landed) return;
      this.uploaded++;
      out.result(`${displayName(file)} → ${landed.assetId}`, { file, ...landed });
    } catch (error) {
      this.progress?.fileDone(file, false);
      const stored = error instanceof ManifestWriteError || error instanceof NotRecordedError;
      if (signal.aborted && !stored) {
        this.cancelled++; // by a second signal: said in the summary (and below, if it may land)
        if (error instanceof CancelledAfterSendError)
          out.warn(`${displayName(file)}: ${error.message}`);
        return;
      }
      this.failed++;
      this.auth.check(error);
      // stored but not recorded: not an upload failure, and nothing more may start
      if (error instanceof ManifestWriteError) this.halted = true;
      const { what, failure } = this.#describe(error);
      out.failure(`${displayName(file)}: ${what}: ${formatFailure(failure)}`, {
        file,
        error: failure,
      });
    } finally {
      this.done++;
    }
  }

  /** One POST /assets; a lost answer is recorded (as unknown) and said as "may have been created". */
  async #image(file: UploadFile, hashing: Promise<FileDigest> | undefined): Promise<Landed> {
    const sentAt = minuteBefore();
    try {
      return await this.#post({
        ...this.settings.image,
        name: this.settings.name(file.path),
        image: await openFile(file.path),
      });
    } catch (error) {
      if (!isLostAnswer(error)) throw error;
      return this.#mayExist(file, hashing, sentAt, error);
    }
  }

  /** The asset may exist: recorded as unknown in the manifest, said as "may have been created". */
  async #mayExist(
    file: UploadFile,
    hashing: Promise<FileDigest> | undefined,
    sentAt: string,
    error: unknown,
  ): Promise<never> {
    if (this.ctx.signal.aborted) throw error;
    const digest = await hashing?.catch(() => undefined);
    if (digest) this.manifest!.addUnknown({ path: file.realPath, ...digest });
    throw new MayExistError(file.path, sentAt, digest ? this.manifest!.path : undefined);
  }

  async #post(params: AssetUploadParams): Promise<Landed> {
    const response = await this.client.assets.upload(params, { signal: this.ctx.signal });
    return { assetId: assetIdOf(response), response };
  }

  /** Through /uploads: parts (retried by the client), `complete`, then a wait for the asset. */
  async #multipart(file: UploadFile, hashing: Promise<FileDigest> | undefined): Promise<Landed> {
    const { signal } = this.ctx;
    const { multipart, processingTimeout } = this.settings;
    const moving = { loaded: 0, total: file.size };
    this.moving.set(file.path, moving);
    const sentAt = minuteBefore();
    let exists = false; // the first progress report comes once POST /uploads answered
    let completed: string | undefined;
    try {
      const created = await this.client.uploads.uploadFile(
        await fileFromPath(file.path, this.settings.name(file.path)),
        {
          ...multipart,
          onProgress: ({ loaded }) => {
            exists = true;
            moving.loaded = loaded;
            this.progress?.set(file.path, loaded);
          },
          signal,
          wait: false,
        },
      );
      completed = created.id;
      const upload = created.entityId
        ? created
        : await this.client.uploads.wait(created.id, {
            timeout: processingTimeout,
            signal,
            projectId: multipart.projectId,
          });
      if (!upload.entityId) {
        throw new UnexpectedAnswerError(
          `upload ${upload.id} ended (${upload.status}) without an asset id; check it before uploading the file again`,
        );
      }
      return { assetId: upload.entityId, response: { upload } };
    } catch (error) {
      if (signal.aborted && completed) throw new CancelledAfterSendError(completed);
      // after the parts, the one POST is `complete` (a 409 on its retry is the client's success);
      // its answer lost, or the polls' after it: the upload may become an asset
      if ((exists && isLostPost(error)) || (completed && isLostAnswer(error))) {
        return this.#mayExist(file, hashing, sentAt, error);
      }
      throw error;
    } finally {
      this.moving.delete(file.path);
    }
  }

  /** The words before the reason, and the reason as `--json` gives it. */
  #describe(error: unknown): { what: string; failure: Failure & { uploadId?: string } } {
    const { endpoint } = this.ctx;
    if (error instanceof ManifestWriteError || error instanceof NotRecordedError) {
      // stored, but a rerun cannot know it
      return { what: "not recorded", failure: describeError(error, endpoint) };
    }
    if (error instanceof UploadTimeoutError) {
      const seconds = Math.round((this.settings.processingTimeout ?? 300_000) / 1000);
      const message =
        `upload ${error.uploadId} was still being processed after ${seconds} s and may still become an asset. ` +
        `Check it later (GET /v1/uploads/${error.uploadId}) before uploading this file again; --processing-timeout waits longer.`;
      return {
        what: "not an asset yet",
        failure: { status: null, message, requestId: null, uploadId: error.uploadId },
      };
    }
    if (error instanceof MayExistError) {
      return { what: "answer lost", failure: describeError(error) };
    }
    if (error instanceof StillUnknownError)
      return { what: "unknown", failure: describeError(error) };
    const failure = describeError(error, endpoint);
    if (error instanceof UploadFailedError)
      return { what: "upload failed", failure: { ...failure, uploadId: error.uploadId } };
    return { what: "upload failed", failure };
  }
}

/** The sha256 for the manifest entry of an asset already stored; when it cannot be taken, says so. */
async function recordable(hashing: Promise<FileDigest>, assetId: string): Promise<FileDigest> {
  try {
    return await hashing;
  } catch (error) {
    throw new NotRecordedError(
      `uploaded as ${assetId}, but ${describeError(error).message}; a rerun would upload it again.`,
    );
  }
}
