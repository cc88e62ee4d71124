// Where the assets of `list`, `get` and `download` come from: the pages of a listing, fetched one
// at a time as the caller asks, no bigger than a limit needs; and assets by id, 200 per request.
import type { Asset, AssetListParams, Scenario } from "@scenario-sdk/client";
import {
  AssetGetBulkBodyAssetIdsMaxItems,
  AssetsPageSizeMaximum,
} from "./generated/spec-values.js";

/** The most `GET /assets` gives per page (the spec's pageSize maximum). */
export const MAX_PAGE_SIZE = AssetsPageSizeMaximum;
/** The most `POST /assets/get-bulk` takes per request (the spec's maxItems). */
export const MAX_BULK_IDS = AssetGetBulkBodyAssetIdsMaxItems;

export interface AssetPage {
  assets: Asset[];
  /** More assets match: the listing has a next page, or `limit` cut this one. */
  more: boolean;
}

export interface WalkOptions {
  /** Stop after this many assets; each page asks for no more than are still wanted. */
  limit?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * The pages of `GET /assets` with `params`, each requested only when the caller asks for it (a
 * `for await` that stops early fetches nothing more). The client's own walk (`getNextPage`)
 * sends the cursor back as it came and ends with an APIError when the API repeats a token (A → A
 * or A → B → A) or answers something that is not a page.
 */
export async function* assetPages(
  client: Scenario,
  params: Omit<AssetListParams, "pageSize" | "paginationToken">,
  { limit = Infinity, signal }: WalkOptions = {},
): AsyncGenerator<AssetPage> {
  let wanted = limit;
  if (wanted <= 0) return;
  // each page asks for no more than are still wanted: a limit wants a smaller last page
  let page = await client.assets.list(
    { ...params, pageSize: Math.min(MAX_PAGE_SIZE, wanted) },
    { signal },
  );
  for (;;) {
    const assets = page.assets.slice(0, wanted);
    wanted -= assets.length;
    yield { assets, more: page.hasNextPage() || assets.length < page.assets.length };
    if (!page.hasNextPage() || wanted <= 0) return;
    page = await page.getNextPage({ pageSize: Math.min(MAX_PAGE_SIZE, wanted) });
  }
}

export type BulkBatch =
  | {
      /** The ids asked for, in the order given. */
      ids: string[];
      /** What the API returned, by id; an id it did not return is absent. */
      found: Map<string, Asset>;
      requestId: string | null;
      /** Whether another batch follows. */
      more: boolean;
    }
  | { ids: string[]; error: unknown; more: boolean };

/** The assets of `ids`, one `POST /assets/get-bulk` per 200, each sent when the caller asks. */
export async function* assetsByIds(
  client: Scenario,
  ids: readonly string[],
  { projectId, signal }: { projectId?: string | undefined; signal?: AbortSignal | undefined },
): AsyncGenerator<BulkBatch> {
  for (let start = 0; start < ids.length; start += MAX_BULK_IDS) {
    const batch = ids.slice(start, start + MAX_BULK_IDS);
    const more = start + MAX_BULK_IDS < ids.length;
    let result: BulkBatch;
    try {
      const { data, requestID } = await client.assets
        .getBulk({ assetIds: batch, ...(projectId ? { projectId } : {}) }, { signal })
        .withResponse();
      const found = new Map<string, Asset>();
      for (const asset of Array.isArray(data?.assets) ? data.assets : []) {
        if (typeof asset?.id === "string") found.set(asset.id, asset);
      }
      result = { ids: batch, found, requestId: requestID ?? null, more };
    } catch (error) {
      result = { ids: batch, error, more };
    }
    yield result;
  }
}

/** What is said of an id the API did not return. */
export const NOT_FOUND = "not found or not accessible";
