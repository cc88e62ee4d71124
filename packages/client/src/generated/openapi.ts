// generated from spec/openapi.yaml by scripts/generate.mjs — do not edit

export interface paths {
    "/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List assets
         * @description List assets of a project team. Supports both public access (via the Authorization header set to `public-auth-token`) and authenticated user access (including API keys).
         *
         *     Cursor pagination: pass `pageSize`, then each answer's `nextPaginationToken` as `paginationToken` until it is absent, `null` or `""`. The default sort order is not documented.
         *
         *     Inferred where the references are silent: the `sortBy`, `sortDirection` and `privacy` values are listed only in prose; `type`/`types` take the newer reference's 80 asset types (the older Swagger listed 64 of them); `types` is sent comma-separated like the official SDK's other list filters.
         */
        get: operations["listAssets"];
        put?: never;
        /**
         * Upload an image or canvas
         * @description Creates an asset from an image (base64 or data URL, under 6 MB) or from a canvas (stringified JSON). Larger files go through the multipart `/uploads` flow.
         *
         *     The API has no idempotency key: retrying this request after a network failure can create a second asset.
         */
        post: operations["uploadAsset"];
        /**
         * Delete assets
         * @description Deletes up to 100 assets at once. This is the only way to delete an asset: there is no `DELETE /assets/{assetId}`.
         *
         *     The reference types the answer as `unknown` and shows `{}`; it is modelled as an open object (inferred).
         */
        delete: operations["deleteAssets"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/get-bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get assets by ID
         * @description Returns the assets of up to 200 IDs in one request. IDs the caller cannot read, or that do not exist, are simply absent from the answer (no error per ID); a request over the limit is refused whole.
         */
        post: operations["getBulkAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a download archive
         * @description Starts a job that packs assets into one archive (at most 1000 assets in a batch). Poll `GET /assets/download/{jobId}` until the job gives a `downloadUrl`.
         */
        post: operations["requestAssetsDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/download/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a download archive's status
         * @description The status of an archive job started by `POST /assets/download`, and its `downloadUrl` once ready.
         */
        get: operations["getAssetsDownloadStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an asset
         * @description Returns one asset. Credentials without access to it get 403 or 404.
         *
         *     `withEmbedding` is a boolean in the official SDK's style; the older Swagger typed it as a string (its boolean type is inferred).
         */
        get: operations["retrieveAsset"];
        /**
         * Update a canvas asset
         * @description Changes a canvas: its name, description, content or thumbnail. A locked canvas needs the lock's `lockId`. Each update makes a snapshot unless `disableSnapshot` is true.
         *
         *     Inferred: the reference shows no answer for this operation (nor the SDK method's name); the answer is modelled as `{ asset }`, like retrieve, lock and unlock. Whether it also accepts `tags` is unknown, so it does not: use `PUT /assets/{assetId}/tags`.
         */
        put: operations["updateAsset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy an asset
         * @description Duplicates an asset, into `targetProjectId` or, without it, into the canvas project.
         *
         *     Inferred: the reference shows no answer for this operation (nor the SDK method's name); the answer is modelled as `{ asset }` (the new copy), like retrieve, lock and unlock.
         */
        post: operations["copyAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Lock a canvas
         * @description Locks a canvas until `lockExpiresAt`, so that only holders of the returned `lockId` can update it.
         */
        put: operations["lockAsset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Unlock a canvas
         * @description Releases the lock on a canvas, with its `lockId` or with `forceUnlock`.
         */
        put: operations["unlockAsset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a canvas's snapshots
         * @description The saved states of a canvas, one per update, with cursor pagination (`pageSize` 10 to 100, then `nextPaginationToken` until it is absent, `null` or `""`).
         */
        get: operations["listAssetSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add and remove tags
         * @description Adds and removes tags of an asset in one request. With `strict`, adding a tag the asset has or removing one it lacks is an error; without it the request is idempotent.
         */
        put: operations["updateAssetTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assets/{assetId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a download URL
         * @description Returns a signed URL to download the asset, converted to `targetFormat` when given (`400 Invalid target format` when the conversion is not supported). The URL may redirect before it serves the file.
         *
         *     `targetFormat` goes in the JSON body, as the official SDK sends it; the MCP documentation describes a `?targetFormat` query parameter instead. The body is followed here (a resolved conflict).
         */
        post: operations["requestAssetDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an upload
         * @description Create a temporary upload URL for a file. Support multipart uploads. Return a list of URLs for each part of the file.
         *
         *     For a multipart upload send `fileName`, `contentType`, `fileSize`, `parts` and `kind`; then `PUT` each part's bytes to its `parts[].url` (no credentials; every part at least 5 MB except the last, at most 10,000 parts), call `POST /uploads/{uploadId}/action` with `complete`, and poll `GET /uploads/{uploadId}` until `entityId` is set or the status is `failed`. To import from a URL send `url` and `kind`; from Civitai or Hugging Face, `civitaiModelUrl` or `huggingFaceModelName`. No field is required by the schema: which ones are needed depends on the kind of upload.
         */
        post: operations["createUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an upload
         * @description The upload and its progress. Poll it after the `complete` action until `entityId` is set (status `imported`) or the status is `failed`; `complete`, `validating` and `validated` mean the file is still being processed.
         */
        get: operations["retrieveUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/uploads/{uploadId}/action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an upload
         * @description Tells the API that every part is uploaded (`action: complete`); the file is then validated and imported. The answer's status is often still `validating`. There is no action to abort an upload.
         *
         *     The reference's prose still says "upload-complete", but its enum and the official SDK send `complete`, which is the only value accepted here (inferred). `projectId` is typed `unknown` on this operation's TypeScript page and is taken as the string it is elsewhere (inferred).
         */
        post: operations["triggerUploadAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The JSON body of `POST /assets`. Send either `image`, or `canvas` (with an optional `thumbnail`). */
        AssetUploadBody: {
            /** @description The original file name of the image (example: “low-res-image.jpg”). */
            name: string;
            /** @description The canvas to upload as a stringified JSON. Ignored if image is provided. */
            canvas?: string;
            /** @description The IDs of the collections to add the asset to. If provided, the new asset will be added to the collections. */
            collectionIds?: string[];
            /** @description Toggles the hidden status of the asset. */
            hide?: boolean;
            /**
             * @description The image to upload in base64 format string.
             *
             *     Plain base64 or a data URL (`data:image/png;base64,…`). Images under 6 MB only: `image/jpeg`, `image/png`, `image/gif`, `image/svg+xml`, `image/webp`, `image/avif`, `image/tiff`, `image/heic`; larger files go through `/uploads`.
             */
            image?: string;
            /** @description Specifies the parent asset Id for the asset. */
            parentId?: string;
            /** @description The thumbnail for the canvas in base64 format string. Ignored if image is provided. */
            thumbnail?: string;
        };
        /** @description The answer of `POST /assets`. */
        AssetUploadResponse: {
            asset: components["schemas"]["Asset"];
            job?: components["schemas"]["Job"];
        };
        Asset: {
            /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”) */
            id: string;
            /** @description The author user ID (example: “dcf121faaa1a0a0bbbd9ca1b73d62aea”) */
            authorId: string;
            /** @description A list of CollectionId this asset belongs to */
            collectionIds: string[];
            /** @description The asset creation date as an ISO string (example: “2023-02-03T11:19:41.579Z”) */
            createdAt: string;
            /** @description List of edit capabilities */
            editCapabilities: ("DETECTION" | "GENERATIVE_FILL" | "PIXELATE" | "PROMPT_EDITING" | "REFINE" | "REFRAME" | "REMOVE_BACKGROUND" | "SEGMENTATION" | "UPSCALE" | "UPSCALE_360" | "VECTORIZATION")[];
            /** @description The kind of asset */
            kind: components["schemas"]["AssetKind"];
            /** @description Metadata of the asset with some additional information */
            metadata: components["schemas"]["AssetMetadata"];
            /** @description The mime type of the asset (example: “image/png”) */
            mimeType: string;
            /** @description The owner (project) ID (example: “proj_23tlk332lkht3kl2” or “team_dlkhgs23tlk3hlkth32lkht3kl2” for old teams) */
            ownerId: string;
            /** @description The privacy of the asset */
            privacy: components["schemas"]["AssetPrivacy"];
            /** @description The properties of the asset, content may depend on the kind of asset returned */
            properties: components["schemas"]["AssetProperties"];
            /** @description source of the asset */
            source: components["schemas"]["AssetSource"];
            /**
             * @description The actual status
             * @enum {string}
             */
            status: "error" | "pending" | "success";
            /** @description The associated tags (example: [“sci-fi”, “landscape”]) */
            tags: string[];
            /** @description The asset last update date as an ISO string (example: “2023-02-03T11:19:41.579Z”) */
            updatedAt: string;
            /** @description Signed URL to get the asset content */
            url: string;
            /** @description Automatic captioning of the asset */
            automaticCaptioning?: string;
            /**
             * @description The description, it will contain in priority:
             *
             *     • the manual description
             *
             *     • the advanced captioning when the asset is used in training flow
             *
             *     • the automatic captioning
             */
            description?: string;
            /**
             * @description The embedding of the asset when requested.
             *
             *     Only available when an asset can be embedded (ie: not Detection maps)
             */
            embedding?: number[];
            /**
             * @description The video asset’s first frame.
             *
             *     Contains the assetId and the url of the first frame.
             */
            firstFrame?: components["schemas"]["AssetFirstFrame"];
            /** @description Whether the asset is hidden. */
            isHidden?: boolean;
            /**
             * @description The video asset’s last frame.
             *
             *     Contains the assetId and the url of the last frame.
             */
            lastFrame?: components["schemas"]["AssetLastFrame"];
            /** @description The NSFW labels */
            nsfw?: string[];
            /**
             * @description The original file url.
             *
             *     Contains the url of the original file. without any conversion. Only available for some specific video, audio and threeD assets. Is only specified if the given asset data has been replaced with a new file during the creation of the asset.
             */
            originalFileUrl?: string;
            /** @description The MIME type of the file as it was uploaded, before any conversion. Returned by the official SDK 2.2.0 but listed by neither generation of the reference, so modelled as an optional string (inferred). */
            originalMimeType?: string;
            /** @description The output index of the asset within a job This index is an positive integer that starts at 0 It is used to differentiate between multiple outputs of the same job If the job has only one output, this index is 0 */
            outputIndex?: number;
            /**
             * @description The asset’s preview.
             *
             *     Contains the assetId and the url of the preview.
             */
            preview?: components["schemas"]["AssetPreview"];
            /**
             * @description The asset’s thumbnail.
             *
             *     Contains the assetId and the url of the thumbnail.
             */
            thumbnail?: components["schemas"]["AssetThumbnail"];
        };
        AssetMetadata: {
            kind: components["schemas"]["AssetKind"];
            /** @description The type of the asset. Ex: ‘inference-txt2img’ will represent an asset generated from a text to image model */
            type: components["schemas"]["AssetType"];
            /** @description How angular is the surface? 0 is like a sphere, 1 is like a mechanical object */
            angular?: number;
            /** @description The optional aspect ratio given for the generation, only applicable for some models */
            aspectRatio?: string;
            /** @description Int to set between 0 and 255 for the opacity of the background in the result images. */
            backgroundOpacity?: number;
            /** @description The baseModelId that maybe changed at inference time */
            baseModelId?: string;
            /** @description A bounding box around the object of interest, in the format [x1, y1, x2, y2]. */
            bbox?: number[];
            /** @description Remove small dark spots (i.e. “pepper”) and connect small bright cracks. */
            betterQuality?: boolean;
            /** @description The control image already processed by canny detector. Must reference an existing AssetId. */
            cannyStructureImage?: string;
            /** @description Activate clustering. */
            clustering?: boolean;
            /** @description Ensure upscaled tile have the same color histogram as original tile. */
            colorCorrection?: boolean;
            colorMode?: string;
            colorPrecision?: number;
            /** @description Flux Kontext LoRA to style the image. For Flux Kontext Prompt Editing. */
            concepts?: components["schemas"]["AssetMetadataConcept"][];
            contours?: number[][][][];
            /** @description End step for control. */
            controlEnd?: number;
            /** @description The date when the asset was copied to a project */
            copiedAt?: string;
            cornerThreshold?: number;
            /** @description Allow the generation of “hallucinations” during the upscale process, which adds additional details and deviates from the original image. Default: optimized for your preset and style. */
            creativity?: number;
            /** @description Amount of decay in creativity over the upscale process. The lowest the value, the less the creativity will be preserved over the upscale process. */
            creativityDecay?: number;
            /** @description If true, use the default parameters */
            defaultParameters?: boolean;
            /** @description The depth fidelity if a depth image provided */
            depthFidelity?: number;
            /** @description The control image processed by depth estimator. Must reference an existing AssetId. */
            depthImage?: string;
            /** @description Amount of details to remove or add */
            detailsLevel?: number;
            /** @description The number of pixels to dilate the result masks. */
            dilate?: number;
            /** @description Contrast factor for Grayscale detector */
            factor?: number;
            filterSpeckle?: number;
            /**
             * @description Determine the scale at which the upscale process works.
             *
             *     • With a small value, the upscale works at the largest scale, resulting in fewer added details and more coherent images. Ideal for portraits, for example.
             *
             *     • With a large value, the upscale works at the smallest scale, resulting in more added details and more hallucinations. Ideal for landscapes, for example.
             *
             *     (info): A small value is slower and more expensive to run.
             */
            fractality?: number;
            /**
             * @description Apply extra control to the Skybox 360 geometry. The higher the value, the more the 360 geometry will influence the generated skybox image.
             *
             *     Use with caution. Default is adapted to the other parameters.
             */
            geometryEnforcement?: number;
            /** @description The guidance used to generate this asset */
            guidance?: number;
            halfMode?: boolean;
            hdr?: number;
            height?: number;
            /** @description High threshold for Canny detector */
            highThreshold?: number;
            /** @description (deprecated) Horizontal expansion ratio. */
            horizontalExpansionRatio?: number;
            /** @description The input image to process. Must reference an existing AssetId or be a data URL. */
            image?: string;
            /** @description Strengthen the similarity to the original image during the upscale. Default: optimized for your preset and style. */
            imageFidelity?: number;
            /**
             * @description Preserve the seamless properties of skybox or texture images. Input has to be of same type (seamless).
             * @enum {string}
             */
            imageType?: "seamfull" | "skybox" | "texture";
            /** @description The id of the Inference describing how this image was generated */
            inferenceId?: string;
            /**
             * @description When set to high, allows to better preserve details from the input images in the output. This is especially useful when using images that contain elements like faces or logos that require accurate preservation in the generated image.
             *
             *     You can provide multiple input images that will all be preserved with high fidelity, but keep in mind that the first image will be preserved with richer textures and finer details, so if you include elements such as faces, consider placing them in the first image.
             *
             *     Only available for the gpt-image-1 model.
             * @enum {string}
             */
            inputFidelity?: "high" | "low";
            /**
             * @description Location of the input image in the output.
             * @enum {string}
             */
            inputLocation?: "bottom" | "left" | "middle" | "right" | "top";
            /** @description To invert the relief */
            invert?: boolean;
            /** @description How polished is the surface? 0 is like a rough surface, 1 is like a mirror */
            keypointThreshold?: number;
            layerDifference?: number;
            lengthThreshold?: number;
            /** @description The ISO timestamp when the lock on the canvas will expire */
            lockExpiresAt?: string;
            /** @description Low threshold for Canny detector */
            lowThreshold?: number;
            /** @description The mask used for the asset generation or editing */
            mask?: string;
            maxIterations?: number;
            /** @description Maximum threshold for Grayscale conversion */
            maxThreshold?: number;
            /** @description Minimum threshold for Grayscale conversion */
            minThreshold?: number;
            /**
             * @description Modality to detect
             * @enum {string}
             */
            modality?: "canny" | "depth" | "grayscale" | "lineart_anime" | "mlsd" | "normal" | "pose" | "scribble" | "segmentation" | "sketch";
            mode?: string;
            /** @description The modelId used to generate this asset */
            modelId?: string;
            /** @description The type of the generator used */
            modelType?: components["schemas"]["ModelType"];
            name?: string;
            nbMasks?: number;
            /** @description The negative prompt used to generate this asset */
            negativePrompt?: string;
            /** @description Controls the influence of the negative prompt. Default 0 means the negative prompt has no effect. Higher values increase negative prompt influence. Must be > 0 if negativePrompt is provided. */
            negativePromptStrength?: number;
            /** @description The number of denoising steps for each image generation. */
            numInferenceSteps?: number;
            /** @description The number of outputs to generate. */
            numOutputs?: number;
            originalAssetId?: string;
            outputIndex?: number;
            /** @description Overlap percentage for the output image. */
            overlapPercentage?: number;
            /** @description Override the embeddings of the model. Only your prompt and negativePrompt will be used. Use with caution. */
            overrideEmbeddings?: boolean;
            parentId?: string;
            parentJobId?: string;
            pathPrecision?: number;
            /** @description List of points (label, x, y) in the image where label = 0 for background and 1 for object. */
            points?: number[][];
            /** @description How polished is the surface? 0 is like a rough surface, 1 is like a mirror */
            polished?: number;
            preset?: string;
            progressPercent?: number;
            /** @description The prompt that guided the asset generation or editing */
            prompt?: string;
            /** @description Increase the fidelity to the prompt during upscale. Default: optimized for your preset and style. */
            promptFidelity?: number;
            /** @description How raised is the surface? 0 is flat like water, 1 is like a very rough rock */
            raised?: number;
            /** @description The reference images used for the asset generation or editing */
            referenceImages?: string[];
            /**
             * @description Additional refinement steps before scaling.
             *
             *     If scalingFactor == 1, the refinement process will be applied (1 + refinementSteps) times. If scalingFactor > 1, the refinement process will be applied refinementSteps times.
             */
            refinementSteps?: number;
            /** @description Remove background for Grayscale detector */
            removeBackground?: boolean;
            /** @description Size proportion of the input image in the output. */
            resizeOption?: number;
            /** @description Boolean to output the contours. */
            resultContours?: boolean;
            /** @description Boolean to able output the cut out object. */
            resultImage?: boolean;
            /** @description Boolean to able return the masks (binary image) in the response. */
            resultMask?: boolean;
            rootParentId?: string;
            /** @description Save a flipbook of the texture. Deactivated when the input texture is larger than 2048x2048px */
            saveFlipbook?: boolean;
            /** @description Scaling factor (when targetWidth not specified) */
            scalingFactor?: number;
            /** @description The scheduler used to generate this asset */
            scheduler?: string;
            /** @description The seed used to generate this asset. <!> Can be a string or a number in some cases <!>. */
            seed?: string;
            /** @description Sharpen tiles. */
            sharpen?: boolean;
            /** @description How shiny is the surface? 0 is like a matte surface, 1 is like a diamond */
            shiny?: number;
            size?: number;
            /** @description Activate sketch detection instead of canny. */
            sketch?: boolean;
            sourceProjectId?: string;
            spliceThreshold?: number;
            /**
             * @description The strength
             *
             *     Only available for the flux-kontext LoRA model.
             */
            strength?: number;
            /** @description Strength for the input image structure preservation */
            structureFidelity?: number;
            /** @description The control image for structure. A canny detector will be applied to this image. Must reference an existing AssetId. */
            structureImage?: string;
            /** @enum {string} */
            style?: "3d-cartoon" | "3d-rendered" | "anime" | "cartoon" | "cinematic" | "claymation" | "cloud-skydome" | "comic" | "cyberpunk" | "enchanted" | "fantasy" | "ink" | "manga" | "manga-color" | "minimalist" | "neon-tron" | "oil-painting" | "pastel" | "photo" | "photography" | "psychedelic" | "retro-fantasy" | "scifi-concept-art" | "space" | "standard" | "whimsical";
            /** @description The higher the value the more it will look like the style image(s) */
            styleFidelity?: number;
            /** @description List of style images. Most of the time, only one image is enough. It must be existing AssetIds. */
            styleImages?: string[];
            /** @description Condition the influence of the style image(s). The higher the value, the more the style images will influence the upscaled image. */
            styleImagesFidelity?: number;
            /** @description The target height of the output image. */
            targetHeight?: number;
            /** @description Target width for the upscaled image, take priority over scaling factor */
            targetWidth?: number;
            /** @description A textual description / keywords describing the object of interest. */
            text?: string;
            /** @description The asset to convert in texture maps. Must reference an existing AssetId. */
            texture?: string;
            /** @description The thumbnail of the canvas */
            thumbnail?: components["schemas"]["AssetMetadataThumbnail"];
            /** @description If set to true, during the upscaling process, the model will match tiles of the source image with tiles of the style image(s). This will result in a more coherent restyle. Works best with style images that have a similar composition. */
            tileStyle?: boolean;
            trainingImage?: boolean;
            /** @description (deprecated) Vertical expansion ratio. */
            verticalExpansionRatio?: number;
            /** @description The width of the rendered image. */
            width?: number;
        };
        AssetMetadataConcept: {
            /** @description The model ID (example: “model_eyVcnFJcR92BxBkz7N6g5w”) */
            modelId: string;
            /** @description The scale of the model (example: 1.0) For Flux Kontext Prompt Editing, the scale is between 0 and 2. */
            scale: number;
            /** @description The epoch of the model (example: “000001”) Only available for Flux Lora Trained models */
            modelEpoch?: string;
        };
        AssetMetadataThumbnail: {
            /** @description The AssetId of the image used as a thumbnail for the canvas (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”) */
            assetId: string;
            /** @description The url of the image used as a thumbnail for the canvas */
            url: string;
        };
        AssetProperties: {
            size: number;
            /** @description Number of animation frames if animations exist */
            animationFrameCount?: number;
            /** @description Bitrate of the media in bits per second */
            bitrate?: number;
            /** @description Number of bones if skeleton exists */
            boneCount?: number;
            /**
             * @description The camera mode of the asset (newer reference, Gen-B).
             * @enum {string}
             */
            cameraMode?: "aerial" | "interior" | "turntable";
            /** @description The camera trajectory of the asset, point by point (newer reference, Gen-B). */
            cameraTrajectory?: components["schemas"]["AssetPropertiesCameraTrajectory"][];
            /** @description Number of channels of the audio */
            channels?: number;
            /** @description Number of characters of a text asset (newer reference, Gen-B). */
            charCount?: number;
            /**
             * @description Classification of the audio
             * @enum {string}
             */
            classification?: "effect" | "interview" | "music" | "other" | "sound" | "speech" | "text" | "unknown";
            /** @description Codec name of the media */
            codecName?: string;
            /** @description Description of the audio */
            description?: string;
            /** @description Bounding box dimensions [width, height, depth] */
            dimensions?: number[];
            /** @description Duration of the media in seconds */
            duration?: number;
            /** @description Number of faces/triangles in the mesh */
            faceCount?: number;
            /** @description Format of the mesh file (e.g. ‘glb’, etc.) */
            format?: string;
            /** @description Frame rate of the video in frames per second */
            frameRate?: number;
            /** @description Whether the mesh has animations */
            hasAnimations?: boolean;
            /** @description Whether `preview` holds the whole content of a text asset; when false it is only the beginning (newer reference, Gen-B). */
            hasFullPreview?: boolean;
            /** @description Whether the mesh has normal vectors */
            hasNormals?: boolean;
            /** @description Whether the mesh has bones/skeleton */
            hasSkeleton?: boolean;
            /** @description Whether the mesh has UV coordinates */
            hasUVs?: boolean;
            height?: number;
            /** @description Number of frames in the video */
            nbFrames?: number;
            /** @description The beginning of a text asset's content, all of it when `hasFullPreview` is true (newer reference, Gen-B). */
            preview?: string;
            /** @description Sample rate of the media in Hz */
            sampleRate?: number;
            /** @description Transcription of the audio */
            transcription?: components["schemas"]["AssetPropertiesTranscription"];
            /** @description Number of vertices in the mesh */
            vertexCount?: number;
            width?: number;
            /** @description Number of words of a text asset (newer reference, Gen-B). */
            wordCount?: number;
        };
        /** @description One point of a camera trajectory (newer reference, Gen-B). */
        AssetPropertiesCameraTrajectory: {
            /** @description Where the camera is. */
            position: unknown[];
            /** @description Where the camera looks. */
            target: unknown[];
            /** @description The camera's field of view. */
            fov?: number;
        };
        AssetPropertiesTranscription: {
            text: string;
        };
        AssetFirstFrame: {
            assetId: string;
            url: string;
        };
        AssetLastFrame: {
            assetId: string;
            url: string;
        };
        AssetPreview: {
            assetId: string;
            url: string;
        };
        AssetThumbnail: {
            assetId: string;
            url: string;
        };
        Job: {
            /** @description The job creation date as an ISO string (example: “2023-02-03T11:19:41.579Z”) */
            createdAt: string;
            /** @description The job ID (example: “job_ocZCnG1Df35XRL1QyCZSRxAG8”) */
            jobId: string;
            /**
             * @description The type of job
             * @enum {string}
             */
            jobType: "assets-download" | "canvas-export" | "caption" | "caption-llava" | "custom" | "describe-style" | "detection" | "embed" | "flux" | "flux-model-training" | "generate-prompt" | "image-generation" | "image-prompt-editing" | "inference" | "mesh-preview-rendering" | "model-download" | "model-import" | "model-training" | "musubi-model-training" | "openai-image-generation" | "patch-image" | "pixelate" | "reframe" | "remove-background" | "repaint" | "restyle" | "segment" | "skybox-3d" | "skybox-base-360" | "skybox-hdri" | "skybox-upscale-360" | "texture" | "translate" | "upload" | "upscale" | "upscale-skybox" | "upscale-texture" | "vectorize" | "workflow";
            /** @description Metadata of the job with some additional information */
            metadata: components["schemas"]["JobMetadata"];
            /** @description Progress of the job (between 0 and 1) */
            progress: number;
            /** @description The current status of the job */
            status: components["schemas"]["JobStatus"];
            /** @description The history of the different statuses the job went through with the ISO string date of when the job reached each statuses. */
            statusHistory: components["schemas"]["JobStatusHistory"][];
            /** @description The job last update date as an ISO string (example: “2023-02-03T11:19:41.579Z”) */
            updatedAt: string;
            /** @description The author user ID (example: “dcf121faaa1a0a0bbbd9ca1b73d62aea”) */
            authorId?: string;
            /** @description The billing of the job */
            billing?: components["schemas"]["JobBilling"];
            /**
             * @description The owner ID (example: “team_U3Qmc8PCdWXwAQJ4Dvw4tV6D”)
             *
             *     Upload
             */
            ownerId?: string;
        };
        JobMetadata: {
            /** @description List of produced assets for this job */
            assetIds?: string[];
            /** @description Eventual error for the job */
            error?: string;
            /** @description The flow of the job. Only available for workflow jobs. */
            flow?: components["schemas"]["JobMetadataFlow"][];
            /** @description Actionable hint for the user explaining what went wrong and how to resolve it. */
            hint?: string;
            /** @description The inputs for the job */
            input?: {
                [key: string]: unknown;
            };
            /** @description May contain the output of the job for specific custom models jobs. Only available for custom models which generate non-assets outputs. Example: LLM text results. */
            output?: {
                [key: string]: unknown;
            };
            /** @description For voice-clone jobs: the ID of the model being trained. */
            outputModelId?: string;
            /** @description The workflow ID of the job if job is part of a workflow. */
            workflowId?: string;
            /** @description The workflow job ID of the job if job is part of a workflow job. */
            workflowJobId?: string;
        };
        JobMetadataFlow: {
            /** @description The id of the node. */
            id: string;
            /**
             * @description The status of the node. Only available for WorkflowJob nodes.
             * @enum {string}
             */
            status: "failure" | "pending" | "processing" | "skipped" | "success";
            /**
             * @description The type of the job for the node.
             * @enum {string}
             */
            type: "custom-model" | "for-each" | "generate-prompt" | "list" | "logic" | "model" | "remove-background" | "transform" | "user-approval" | "workflow";
            /** @description List of produced assets for this node. */
            assets?: components["schemas"]["JobMetadataFlowAsset"][];
            /** @description Fixed number of iterations for a ForEach node. When set, the loop runs exactly count times regardless of array input. When not set, the loop iterates over the resolved array input. Only available for ForEach nodes. */
            count?: number;
            /** @description The nodes that this node depends on. Only available for nodes that have dependencies. Mainly used for user approval nodes. */
            dependsOn?: string[];
            /**
             * @description If true, the outputs of this node will be included in the workflow job’s final output. Only applicable to producing nodes (custom-model, inference, etc.). By default, only last nodes (nodes not referenced by other nodes) contribute to outputs. Set this to true to also include intermediate nodes in the final output. Note: This should only be set to true or left undefined.
             * @constant
             */
            includeOutputsInWorkflowJob?: true;
            /** @description The inputs of the node. */
            inputs?: components["schemas"]["JobMetadataFlowInput"][];
            /** @description Statically-configured items for a List node. The node outputs this array as-is when executed. Only available for List nodes. The values can be strings, numbers, or asset IDs. */
            items?: string[];
            /** @description Zero-based index of the iteration this node copy belongs to. Set on dynamically-created copies of loop body nodes. */
            iterationIndex?: number;
            /** @description If the flow is part of a WorkflowJob, this is the jobId for the node. jobId is only available for nodes started. A node “Pending” for a running workflow job is not started. */
            jobId?: string;
            /** @description The logic of the node. Only available for logic nodes. */
            logic?: components["schemas"]["JobMetadataFlowLogic"];
            /**
             * @description The type of the logic for the node. Only available for logic nodes.
             * @constant
             */
            logicType?: "if-else";
            /** @description IDs of the body template nodes that belong to this ForEach loop. At runtime these templates are cloned once per iteration and marked Skipped. Only available for ForEach nodes. */
            loopBodyNodeIds?: string[];
            /** @description ID of the ForEach node that spawned this iteration copy. Set on dynamically-created copies of loop body nodes. */
            loopNodeId?: string;
            /** @description The model id for the node. Mainly used for custom model tasks. */
            modelId?: string;
            /** @description The output of the node. Only available for logic nodes. */
            output?: unknown;
            /** @description The workflow id for the node. Mainly used for workflow tasks. */
            workflowId?: string;
        };
        JobMetadataFlowAsset: {
            assetId: string;
            url: string;
        };
        JobMetadataFlowInput: {
            /** @description The name that must be user to call the model through the API */
            name: string;
            /** @description The data type of the input */
            type: components["schemas"]["JobMetadataFlowInputType"];
            /** @description The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown. */
            allowedValues?: unknown[];
            /** @description Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`. */
            backgroundBehavior?: components["schemas"]["JobMetadataFlowInputBackgroundBehavior"];
            /** @description Whether the input is a color or not. Only available for `string` input type. */
            color?: boolean;
            /** @description Whether this input affects the model’s cost calculation */
            costImpact?: boolean;
            /** @description The default value for the input */
            default?: unknown;
            /** @description Help text displayed in the UI to provide additional information about the input */
            description?: string;
            /** @description Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI. */
            group?: string;
            /** @description Hint text displayed in the UI as a tooltip to guide the user */
            hint?: string;
            /** @description The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs. */
            inputs?: {
                [key: string]: unknown;
            }[];
            /** @description The configured items for inputs_array type inputs. Each item is an array of SubNodeInput that need ref/value resolution. Only available for inputs_array type. */
            items?: components["schemas"]["JobMetadataFlowInputItem"][][];
            /** @description The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the flight on API side with dataurl without data:kind, prefix */
            kind?: components["schemas"]["AssetKind"];
            /** @description The label displayed in the UI for this input */
            label?: string;
            /** @description The name of the file input field to use as the mask source */
            maskFrom?: string;
            /** @description The maximum allowed value. Only available for `number` and `array` input types. */
            max?: number;
            /** @description The maximum allowed length for `string` inputs. Also applies to each item in `string_array`. */
            maxLength?: number;
            /** @description The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time. */
            maxSize?: number;
            /** @description The minimum allowed value. Only available for `number` and array input types. */
            min?: number;
            /** @description The minimum allowed length for string inputs. Also applies to each item in `string_array`. */
            minLength?: number;
            /** @description The allowed model types for this input. Example: `[“flux.1-lora”]`. Only available for `model_array` input type. */
            modelTypes?: components["schemas"]["ModelType"][];
            /**
             * @description Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types.
             *
             *     For `file_array`, the parent asset is the first item in the array.
             */
            parent?: boolean;
            /** @description Placeholder text for the input. Only available for ‘string’ input type. */
            placeholder?: string;
            /** @description Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type. */
            prompt?: boolean;
            /** @description Whether the input is used with prompt spark. Only available for `string` input type. */
            promptSpark?: boolean;
            /** @description The reference to another input or output of the same workflow. Must have at least one of node or conditional. */
            ref?: components["schemas"]["JobMetadataFlowInputRef"];
            /**
             * @description Set of rules that describes when this input is required:
             *
             *     • `always`: Input is always required
             *
             *     • `ifNotDefined`: Input is required when another specified input is not defined
             *
             *     • `ifDefined`: Input is required when another specified input is defined
             *
             *     • `conditionalValues`: Input is required when another input has a specific value
             *
             *     By default, the input is not required.
             */
            required?: components["schemas"]["JobMetadataFlowInputRequired"];
            /** @description The step increment for numeric inputs. Only available for `number` input type. */
            step?: number;
            /** @description The value of the input. This is the value of the input that will be used to run the node. Only available for flows managed by a WorkflowJob. */
            value?: unknown;
        };
        JobMetadataFlowInputItem: {
            /** @description The name that must be user to call the model through the API */
            name: string;
            /** @description The data type of the input */
            type: components["schemas"]["JobMetadataFlowInputType"];
            /** @description The allowed values for the input. For `string` or `number` types, creates a single-select dropdown. For `string_array` type, creates a multi-select dropdown. */
            allowedValues?: unknown[];
            /** @description Specifies the background behavior for the input. Only available for `file` and `file_array` input types with kind `image`. */
            backgroundBehavior?: components["schemas"]["JobMetadataFlowInputBackgroundBehavior"];
            /** @description Whether the input is a color or not. Only available for `string` input type. */
            color?: boolean;
            /** @description Whether this input affects the model’s cost calculation */
            costImpact?: boolean;
            /** @description The default value for the input */
            default?: unknown;
            /** @description Help text displayed in the UI to provide additional information about the input */
            description?: string;
            /** @description Used to visually group inputs together in the UI. Inputs with the same group value appear consecutively in the UI. */
            group?: string;
            /** @description Hint text displayed in the UI as a tooltip to guide the user */
            hint?: string;
            /** @description The list of inputs which form an object within a container array. All inputs are the same as the current object. This is only available for type inputs_array inputs. */
            inputs?: {
                [key: string]: unknown;
            }[];
            /** @description The asset kind of the input. Only taken into account for `file` and `file_array` input types. If model provides multiple kinds, the input will be not able to create the asset on the flight on API side with dataurl without data:kind, prefix */
            kind?: components["schemas"]["AssetKind"];
            /** @description The label displayed in the UI for this input */
            label?: string;
            /** @description The name of the file input field to use as the mask source */
            maskFrom?: string;
            /** @description The maximum allowed value. Only available for `number` and `array` input types. */
            max?: number;
            /** @description The maximum allowed length for `string` inputs. Also applies to each item in `string_array`. */
            maxLength?: number;
            /** @description The maximum allowed file size in bytes. Only applies to `file` and `file_array` input types. Validated against `asset.properties.size` at job creation time. */
            maxSize?: number;
            /** @description The minimum allowed value. Only available for `number` and array input types. */
            min?: number;
            /** @description The minimum allowed length for string inputs. Also applies to each item in `string_array`. */
            minLength?: number;
            /** @description The allowed model types for this input. Example: `[“flux.1-lora”]`. Only available for `model_array` input type. */
            modelTypes?: components["schemas"]["ModelType"][];
            /**
             * @description Whether this input represents a parent asset to assign to the produced assets. Only available for `file` and `file_array` input types.
             *
             *     For `file_array`, the parent asset is the first item in the array.
             */
            parent?: boolean;
            /** @description Placeholder text for the input. Only available for ‘string’ input type. */
            placeholder?: string;
            /** @description Whether the input is a prompt. When true, displays as a text area with prompt spark feature. Only available for `string` input type. */
            prompt?: boolean;
            /** @description Whether the input is used with prompt spark. Only available for `string` input type. */
            promptSpark?: boolean;
            /** @description The reference to another input or output of the same workflow. Must have at least one of node or conditional. */
            ref?: components["schemas"]["JobMetadataFlowInputItemRef"];
            /**
             * @description Set of rules that describes when this input is required:
             *
             *     • `always`: Input is always required
             *
             *     • `ifNotDefined`: Input is required when another specified input is not defined
             *
             *     • `ifDefined`: Input is required when another specified input is defined
             *
             *     • `conditionalValues`: Input is required when another input has a specific value
             *
             *     By default, the input is not required.
             */
            required?: components["schemas"]["JobMetadataFlowInputItemRequired"];
            /** @description The step increment for numeric inputs. Only available for `number` input type. */
            step?: number;
            /** @description The value of the input. This is the value of the input that will be used to run the node. Only available for flows managed by a WorkflowJob. */
            value?: unknown;
        };
        JobMetadataFlowInputItemRef: {
            /** @description The conditional nodes to reference. If the conditional nodes are successful, the node will be successful. If the conditional nodes are skipped, the node will be skipped. Contains an array of node ids used to check the status of the nodes. */
            conditional?: string[];
            /** @description This is the desired node output value if ref is an if/else node. */
            equal?: string;
            /** @description The name of the input or output to reference. If the type is ‘workflow’, the name is the name of the input of the workflow is required If the type is ‘node’, the name is not mandatory, except if you want all outputs of the node. To get all outputs of a node, you can use the name ‘all’. */
            name?: string;
            /** @description The node id or ‘workflow’ if the source is a workflow input. */
            node?: string;
        };
        JobMetadataFlowInputItemRequired: {
            /** @description Whether the input is always required */
            always?: boolean;
            /**
             * @description Makes this input required when another input has a specific value:
             *
             *     • Key: name of the input to check
             *
             *     • Value: operation and allowed values that trigger the requirement
             */
            conditionalValues?: unknown;
            /**
             * @description Makes this input required when another input is defined:
             *
             *     • Key: name of the input that must be defined
             *
             *     • Value: message to display when this input is required
             */
            ifDefined?: unknown;
            /**
             * @description Makes this input required when another input is not defined:
             *
             *     • Key: name of the input that must be undefined
             *
             *     • Value: message to display when this input is required
             */
            ifNotDefined?: unknown;
        };
        JobMetadataFlowInputRef: {
            /** @description The conditional nodes to reference. If the conditional nodes are successful, the node will be successful. If the conditional nodes are skipped, the node will be skipped. Contains an array of node ids used to check the status of the nodes. */
            conditional?: string[];
            /** @description This is the desired node output value if ref is an if/else node. */
            equal?: string;
            /** @description The name of the input or output to reference. If the type is ‘workflow’, the name is the name of the input of the workflow is required If the type is ‘node’, the name is not mandatory, except if you want all outputs of the node. To get all outputs of a node, you can use the name ‘all’. */
            name?: string;
            /** @description The node id or ‘workflow’ if the source is a workflow input. */
            node?: string;
        };
        JobMetadataFlowInputRequired: {
            /** @description Whether the input is always required */
            always?: boolean;
            /**
             * @description Makes this input required when another input has a specific value:
             *
             *     • Key: name of the input to check
             *
             *     • Value: operation and allowed values that trigger the requirement
             */
            conditionalValues?: unknown;
            /**
             * @description Makes this input required when another input is defined:
             *
             *     • Key: name of the input that must be defined
             *
             *     • Value: message to display when this input is required
             */
            ifDefined?: unknown;
            /**
             * @description Makes this input required when another input is not defined:
             *
             *     • Key: name of the input that must be undefined
             *
             *     • Value: message to display when this input is required
             */
            ifNotDefined?: unknown;
        };
        JobMetadataFlowLogic: {
            /** @description The cases of the logic. Only available for if/else nodes. */
            cases?: components["schemas"]["JobMetadataFlowLogicCase"][];
            /** @description The default case of the logic. Contains the id/output of the node to execute if no case is matched. Only available for if/else nodes. */
            default?: string;
            /** @description The transform of the logic. Only available for transform nodes. */
            transform?: string;
        };
        JobMetadataFlowLogicCase: {
            condition: string;
            value: string;
        };
        JobStatusHistory: {
            date: string;
            status: components["schemas"]["JobStatus"];
        };
        JobBilling: {
            cuCost: number;
            cuDiscount: number;
        };
        /** @enum {string} */
        AssetKind: "3d" | "audio" | "document" | "image" | "image-hdr" | "json" | "text" | "video";
        /**
         * @description The type of an asset (`metadata.type`), also the `type`/`types` filter of `GET /assets`. The 75 values of the reference page plus the five of the newer reference (Gen-B) `audio2txt`, `img2splat`, `img2txt`, `txt2txt`, `uploaded-text`.
         * @enum {string}
         */
        AssetType: "3d-texture" | "3d-texture-albedo" | "3d-texture-metallic" | "3d-texture-mtl" | "3d-texture-normal" | "3d-texture-roughness" | "3d23d" | "3d23d-texture" | "audio2audio" | "audio2txt" | "audio2video" | "background-removal" | "canvas" | "canvas-drawing" | "canvas-export" | "detection" | "generative-fill" | "image-prompt-editing" | "img23d" | "img2img" | "img2splat" | "img2txt" | "img2video" | "inference-controlnet" | "inference-controlnet-img2img" | "inference-controlnet-inpaint" | "inference-controlnet-inpaint-ip-adapter" | "inference-controlnet-ip-adapter" | "inference-controlnet-reference" | "inference-controlnet-texture" | "inference-img2img" | "inference-img2img-ip-adapter" | "inference-img2img-texture" | "inference-inpaint" | "inference-inpaint-ip-adapter" | "inference-reference" | "inference-reference-texture" | "inference-txt2img" | "inference-txt2img-ip-adapter" | "inference-txt2img-texture" | "patch" | "pixelization" | "reframe" | "restyle" | "segment" | "segmentation-image" | "segmentation-mask" | "skybox-3d" | "skybox-base-360" | "skybox-hdri" | "texture" | "texture-albedo" | "texture-ao" | "texture-edge" | "texture-height" | "texture-metallic" | "texture-normal" | "texture-smoothness" | "txt23d" | "txt2audio" | "txt2img" | "txt2txt" | "txt2video" | "unknown" | "uploaded" | "uploaded-3d" | "uploaded-audio" | "uploaded-avatar" | "uploaded-text" | "uploaded-video" | "upscale" | "upscale-skybox" | "upscale-texture" | "upscale-video" | "vectorization" | "video23d" | "video2audio" | "video2img" | "video2video" | "voice-clone";
        /**
         * @description Where an asset comes from (`source`). Spelled differently from `AssetType` in places (`texture:albedo`, `inference-txt`). The 75 values of the reference page plus the five of the newer reference (Gen-B) `audio2txt`, `img2splat`, `img2txt`, `txt2txt`, `uploaded-text`.
         * @enum {string}
         */
        AssetSource: "3d23d" | "3d23d:texture" | "3d:texture" | "3d:texture:albedo" | "3d:texture:metallic" | "3d:texture:mtl" | "3d:texture:normal" | "3d:texture:roughness" | "audio2audio" | "audio2txt" | "audio2video" | "background-removal" | "canvas" | "canvas-drawing" | "canvas-export" | "detection" | "generative-fill" | "image-prompt-editing" | "img23d" | "img2img" | "img2splat" | "img2txt" | "img2video" | "inference-control-net" | "inference-control-net-img" | "inference-control-net-inpainting" | "inference-control-net-inpainting-ip-adapter" | "inference-control-net-ip-adapter" | "inference-control-net-reference" | "inference-control-net-texture" | "inference-img" | "inference-img-ip-adapter" | "inference-img-texture" | "inference-in-paint" | "inference-in-paint-ip-adapter" | "inference-reference" | "inference-reference-texture" | "inference-txt" | "inference-txt-ip-adapter" | "inference-txt-texture" | "patch" | "pixelization" | "reframe" | "restyle" | "segment" | "segmentation-image" | "segmentation-mask" | "skybox-3d" | "skybox-base-360" | "skybox-hdri" | "texture" | "texture:albedo" | "texture:ao" | "texture:edge" | "texture:height" | "texture:metallic" | "texture:normal" | "texture:smoothness" | "txt23d" | "txt2audio" | "txt2img" | "txt2txt" | "txt2video" | "unknown" | "uploaded" | "uploaded-3d" | "uploaded-audio" | "uploaded-avatar" | "uploaded-text" | "uploaded-video" | "upscale" | "upscale-skybox" | "upscale-texture" | "upscale-video" | "vectorization" | "video23d" | "video2audio" | "video2img" | "video2video" | "voice-clone";
        /**
         * @description Who can see an asset.
         * @enum {string}
         */
        AssetPrivacy: "private" | "public" | "unlisted";
        /** @enum {string} */
        ModelType: "custom" | "elevenlabs-voice" | "flux.1" | "flux.1-composition" | "flux.1-kontext-dev" | "flux.1-kontext-lora" | "flux.1-krea-dev" | "flux.1-krea-lora" | "flux.1-lora" | "flux.1-pro" | "flux.1.1-pro-ultra" | "flux.2-dev-edit-lora" | "flux.2-dev-lora" | "flux.2-klein-4b-edit-lora" | "flux.2-klein-4b-lora" | "flux.2-klein-9b-edit-lora" | "flux.2-klein-9b-lora" | "flux.2-klein-base-4b-edit-lora" | "flux.2-klein-base-4b-lora" | "flux.2-klein-base-9b-edit-lora" | "flux.2-klein-base-9b-lora" | "flux1.1-pro" | "gpt-image-1" | "qwen-image-2512-lora" | "qwen-image-edit-2509-lora" | "qwen-image-edit-2511-lora" | "qwen-image-edit-lora" | "qwen-image-lora" | "sd-1_5" | "sd-1_5-composition" | "sd-1_5-lora" | "sd-xl" | "sd-xl-composition" | "sd-xl-lora" | "zimage-de-turbo-lora" | "zimage-lora" | "zimage-turbo-lora";
        /** @enum {string} */
        JobStatus: "canceled" | "failure" | "finalizing" | "in-progress" | "pending" | "queued" | "success" | "warming-up";
        /** @enum {string} */
        JobMetadataFlowInputType: "boolean" | "file" | "file_array" | "inputs_array" | "model" | "model_array" | "number" | "number_array" | "string" | "string_array";
        /** @enum {string} */
        JobMetadataFlowInputBackgroundBehavior: "opaque" | "transparent";
        /** @description One page of `GET /assets`. */
        AssetListResponse: {
            /** @description The assets of this page. */
            assets: components["schemas"]["Asset"][];
            /** @description The cursor of the next page, to send as `paginationToken`. Absent, `null` or `""` on the last page; treat all three as "no more pages". Opaque; send it back unchanged. */
            nextPaginationToken?: string | null;
        };
        /** @description The JSON body of `DELETE /assets`. */
        AssetDeleteMultipleBody: {
            /** @description The IDs of the assets to delete. Max 100 at once. */
            assetIds: string[];
        };
        /** @description The answer of `DELETE /assets`. The reference types it as `unknown` and shows `{}`; it is modelled as an open object (inferred). */
        AssetDeleteMultipleResponse: Record<string, never>;
        /** @description The JSON body of `POST /assets/get-bulk`. */
        AssetGetBulkBody: {
            /** @description The list of asset ids the team has read access to. Limit of 200 assets. Optional in the reference's schema. */
            assetIds?: string[];
        };
        /** @description The answer of `POST /assets/get-bulk`. */
        AssetGetBulkResponse: {
            /** @description The assets found. IDs that were not found or not readable are absent. */
            assets: components["schemas"]["Asset"][];
        };
        /** @description The answer of `GET /assets/{assetId}`. */
        AssetRetrieveResponse: {
            /** @description The asset. */
            asset: components["schemas"]["Asset"];
        };
        /** @description The JSON body of `PUT /assets/{assetId}`. Every field is optional. */
        AssetUpdateBody: {
            /** @description The new name of the canvas. */
            name?: string;
            /** @description The new description of the asset (also used as its caption in trainings). */
            description?: string;
            /** @description The new content of the canvas, as stringified JSON. */
            canvas?: string;
            /** @description The new thumbnail of the canvas, in base64. */
            thumbnail?: string;
            /** @description The value of the lock, to update a locked canvas. */
            lockId?: string;
            /** @description The ISO timestamp when the lock expires. */
            lockExpiresAt?: string;
            /** @description If true, no snapshot is created for this update. */
            disableSnapshot?: boolean;
        };
        /** @description The answer of `PUT /assets/{assetId}`. Not shown by the reference; modelled as `{ asset }` like retrieve, lock and unlock (inferred). */
        AssetUpdateResponse: {
            /** @description The updated asset. */
            asset: components["schemas"]["Asset"];
        };
        /** @description The JSON body of `POST /assets/{assetId}/copy`. */
        AssetCopyBody: {
            /** @description The project to copy the asset to. If not provided, the asset will be copied to the canvas project. */
            targetProjectId?: string;
        };
        /** @description The answer of `POST /assets/{assetId}/copy`. Not shown by the reference; modelled as `{ asset }` (the new copy) like retrieve, lock and unlock (inferred). */
        AssetCopyResponse: {
            /** @description The new copy; its `metadata.copiedAt` and `metadata.sourceProjectId` say where it came from. */
            asset: components["schemas"]["Asset"];
        };
        /** @description The JSON body of `PUT /assets/{assetId}/lock`. */
        AssetLockBody: {
            /** @description The ISO timestamp when the lock expires. */
            lockExpiresAt: string;
        };
        /** @description The answer of `PUT /assets/{assetId}/lock`. */
        AssetLockResponse: {
            /** @description The locked canvas. */
            asset: components["schemas"]["Asset"];
            /** @description The value of the lock, to pass to update and unlock. */
            lockId: string;
        };
        /** @description The JSON body of `PUT /assets/{assetId}/unlock`. Send `lockId`, or `forceUnlock`. */
        AssetUnlockBody: {
            /** @description The value of the lock on this canvas. */
            lockId?: string;
            /** @description If true, no need to pass a lockId. */
            forceUnlock?: boolean;
        };
        /** @description The answer of `PUT /assets/{assetId}/unlock`. */
        AssetUnlockResponse: {
            /** @description The unlocked canvas. */
            asset: components["schemas"]["Asset"];
        };
        /** @description One page of `GET /assets/{assetId}/snapshots`. */
        AssetListSnapshotsResponse: {
            /** @description The snapshots of this page. */
            snapshots: components["schemas"]["AssetSnapshot"][];
            /** @description The cursor of the next page, to send as `paginationToken`. Absent, `null` or `""` on the last page; treat all three as "no more pages". Opaque; send it back unchanged. */
            nextPaginationToken?: string | null;
        };
        /** @description A saved state of a canvas. */
        AssetSnapshot: {
            /** @description The user whose update made the snapshot. */
            authorId: string;
            /** @description The hash of the snapshot's content. */
            hash: string;
            /** @description The canvas content at that time, as stringified JSON. */
            rawData: string;
            /** @description When the snapshot was taken (a timestamp). */
            takenAt: number;
        };
        /** @description The JSON body of `PUT /assets/{assetId}/tags`. The TypeScript SDK calls `delete` `_delete` (a reserved word); on the wire it is `delete`. */
        AssetUpdateTagsBody: {
            /** @description The tags to add. */
            add?: string[];
            /** @description The tags to remove. */
            delete?: string[];
            /** @description If true, adding a tag the asset already has or removing one it does not have is an error; if false, both are ignored. */
            strict?: boolean;
        };
        /** @description The answer of `PUT /assets/{assetId}/tags`. */
        AssetUpdateTagsResponse: {
            /** @description The tags that were added (empty when none changed). */
            added: string[];
            /** @description The tags that were removed (empty when none changed). */
            deleted: string[];
        };
        /** @description The JSON body of `POST /assets/download`. The batch is limited to 1000 assets. */
        DownloadRequestBatchBody: {
            /** @description How the archive is laid out. */
            options: components["schemas"]["DownloadRequestBatchOptions"];
            /** @description Which assets go into the archive. All three lists are required; send `[]` for the ones you do not use. */
            query: components["schemas"]["DownloadRequestBatchQuery"];
        };
        /** @description How the archive of `POST /assets/download` is laid out. */
        DownloadRequestBatchOptions: {
            /** @description The template of each file's name, with the placeholders `<seed>`, `<num>`, `<prompt>` and `<generator>` (example: “<generator>-<prompt>-<num>-<seed>”). */
            fileNameTemplate: string;
            /** @description If true, the files are stored flat instead of in grouped folders. */
            flat?: boolean;
        };
        /** @description Which assets go into the archive of `POST /assets/download`. */
        DownloadRequestBatchQuery: {
            /** @description Individual assets. */
            assetIds: string[];
            /** @description Every asset of these inferences. */
            inferenceIds: string[];
            /** @description Every asset of these models. */
            modelIds: string[];
        };
        /** @description The answer of `POST /assets/download`. */
        DownloadRequestBatchResponse: {
            /** @description The archive job, to poll with `GET /assets/download/{jobId}`. */
            jobId: string;
        };
        /** @description The answer of `GET /assets/download/{jobId}`. */
        DownloadGetStatusResponse: {
            /** @description The archive job. */
            jobId: string;
            /** @description The job's status. The reference lists no values. */
            jobStatus: string;
            /** @description The signed URL of the archive, once it is ready. */
            downloadUrl?: string;
        };
        /** @description The JSON body of `POST /assets/{assetId}/download`. `targetFormat` is a body field as the official SDK sends it, although the MCP documentation describes it as a query parameter. */
        DownloadRequestBody: {
            /**
             * @description The format to convert the asset to. Without it the asset comes as it is stored.
             * @enum {string}
             */
            targetFormat?: "gif" | "heif" | "jpeg" | "jpg" | "png" | "svg" | "webp" | "avif" | "tif" | "tiff" | "glb" | "fbx" | "obj";
        };
        /** @description The answer of `POST /assets/{assetId}/download`. */
        DownloadRequestResponse: {
            /** @description The signed URL to download the asset in the given format. */
            url: string;
        };
        /** @description The JSON body of `POST /uploads`. No field is required by the schema; a multipart upload needs `fileName`, `contentType`, `fileSize`, `parts` and `kind`, an import from a URL `url` and `kind`. */
        UploadCreateBody: {
            /** @description The original file name. Required for multipart upload; ignored if assetId is provided. */
            fileName?: string;
            /** @description The MIME type of the file (example: “image/jpeg”). Required for multipart upload. */
            contentType?: string;
            /** @description The size of the file in bytes. Required for multipart upload. */
            fileSize?: number;
            /** @description The number of parts the file is sent in. Required for multipart upload. Every part is at least 5 MB except the last, at most 10,000 parts; use 1 for files under 5 MB. */
            parts?: number;
            /** @description What the file becomes. Required for multipart upload and url. */
            kind?: components["schemas"]["UploadKind"];
            /** @description A URL to fetch the file from. If you setup url you MUST setup kind as well. */
            url?: string;
            /** @description The URL of a Civitai model to import. */
            civitaiModelUrl?: string;
            /** @description The name of a Hugging Face model to import (example: “black-forest-labs/FLUX.1-dev”); no other field is needed. */
            huggingFaceModelName?: string;
            /** @description Options for the asset the upload creates. Only available for kinds which produce an asset. (Not available for model kind) */
            assetOptions?: components["schemas"]["UploadAssetOptions"];
        };
        /** @description Options for the asset an upload creates. */
        UploadAssetOptions: {
            /** @description The collections to add the asset to. */
            collectionIds?: string[];
            /** @description Whether to hide the asset from the user. */
            hide?: boolean;
            /** @description The parent asset's ID. */
            parentId?: string;
        };
        /** @description The answer of `POST /uploads`. */
        UploadCreateResponse: {
            /** @description The new upload, with a signed URL for each part. */
            upload: components["schemas"]["Upload"];
        };
        /** @description The answer of `GET /uploads/{uploadId}`. */
        UploadRetrieveResponse: {
            /** @description The upload. */
            upload: components["schemas"]["Upload"];
        };
        /** @description The JSON body of `POST /uploads/{uploadId}/action`. */
        UploadTriggerActionBody: {
            /**
             * @description The action to run; `complete` is the only one. (The reference's prose says "upload-complete", but its enum and the official SDK say `complete`; only `complete` is accepted here, inferred.)
             * @enum {string}
             */
            action: "complete";
        };
        /** @description The answer of `POST /uploads/{uploadId}/action`. */
        UploadTriggerActionResponse: {
            /** @description The upload; its status is often still `validating`. */
            upload: components["schemas"]["Upload"];
        };
        /** @description A file on its way into Scenario. Status goes `pending` → `validating` → `validated` → `imported`, or `failed`; only `imported` with an `entityId` means the asset exists. */
        Upload: {
            /** @description The upload ID (example: “upload_7Xk2pQ9sLm3nVb8cRt1wYe”). */
            id: string;
            /** @description The user who created the upload. */
            authorId: string;
            /** @description The creation date as an ISO string. */
            createdAt: string;
            /** @description The file name. */
            fileName: string;
            /** @description What the file becomes. */
            kind: components["schemas"]["UploadKind"];
            /** @description The owner (project) ID. */
            ownerId: string;
            /**
             * @description Where the file comes from.
             * @enum {string}
             */
            source: "civitai" | "huggingface" | "multipart" | "other" | "url";
            /** @description Where the upload stands. */
            status: components["schemas"]["UploadStatus"];
            /** @description The last update date as an ISO string. */
            updatedAt: string;
            /** @description The options given for the asset the upload creates. */
            assetOptions?: {
                /** @description The collections to add the asset to. */
                collectionIds?: string[];
                /** @description Whether the asset is hidden from the user. */
                hide?: boolean;
                /** @description The parent asset's ID. */
                parentId?: string;
            };
            /** @description Free-form configuration of the upload. */
            config?: unknown;
            /** @description The MIME type of the file. */
            contentType?: string;
            /** @description The ID of what the upload produced (the asset, or the model for kind `model`), once imported. `null` while processing, as the guide's examples show (nullable is inferred from them). */
            entityId?: string | null;
            /** @description Why the upload failed, when its status is `failed`. (Nullable like `entityId`, inferred.) */
            errorMessage?: string | null;
            /** @description The size of the file in bytes. */
            fileSize?: number;
            /** @description The job that imports the file. */
            jobId?: string;
            /** @description The file name as given. */
            originalFileName?: string;
            /** @description One signed URL per part, to `PUT` the part's bytes to (no credentials). */
            parts?: components["schemas"]["UploadPart"][];
            /** @description The number of parts. */
            partsCount?: number;
            /**
             * @description The provider of an imported model.
             * @enum {string}
             */
            provider?: "civitai" | "huggingface" | "other";
            /** @description The URL the file is fetched from. */
            url?: string;
        };
        /** @description Where to send one part of a multipart upload. */
        UploadPart: {
            /** @description When the signed URL expires (a timestamp). */
            expires: string;
            /** @description The part number, from 1. */
            number: number;
            /** @description The signed URL to `PUT` the part's bytes to, without credentials. */
            url: string;
        };
        /**
         * @description What an upload becomes. `text` is in the newer reference (Gen-B) and the official SDK 2.2.0, not in the older one.
         * @enum {string}
         */
        UploadKind: "3d" | "asset" | "audio" | "avatar" | "image" | "model" | "text" | "video";
        /**
         * @description The status of an upload - `pending` → `validating` → `validated` → `imported`, or `failed`. `complete`, `validating` and `validated` mean it is still being processed.
         * @enum {string}
         */
        UploadStatus: "complete" | "failed" | "imported" | "pending" | "validated" | "validating";
        /** @description An error answer. The API publishes no schema for it; these are the fields seen in practice, and others may appear. */
        Error: {
            /** @description Human-readable reason for the error. */
            reason?: string;
            /** @description Human-readable message. */
            message?: string;
            /** @description Short error name or message. */
            error?: string;
            /** @description Additional detail. */
            detail?: string;
            /** @description Structured details, e.g. `actionName`. */
            details?: {
                [key: string]: unknown;
            };
            /** @description Trace ID to quote to Scenario support. */
            traceId?: string;
            /** @description Trace ID (older spelling). */
            trace_id?: string;
            /** @description On 429: seconds until the rate limit resets. */
            remainingSeconds?: number;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The request is malformed or a parameter is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credentials do not allow this action. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The asset, upload or job does not exist or is not visible to these credentials, or a referenced resource (parent asset, collection, project) does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the resource's state, e.g. a canvas locked by someone else or a tag change refused by `strict`. (The official SDK's tests exercise 409 on these operations; which cases answer it is inferred.) */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is too large; upload files over 6 MB through `/uploads`. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request is well-formed but cannot be processed. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited; `remainingSeconds` in the body or `retry-after` says when to try again. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait, or an HTTP date. */
                "retry-after"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API failed; retrying later may succeed. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
        ProjectId: string;
        /** @description If set to true, returns the original asset without transformation */
        OriginalAssets: boolean;
        /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
        AssetId: string;
        /** @description The upload ID returned by `POST /uploads` (example: “upload_7Xk2pQ9sLm3nVb8cRt1wYe”). */
        UploadId: string;
        /** @description The `jobId` returned by `POST /assets/download`. */
        JobId: string;
        /** @description The cursor of the page to fetch, as returned in the previous page's `nextPaginationToken`. Omit it for the first page. It is opaque; send it back unchanged. */
        PaginationToken: string;
        /** @description The number of assets per page, 1 to 100 (default 50). */
        AssetsPageSize: number;
        /** @description The number of snapshots per page, 10 to 100 (default 10). */
        SnapshotsPageSize: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AssetUploadBody = components['schemas']['AssetUploadBody'];
export type AssetUploadResponse = components['schemas']['AssetUploadResponse'];
export type Asset = components['schemas']['Asset'];
export type AssetMetadata = components['schemas']['AssetMetadata'];
export type AssetMetadataConcept = components['schemas']['AssetMetadataConcept'];
export type AssetMetadataThumbnail = components['schemas']['AssetMetadataThumbnail'];
export type AssetProperties = components['schemas']['AssetProperties'];
export type AssetPropertiesCameraTrajectory = components['schemas']['AssetPropertiesCameraTrajectory'];
export type AssetPropertiesTranscription = components['schemas']['AssetPropertiesTranscription'];
export type AssetFirstFrame = components['schemas']['AssetFirstFrame'];
export type AssetLastFrame = components['schemas']['AssetLastFrame'];
export type AssetPreview = components['schemas']['AssetPreview'];
export type AssetThumbnail = components['schemas']['AssetThumbnail'];
export type Job = components['schemas']['Job'];
export type JobMetadata = components['schemas']['JobMetadata'];
export type JobMetadataFlow = components['schemas']['JobMetadataFlow'];
export type JobMetadataFlowAsset = components['schemas']['JobMetadataFlowAsset'];
export type JobMetadataFlowInput = components['schemas']['JobMetadataFlowInput'];
export type JobMetadataFlowInputItem = components['schemas']['JobMetadataFlowInputItem'];
export type JobMetadataFlowInputItemRef = components['schemas']['JobMetadataFlowInputItemRef'];
export type JobMetadataFlowInputItemRequired = components['schemas']['JobMetadataFlowInputItemRequired'];
export type JobMetadataFlowInputRef = components['schemas']['JobMetadataFlowInputRef'];
export type JobMetadataFlowInputRequired = components['schemas']['JobMetadataFlowInputRequired'];
export type JobMetadataFlowLogic = components['schemas']['JobMetadataFlowLogic'];
export type JobMetadataFlowLogicCase = components['schemas']['JobMetadataFlowLogicCase'];
export type JobStatusHistory = components['schemas']['JobStatusHistory'];
export type JobBilling = components['schemas']['JobBilling'];
export type AssetKind = components['schemas']['AssetKind'];
export type AssetType = components['schemas']['AssetType'];
export type AssetSource = components['schemas']['AssetSource'];
export type AssetPrivacy = components['schemas']['AssetPrivacy'];
export type ModelType = components['schemas']['ModelType'];
export type JobStatus = components['schemas']['JobStatus'];
export type JobMetadataFlowInputType = components['schemas']['JobMetadataFlowInputType'];
export type JobMetadataFlowInputBackgroundBehavior = components['schemas']['JobMetadataFlowInputBackgroundBehavior'];
export type AssetListResponse = components['schemas']['AssetListResponse'];
export type AssetDeleteMultipleBody = components['schemas']['AssetDeleteMultipleBody'];
export type AssetDeleteMultipleResponse = components['schemas']['AssetDeleteMultipleResponse'];
export type AssetGetBulkBody = components['schemas']['AssetGetBulkBody'];
export type AssetGetBulkResponse = components['schemas']['AssetGetBulkResponse'];
export type AssetRetrieveResponse = components['schemas']['AssetRetrieveResponse'];
export type AssetUpdateBody = components['schemas']['AssetUpdateBody'];
export type AssetUpdateResponse = components['schemas']['AssetUpdateResponse'];
export type AssetCopyBody = components['schemas']['AssetCopyBody'];
export type AssetCopyResponse = components['schemas']['AssetCopyResponse'];
export type AssetLockBody = components['schemas']['AssetLockBody'];
export type AssetLockResponse = components['schemas']['AssetLockResponse'];
export type AssetUnlockBody = components['schemas']['AssetUnlockBody'];
export type AssetUnlockResponse = components['schemas']['AssetUnlockResponse'];
export type AssetListSnapshotsResponse = components['schemas']['AssetListSnapshotsResponse'];
export type AssetSnapshot = components['schemas']['AssetSnapshot'];
export type AssetUpdateTagsBody = components['schemas']['AssetUpdateTagsBody'];
export type AssetUpdateTagsResponse = components['schemas']['AssetUpdateTagsResponse'];
export type DownloadRequestBatchBody = components['schemas']['DownloadRequestBatchBody'];
export type DownloadRequestBatchOptions = components['schemas']['DownloadRequestBatchOptions'];
export type DownloadRequestBatchQuery = components['schemas']['DownloadRequestBatchQuery'];
export type DownloadRequestBatchResponse = components['schemas']['DownloadRequestBatchResponse'];
export type DownloadGetStatusResponse = components['schemas']['DownloadGetStatusResponse'];
export type DownloadRequestBody = components['schemas']['DownloadRequestBody'];
export type DownloadRequestResponse = components['schemas']['DownloadRequestResponse'];
export type UploadCreateBody = components['schemas']['UploadCreateBody'];
export type UploadAssetOptions = components['schemas']['UploadAssetOptions'];
export type UploadCreateResponse = components['schemas']['UploadCreateResponse'];
export type UploadRetrieveResponse = components['schemas']['UploadRetrieveResponse'];
export type UploadTriggerActionBody = components['schemas']['UploadTriggerActionBody'];
export type UploadTriggerActionResponse = components['schemas']['UploadTriggerActionResponse'];
export type Upload = components['schemas']['Upload'];
export type UploadPart = components['schemas']['UploadPart'];
export type UploadKind = components['schemas']['UploadKind'];
export type UploadStatus = components['schemas']['UploadStatus'];
export type Error = components['schemas']['Error'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseServerError = components['responses']['ServerError'];
export type ParameterProjectId = components['parameters']['ProjectId'];
export type ParameterOriginalAssets = components['parameters']['OriginalAssets'];
export type ParameterAssetId = components['parameters']['AssetId'];
export type ParameterUploadId = components['parameters']['UploadId'];
export type ParameterJobId = components['parameters']['JobId'];
export type ParameterPaginationToken = components['parameters']['PaginationToken'];
export type ParameterAssetsPageSize = components['parameters']['AssetsPageSize'];
export type ParameterSnapshotsPageSize = components['parameters']['SnapshotsPageSize'];
export type $defs = Record<string, never>;
export interface operations {
    listAssets: {
        parameters: {
            query?: {
                /** @description The number of assets per page, 1 to 100 (default 50). */
                pageSize?: components["parameters"]["AssetsPageSize"];
                /** @description The cursor of the page to fetch, as returned in the previous page's `nextPaginationToken`. Omit it for the first page. It is opaque; send it back unchanged. */
                paginationToken?: components["parameters"]["PaginationToken"];
                /** @description The field to sort by. `createdAfter`/`createdBefore` need `createdAt`, `updatedAfter`/`updatedBefore` need `updatedAt`. (The values are named in the reference's prose; the enum is inferred.) */
                sortBy?: "createdAt" | "updatedAt";
                /** @description The sort order. (The values are named in the reference's prose; the enum is inferred.) */
                sortDirection?: "asc" | "desc";
                /** @description Only assets created after this ISO date (exclusive). Requires `sortBy=createdAt`. */
                createdAfter?: string;
                /** @description Only assets created before this ISO date (exclusive). Requires `sortBy=createdAt`. */
                createdBefore?: string;
                /** @description Only assets updated after this ISO date (exclusive). Requires `sortBy=updatedAt`. */
                updatedAfter?: string;
                /** @description Only assets updated before this ISO date (exclusive). Requires `sortBy=updatedAt`. */
                updatedBefore?: string;
                /** @description Only assets with this privacy. If set to `public`, it returns all public assets from all organizations. (The reference describes the filter in prose; its values are inferred from the asset's `privacy`.) */
                privacy?: components["schemas"]["AssetPrivacy"];
                /** @description Only assets created by this user. */
                authorId?: string;
                /** @description Only assets produced by any inference of this model (not its training images). */
                modelId?: string;
                /** @description Only assets produced by this inference. */
                inferenceId?: string;
                /** @description Only the children of this parent asset. */
                parentAssetId?: string;
                /** @description Only the descendants of this root asset. */
                rootAssetId?: string;
                /** @description Only the assets of this collection. */
                collectionId?: string;
                /** @description Only assets of this type; assets whose type starts with `inference-` are returned for it too. Cannot be combined with `types`. (The values are the newer reference's 80 asset types, a superset of the 64 the older Swagger listed; inferred.) */
                type?: components["schemas"]["AssetType"];
                /** @description Only assets of any of these types, sent comma-separated (`types=txt2img,uploaded`). Cannot be combined with `type`. (Comma-separated is inferred from the official SDK, which sends its other list filters that way.) */
                types?: components["schemas"]["AssetType"][];
                /** @description Only assets with these tags, comma-separated. Only for public assets on all teams. */
                tags?: string;
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of assets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadAsset: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetUploadBody"];
            };
        };
        responses: {
            /** @description The uploaded asset, and the job that processes it when there is one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteAssets: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetDeleteMultipleBody"];
            };
        };
        responses: {
            /** @description The assets are deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDeleteMultipleResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBulkAssets: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssetGetBulkBody"];
            };
        };
        responses: {
            /** @description The assets found, in no guaranteed order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetGetBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    requestAssetsDownload: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DownloadRequestBatchBody"];
            };
        };
        responses: {
            /** @description The archive job is started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadRequestBatchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAssetsDownloadStatus: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The `jobId` returned by `POST /assets/download`. */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadGetStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveAsset: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description Include the embedding in the response (`asset.embedding`). (Boolean is inferred; the older Swagger said string.) */
                withEmbedding?: boolean;
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetRetrieveResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateAsset: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssetUpdateBody"];
            };
        };
        responses: {
            /** @description The updated asset (inferred, see above). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetUpdateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    copyAsset: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssetCopyBody"];
            };
        };
        responses: {
            /** @description The new copy (inferred, see above). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetCopyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    lockAsset: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssetLockBody"];
            };
        };
        responses: {
            /** @description The locked canvas and the lock's value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetLockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    unlockAsset: {
        parameters: {
            query?: {
                /** @description If set to true, returns the original asset without transformation */
                originalAssets?: components["parameters"]["OriginalAssets"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssetUnlockBody"];
            };
        };
        responses: {
            /** @description The unlocked canvas. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetUnlockResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listAssetSnapshots: {
        parameters: {
            query?: {
                /** @description The number of snapshots per page, 10 to 100 (default 10). */
                pageSize?: components["parameters"]["SnapshotsPageSize"];
                /** @description The cursor of the page to fetch, as returned in the previous page's `nextPaginationToken`. Omit it for the first page. It is opaque; send it back unchanged. */
                paginationToken?: components["parameters"]["PaginationToken"];
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of snapshots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetListSnapshotsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateAssetTags: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AssetUpdateTagsBody"];
            };
        };
        responses: {
            /** @description The tags actually added and removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetUpdateTagsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    requestAssetDownload: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The asset ID (example: “asset_GTrL3mq4SXWyMxkOHRxlpw”). */
                assetId: components["parameters"]["AssetId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DownloadRequestBody"];
            };
        };
        responses: {
            /** @description The signed URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadRequestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createUpload: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadCreateBody"];
            };
        };
        responses: {
            /** @description The upload, with a signed URL for each part. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    retrieveUpload: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The upload ID returned by `POST /uploads` (example: “upload_7Xk2pQ9sLm3nVb8cRt1wYe”). */
                uploadId: components["parameters"]["UploadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadRetrieveResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    triggerUploadAction: {
        parameters: {
            query?: {
                /** @description The projectId used for ownership resource management. Either to assert ownership or to set the owner of the resource(s) (example: “proj_23tlk332lkht3kl2”). Requests signed with an API key may omit it: the key is bound to its project. The newer reference lists it on every operation; for update, copy, lock and unlock, whose pages do not show it, it is inferred from that pattern. */
                projectId?: components["parameters"]["ProjectId"];
            };
            header?: never;
            path: {
                /** @description The upload ID returned by `POST /uploads` (example: “upload_7Xk2pQ9sLm3nVb8cRt1wYe”). */
                uploadId: components["parameters"]["UploadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadTriggerActionBody"];
            };
        };
        responses: {
            /** @description The upload, now being processed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadTriggerActionResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
