// generated from spec/openapi.yaml by scripts/generate.mjs — do not edit
// Data only: no import, so the CLI loads it at start-up.

/** The values of `components["schemas"]["AssetKind"]`, in the spec's order. */
export const AssetKindValues = ["3d","audio","document","image","image-hdr","json","text","video"] as const;
/** The values of `components["schemas"]["AssetType"]`, in the spec's order. */
export const AssetTypeValues = ["3d-texture","3d-texture-albedo","3d-texture-metallic","3d-texture-mtl","3d-texture-normal","3d-texture-roughness","3d23d","3d23d-texture","audio2audio","audio2txt","audio2video","background-removal","canvas","canvas-drawing","canvas-export","detection","generative-fill","image-prompt-editing","img23d","img2img","img2splat","img2txt","img2video","inference-controlnet","inference-controlnet-img2img","inference-controlnet-inpaint","inference-controlnet-inpaint-ip-adapter","inference-controlnet-ip-adapter","inference-controlnet-reference","inference-controlnet-texture","inference-img2img","inference-img2img-ip-adapter","inference-img2img-texture","inference-inpaint","inference-inpaint-ip-adapter","inference-reference","inference-reference-texture","inference-txt2img","inference-txt2img-ip-adapter","inference-txt2img-texture","patch","pixelization","reframe","restyle","segment","segmentation-image","segmentation-mask","skybox-3d","skybox-base-360","skybox-hdri","texture","texture-albedo","texture-ao","texture-edge","texture-height","texture-metallic","texture-normal","texture-smoothness","txt23d","txt2audio","txt2img","txt2txt","txt2video","unknown","uploaded","uploaded-3d","uploaded-audio","uploaded-avatar","uploaded-text","uploaded-video","upscale","upscale-skybox","upscale-texture","upscale-video","vectorization","video23d","video2audio","video2img","video2video","voice-clone"] as const;
/** The values of `components["schemas"]["AssetSource"]`, in the spec's order. */
export const AssetSourceValues = ["3d23d","3d23d:texture","3d:texture","3d:texture:albedo","3d:texture:metallic","3d:texture:mtl","3d:texture:normal","3d:texture:roughness","audio2audio","audio2txt","audio2video","background-removal","canvas","canvas-drawing","canvas-export","detection","generative-fill","image-prompt-editing","img23d","img2img","img2splat","img2txt","img2video","inference-control-net","inference-control-net-img","inference-control-net-inpainting","inference-control-net-inpainting-ip-adapter","inference-control-net-ip-adapter","inference-control-net-reference","inference-control-net-texture","inference-img","inference-img-ip-adapter","inference-img-texture","inference-in-paint","inference-in-paint-ip-adapter","inference-reference","inference-reference-texture","inference-txt","inference-txt-ip-adapter","inference-txt-texture","patch","pixelization","reframe","restyle","segment","segmentation-image","segmentation-mask","skybox-3d","skybox-base-360","skybox-hdri","texture","texture:albedo","texture:ao","texture:edge","texture:height","texture:metallic","texture:normal","texture:smoothness","txt23d","txt2audio","txt2img","txt2txt","txt2video","unknown","uploaded","uploaded-3d","uploaded-audio","uploaded-avatar","uploaded-text","uploaded-video","upscale","upscale-skybox","upscale-texture","upscale-video","vectorization","video23d","video2audio","video2img","video2video","voice-clone"] as const;
/** The values of `components["schemas"]["AssetPrivacy"]`, in the spec's order. */
export const AssetPrivacyValues = ["private","public","unlisted"] as const;
/** The values of `components["schemas"]["ModelType"]`, in the spec's order. */
export const ModelTypeValues = ["custom","elevenlabs-voice","flux.1","flux.1-composition","flux.1-kontext-dev","flux.1-kontext-lora","flux.1-krea-dev","flux.1-krea-lora","flux.1-lora","flux.1-pro","flux.1.1-pro-ultra","flux.2-dev-edit-lora","flux.2-dev-lora","flux.2-klein-4b-edit-lora","flux.2-klein-4b-lora","flux.2-klein-9b-edit-lora","flux.2-klein-9b-lora","flux.2-klein-base-4b-edit-lora","flux.2-klein-base-4b-lora","flux.2-klein-base-9b-edit-lora","flux.2-klein-base-9b-lora","flux1.1-pro","gpt-image-1","qwen-image-2512-lora","qwen-image-edit-2509-lora","qwen-image-edit-2511-lora","qwen-image-edit-lora","qwen-image-lora","sd-1_5","sd-1_5-composition","sd-1_5-lora","sd-xl","sd-xl-composition","sd-xl-lora","zimage-de-turbo-lora","zimage-lora","zimage-turbo-lora"] as const;
/** The values of `components["schemas"]["JobStatus"]`, in the spec's order. */
export const JobStatusValues = ["canceled","failure","finalizing","in-progress","pending","queued","success","warming-up"] as const;
/** The values of `components["schemas"]["JobMetadataFlowInputType"]`, in the spec's order. */
export const JobMetadataFlowInputTypeValues = ["boolean","file","file_array","inputs_array","model","model_array","number","number_array","string","string_array"] as const;
/** The values of `components["schemas"]["JobMetadataFlowInputBackgroundBehavior"]`, in the spec's order. */
export const JobMetadataFlowInputBackgroundBehaviorValues = ["opaque","transparent"] as const;
/** The values of `components["schemas"]["UploadKind"]`, in the spec's order. */
export const UploadKindValues = ["3d","asset","audio","avatar","image","model","text","video"] as const;
/** The values of `components["schemas"]["UploadStatus"]`, in the spec's order. */
export const UploadStatusValues = ["complete","failed","imported","pending","validated","validating"] as const;
/** The values of `components["schemas"]["DownloadRequestBody"]["targetFormat"]`, in the spec's order. */
export const DownloadRequestBodyTargetFormatValues = ["gif","heif","jpeg","jpg","png","svg","webp","avif","tif","tiff","glb","fbx","obj"] as const;
/** The values of `components["schemas"]["UploadTriggerActionBody"]["action"]`, in the spec's order. */
export const UploadTriggerActionBodyActionValues = ["complete"] as const;
/** The values of listAssets query sortBy, in the spec's order. */
export const ListAssetsSortByValues = ["createdAt","updatedAt"] as const;
/** The values of listAssets query sortDirection, in the spec's order. */
export const ListAssetsSortDirectionValues = ["asc","desc"] as const;
/** AssetDeleteMultipleBody.assetIds maxItems. */
export const AssetDeleteMultipleBodyAssetIdsMaxItems = 100;
/** AssetGetBulkBody.assetIds maxItems. */
export const AssetGetBulkBodyAssetIdsMaxItems = 200;
/** parameter AssetsPageSize maximum. */
export const AssetsPageSizeMaximum = 100;
/** parameter SnapshotsPageSize maximum. */
export const SnapshotsPageSizeMaximum = 100;
