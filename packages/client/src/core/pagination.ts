// Cursor pages: `pageSize` + `paginationToken` → `nextPaginationToken` (absent, null or "" on
// the last page). The token goes back as it came, byte for byte. Iterating fetches the next page
// only when the loop reaches it, and keeps no reference to pages already walked.
import { ScenarioError } from "../errors.js";
import { apiPromise, type APIPromise, type RawResponse } from "./api-promise.js";

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

  /**
   * Every item of this page and of the pages after it. Hand-written rather than an async
   * generator: an item of the current page costs one resolved promise (less than two nested
   * `yield*`); only a page boundary waits.
   */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    // oxlint-disable-next-line typescript/no-this-alias -- the walk moves along; earlier pages are let go
    let page: CursorPage<Item> = this;
    let index = 0;
    const next = (): Promise<IteratorResult<Item>> => {
      const items = page.#items;
      if (index < items.length) return Promise.resolve({ value: items[index++]!, done: false });
      if (!page.hasNextPage()) return Promise.resolve({ value: undefined, done: true });
      return page.getNextPage().then((nextPage) => {
        page = nextPage;
        index = 0;
        return next();
      });
    };
    return { next };
  }
}

/** A page with the fields of its answer, e.g. `.assets` and `.nextPaginationToken`. */
export type Page<Body extends CursorBody, Item> = CursorPage<Item> & Body;

/**
 * What a list method returns: awaited, the first page; iterated with `for await`, every item of
 * every page.
 */
export interface PagePromise<P extends CursorPage<Item>, Item>
  extends APIPromise<P>, AsyncIterable<Item> {}

/** The PagePromise of a list request in flight. */
export function pagePromise<P extends CursorPage<Item>, Item>(
  raw: Promise<RawResponse>,
  parse: (raw: RawResponse) => P | Promise<P>,
): PagePromise<P, Item> {
  const first = apiPromise(raw, parse) as PagePromise<P, Item>;
  first[Symbol.asyncIterator] = () => {
    let items: AsyncIterator<Item> | undefined;
    return {
      next: () =>
        items ? items.next() : first.then((page) => (items = page[Symbol.asyncIterator]()).next()),
    };
  };
  return first;
}
