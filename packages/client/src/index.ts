/** @scenario-sdk/client — the Scenario assets API from TypeScript. */
import { Scenario } from "./client.js";

export default Scenario;
export {
  Scenario,
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type RequestOptions,
} from "./client.js";
export type { AssetUploadParams, AssetUploadResponse } from "./resources/assets.js";
export {
  ScenarioError,
  InvalidImageError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from "./errors.js";
export {
  toImageString,
  sniffImageType,
  MAX_IMAGE_BYTES,
  SUPPORTED_IMAGE_TYPES,
  type ImageInput,
  type ImageMimeType,
} from "./core/files.js";
export { resolveCredentials, ENV, type Credentials, type CredentialOptions } from "./core/auth.js";
export type { LogLevel, Logger } from "./core/log.js";
export type * from "./generated/openapi.js";
export { VERSION } from "./version.js";
