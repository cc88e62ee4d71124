// Cursor pages: `pageSize` + `paginationToken` → `nextPaginationToken` (absent, null or "" on
// the last page). The token goes back as it came, byte for byte. Iterating fetches the next page
// only when the loop reaches it, and keeps no reference to pages already walked.
import { ScenarioError } from "../errors.js";
import { APIPromise } from "./api-promise.js";

/** What every cursor-paginated answer has. */
export interface CursorBody {
  nextPaginationToken?: string | null | undefined;
}

/** One page: the answer's own fields (`assets` or `snapshots`, `nextPaginationToken`) plus the walk. */
export class CursorPage<Item> implements AsyncIterable<Item> {
  declare readonly nextPaginationToken?: string | null | undefined;
  readonly #items: Item[];
  readonly #next: (token: string) => PagePromise<CursorPage<Item>, Item>;

  /** @internal */
  constructor(
    body: CursorBody,
    items: string,
    next: (token: string) => PagePromise<CursorPage<Item>, Item>,
  ) {
    Object.assign(this, body);
    const list = (body as Record<string, unknown>)[items];
    this.#items = Array.isArray(list) ? (list as Item[]) : [];
    this.#next = next;
  }

  /** The items of this page. */
  getPaginatedItems(): Item[] {
    return this.#items;
  }

  /** True when the answer named a next page (a non-empty `nextPaginationToken`). */
  hasNextPage(): boolean {
    return typeof this.nextPaginationToken === "string" && this.nextPaginationToken !== "";
  }

  /** The next page; throws when there is none (check `hasNextPage()` first). */
  getNextPage(): PagePromise<this, Item> {
    if (!this.hasNextPage()) {
      throw new ScenarioError("No next page: check `hasNextPage()` before `getNextPage()`.");
    }
    return this.#next(this.nextPaginationToken!) as PagePromise<this, Item>;
  }

  /** This page, then each next one as the loop asks for it. */
  async *iterPages(): AsyncGenerator<this> {
    // the walk moves this variable along; earlier pages are not kept
    // oxlint-disable-next-line typescript/no-this-alias
    let page: this = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and of the pages after it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) yield* page.getPaginatedItems();
  }
}

/** A page with the fields of its answer, e.g. `.assets` and `.nextPaginationToken`. */
export type Page<Body extends CursorBody, Item> = CursorPage<Item> & Body;

/**
 * What a list method returns: awaited, the first page; iterated with `for await`, every item of
 * every page.
 */
export class PagePromise<P extends CursorPage<Item>, Item>
  extends APIPromise<P>
  implements AsyncIterable<Item>
{
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this;
  }
}
