/** @scenario-sdk/client — the Scenario assets API from TypeScript. */
import { Scenario } from "./client.js";

export default Scenario;
export {
  Scenario,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type FetchOptions,
  type RequestOptions,
  type RawRequest,
  type RawRequestOptions,
  type Credential,
  type ClientCredentialOptions,
} from "./client.js";
export type { Assets } from "./resources/assets.js";
export type { Download } from "./resources/download.js";
export type { Uploads } from "./resources/uploads.js";
export type { APIPromise, WithResponse } from "./core/api-promise.js";
export {
  CursorPage,
  type NextPageParams,
  type Page,
  type PagePromise,
  type ToArrayOptions,
} from "./core/pagination.js";
export type { RequestHeaders } from "./core/options.js";
export type { PageOf } from "./core/requester.js";
export {
  ScenarioError,
  InvalidImageError,
  InputReadError,
  UploadFailedError,
  UploadTimeoutError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ResponseValidationError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  type APIErrorBody,
  type ResponseIssue,
} from "./errors.js";
export {
  checkImage,
  toImageString,
  sniffImageType,
  MAX_IMAGE_BYTES,
  SUPPORTED_IMAGE_TYPES,
  type ImageInput,
  type ImageMimeType,
} from "./core/files.js";
export { fileFromPath } from "./lib/file-from-path.js";
export { detectFileKind, KIND_SNIFF_BYTES, UPLOAD_KINDS, type FileKind } from "./lib/file-kinds.js";
export { planParts, MIN_PART_SIZE, MAX_PARTS, type PartPlan } from "./lib/parts.js";
export { checkUploadFile } from "./lib/check-upload.js";
export type { UploadFileOptions, UploadFilePlan, UploadInput } from "./lib/upload-plan.js";
export type { UploadProgress } from "./lib/progress.js";
export type { WaitOptions } from "./lib/upload-wait.js";
export { resolveCredentials, ENV, type Credentials, type CredentialOptions } from "./core/auth.js";
export type { LogLevel, Logger } from "./core/log.js";
export type * from "./generated/types.js";
export * from "./generated/enums.js";
export type { components, operations, paths } from "@scenario-sdk/schemas";
export { VERSION } from "./version.js";
