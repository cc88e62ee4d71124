import type { Scenario, RequestOptions } from "../client.js";
import { checkImage, checkImageString, type ImageBytes, type ImageInput } from "../core/files.js";
import type { components, operations } from "../generated/openapi.js";

type Body = components["schemas"]["AssetUploadBody"];
type Query = NonNullable<operations["uploadAsset"]["parameters"]["query"]>;

/**
 * `client.assets.upload()` params: the body and query parameters of POST /assets by their wire
 * names, where `image` and `thumbnail` also take bytes (Blob, File, Uint8Array, ArrayBuffer).
 */
export type AssetUploadParams = Omit<Body, "image" | "thumbnail"> &
  Query & {
    /** The image: base64, a data URL, or bytes (sent as a data URL, type sniffed from content). */
    image?: ImageInput | undefined;
    /** The canvas thumbnail, in the same forms as `image`. */
    thumbnail?: ImageInput | undefined;
  };

export type AssetUploadResponse = components["schemas"]["AssetUploadResponse"];

export class Assets {
  readonly #client: Scenario;
  readonly #streamImages: boolean;

  /** `streamImages`: send image bytes as they are encoded (Node's fetch) rather than as a string. */
  constructor(client: Scenario, streamImages: boolean) {
    this.#client = client;
    this.#streamImages = streamImages;
  }

  /** Image bytes, checked before any request; kept as bytes when they can be streamed. */
  async #bytes(input: Exclude<ImageInput, string>, field: string): Promise<string | ImageBytes> {
    const checked = await checkImage(input, field);
    return typeof checked === "string" || this.#streamImages ? checked : checked.toDataUrl();
  }

  /**
   * Uploads an image or a canvas (POST /assets). Images over 6 MB or of an unsupported type are
   * refused before any request. Retried on network errors and 408/409/429/5xx up to
   * `maxRetries`: a retry after a lost answer can create a second asset.
   */
  async upload(params: AssetUploadParams, options?: RequestOptions): Promise<AssetUploadResponse> {
    // `body` is a fresh object already: the params minus the query and the two image fields
    const { originalAssets, projectId, image, thumbnail, ...body } = params as AssetUploadParams &
      Record<string, unknown>;
    // strings need no reading: no await (and its microtask hops) on the common path
    if (typeof image === "string") body.image = checkImageString(image, "image");
    else if (image !== undefined) body.image = await this.#bytes(image, "image");
    if (typeof thumbnail === "string") body.thumbnail = checkImageString(thumbnail, "thumbnail");
    else if (thumbnail !== undefined) body.thumbnail = await this.#bytes(thumbnail, "thumbnail");
    const query: Query = {};
    if (originalAssets !== undefined) query.originalAssets = originalAssets;
    if (projectId !== undefined) query.projectId = projectId;
    return this.#client._call<AssetUploadResponse>(
      // image bytes stay ImageBytes until the body is sent (see core/json-body.ts)
      (api, init) => api.POST("/assets", { ...init, params: { query }, body: body as Body }),
      options,
      "AssetUploadResponse",
    );
  }
}
