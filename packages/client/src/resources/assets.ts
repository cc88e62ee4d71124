import type { Scenario, RequestOptions } from "../client.js";
import { checkImageString, toImageString, type ImageInput } from "../core/files.js";
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

  constructor(client: Scenario) {
    this.#client = client;
  }

  /**
   * Uploads an image or a canvas (POST /assets). Images over 6 MB or of an unsupported type are
   * refused before any request. Retried on network errors and 408/409/429/5xx up to
   * `maxRetries`: a retry after a lost answer can create a second asset.
   */
  async upload(params: AssetUploadParams, options?: RequestOptions): Promise<AssetUploadResponse> {
    const { originalAssets, projectId, image, thumbnail, ...rest } = params;
    const body: Body = { ...rest };
    // strings need no reading: skip the await (and its microtask hops) on the common path
    if (image !== undefined)
      body.image =
        typeof image === "string"
          ? checkImageString(image, "image")
          : await toImageString(image, "image");
    if (thumbnail !== undefined)
      body.thumbnail =
        typeof thumbnail === "string"
          ? checkImageString(thumbnail, "thumbnail")
          : await toImageString(thumbnail, "thumbnail");
    const query: Query = {};
    if (originalAssets !== undefined) query.originalAssets = originalAssets;
    if (projectId !== undefined) query.projectId = projectId;
    return this.#client._call<AssetUploadResponse>(
      (api, init) => api.POST("/assets", { ...init, params: { query }, body }),
      options,
      "AssetUploadResponse",
    );
  }
}
