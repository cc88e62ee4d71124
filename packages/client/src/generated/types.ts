// generated from spec/openapi.yaml by scripts/generate.mjs — do not edit
import type { Params } from "../core/operation.js";

/** Params of `assets.list` (GET /assets), by their wire names. */
export type AssetListParams = Params<"listAssets">;
/** Params of `assets.upload` (POST /assets), by their wire names. */
export type AssetUploadParams = Params<"uploadAsset">;
/** Params of `assets.deleteMultiple` (DELETE /assets), by their wire names. */
export type AssetDeleteMultipleParams = Params<"deleteAssets">;
/** Params of `assets.getBulk` (POST /assets/get-bulk), by their wire names. */
export type AssetGetBulkParams = Params<"getBulkAssets">;
/** Params of `assets.download.requestBatch` (POST /assets/download), by their wire names. */
export type DownloadRequestBatchParams = Params<"requestAssetsDownload">;
/** Params of `assets.download.getStatus` (GET /assets/download/{jobId}), by their wire names. */
export type DownloadGetStatusParams = Params<"getAssetsDownloadStatus">;
/** Params of `assets.retrieve` (GET /assets/{assetId}), by their wire names. */
export type AssetRetrieveParams = Params<"retrieveAsset">;
/** Params of `assets.update` (PUT /assets/{assetId}), by their wire names. */
export type AssetUpdateParams = Params<"updateAsset">;
/** Params of `assets.copy` (POST /assets/{assetId}/copy), by their wire names. */
export type AssetCopyParams = Params<"copyAsset">;
/** Params of `assets.lock` (PUT /assets/{assetId}/lock), by their wire names. */
export type AssetLockParams = Params<"lockAsset">;
/** Params of `assets.unlock` (PUT /assets/{assetId}/unlock), by their wire names. */
export type AssetUnlockParams = Params<"unlockAsset">;
/** Params of `assets.listSnapshots` (GET /assets/{assetId}/snapshots), by their wire names. */
export type AssetListSnapshotsParams = Params<"listAssetSnapshots">;
/** Params of `assets.updateTags` (PUT /assets/{assetId}/tags), by their wire names. */
export type AssetUpdateTagsParams = Params<"updateAssetTags">;
/** Params of `assets.download.request` (POST /assets/{assetId}/download), by their wire names. */
export type DownloadRequestParams = Params<"requestAssetDownload">;
/** Params of `uploads.create` (POST /uploads), by their wire names. */
export type UploadCreateParams = Params<"createUpload">;
/** Params of `uploads.retrieve` (GET /uploads/{uploadId}), by their wire names. */
export type UploadRetrieveParams = Params<"retrieveUpload">;
/** Params of `uploads.triggerAction` (POST /uploads/{uploadId}/action), by their wire names. */
export type UploadTriggerActionParams = Params<"triggerUploadAction">;

/** Every component of the spec, as a type (the one copy lives in @scenario-sdk/schemas). */
export type {
  AssetUploadBody,
  AssetUploadResponse,
  Asset,
  AssetMetadata,
  AssetMetadataConcept,
  AssetMetadataThumbnail,
  AssetProperties,
  AssetPropertiesCameraTrajectory,
  AssetPropertiesTranscription,
  AssetFirstFrame,
  AssetLastFrame,
  AssetPreview,
  AssetThumbnail,
  Job,
  JobMetadata,
  JobMetadataFlow,
  JobMetadataFlowAsset,
  JobMetadataFlowInput,
  JobMetadataFlowInputItem,
  JobMetadataFlowInputItemRef,
  JobMetadataFlowInputItemRequired,
  JobMetadataFlowInputRef,
  JobMetadataFlowInputRequired,
  JobMetadataFlowLogic,
  JobMetadataFlowLogicCase,
  JobStatusHistory,
  JobBilling,
  AssetKind,
  AssetType,
  AssetSource,
  AssetPrivacy,
  ModelType,
  JobStatus,
  JobMetadataFlowInputType,
  JobMetadataFlowInputBackgroundBehavior,
  AssetListResponse,
  AssetDeleteMultipleBody,
  AssetDeleteMultipleResponse,
  AssetGetBulkBody,
  AssetGetBulkResponse,
  AssetRetrieveResponse,
  AssetUpdateBody,
  AssetUpdateResponse,
  AssetCopyBody,
  AssetCopyResponse,
  AssetLockBody,
  AssetLockResponse,
  AssetUnlockBody,
  AssetUnlockResponse,
  AssetListSnapshotsResponse,
  AssetSnapshot,
  AssetUpdateTagsBody,
  AssetUpdateTagsResponse,
  DownloadRequestBatchBody,
  DownloadRequestBatchOptions,
  DownloadRequestBatchQuery,
  DownloadRequestBatchResponse,
  DownloadGetStatusResponse,
  DownloadRequestBody,
  DownloadRequestResponse,
  UploadCreateBody,
  UploadAssetOptions,
  UploadCreateResponse,
  UploadRetrieveResponse,
  UploadTriggerActionBody,
  UploadTriggerActionResponse,
  Upload,
  UploadPart,
  UploadKind,
  UploadStatus,
  Error,
} from "@scenario-sdk/schemas";
