// Cursor pages: `pageSize` + `paginationToken` → `nextPaginationToken` (absent, null or "" on
// the last page). The token goes back as it came, byte for byte. Iterating fetches the next page
// only when the loop reaches it, and keeps no reference to pages already walked. A walk whose
// server sends back a token it already sent (A → A, or A → B → A) ends with an APIError rather
// than requesting forever; a page that is not one (no item array, a token that is not a string)
// is an APIError too, with the body kept, never a silent short listing.
import { APIError, ResponseValidationError, ScenarioError } from "../errors.js";
import { apiPromise, type APIPromise, type RawResponse } from "./api-promise.js";
import { toHeaders } from "./headers.js";

/** What every cursor-paginated answer has. */
export interface CursorBody {
  nextPaginationToken?: string | null | undefined;
}

/** What `getNextPage` may change for the next request (e.g. a smaller last page). */
export interface NextPageParams {
  pageSize?: number | undefined;
}

export interface ToArrayOptions {
  /** Collect at most this many items (default: all); stops requesting pages once reached. */
  limit?: number | undefined;
}

/** How one list operation's pages are requested: shared by every page of a walk. @internal */
export interface PageSource {
  /** e.g. `assets.list (GET /assets)`: named in errors. */
  label: string;
  /** The answer's item array: `assets` or `snapshots`. */
  items: string;
  fetch(params: Record<string, unknown> | undefined): Promise<RawResponse>;
  parse(raw: RawResponse): object | Promise<object>;
}

/** The tokens a walk has sent, each with the depth of the page it fetched. */
type Seen = Map<string, number>;

/** One page: the answer's own fields (`assets` or `snapshots`, `nextPaginationToken`) plus the walk. */
export class CursorPage<Item> implements AsyncIterable<Item> {
  declare readonly nextPaginationToken?: string | null | undefined;
  readonly #items: Item[];
  readonly #source: PageSource;
  readonly #params: Record<string, unknown> | undefined;
  readonly #depth: number;
  readonly #seen: Seen;

  /** @internal */
  constructor(
    body: object,
    source: PageSource,
    params: Record<string, unknown> | undefined,
    depth: number,
    seen: Seen,
  ) {
    Object.assign(this, body);
    this.#items = (body as Record<string, unknown>)[source.items] as Item[];
    this.#source = source;
    this.#params = params;
    this.#depth = depth;
    this.#seen = seen;
  }

  /** The items of this page. */
  getPaginatedItems(): Item[] {
    return this.#items;
  }

  /** True when the answer named a next page (a non-empty `nextPaginationToken`). */
  hasNextPage(): boolean {
    return typeof this.nextPaginationToken === "string" && this.nextPaginationToken !== "";
  }

  /**
   * The next page, with the same params (a `pageSize` may be changed); rejects with a
   * ScenarioError on the last page (check `hasNextPage()` first), and with an APIError when the
   * API sends back a token this walk already sent.
   */
  getNextPage(params?: NextPageParams): PagePromise<this, Item> {
    if (!this.hasNextPage()) {
      return failedPage(
        new ScenarioError(
          `${this.#source.label}: this is the last page; check \`hasNextPage()\` before \`getNextPage()\`.`,
        ),
      );
    }
    const token = this.nextPaginationToken!;
    const sentAt = this.#seen.get(token);
    if (sentAt !== undefined && sentAt <= this.#depth) {
      return failedPage(
        new APIError(
          undefined,
          undefined,
          `${this.#source.label}: page ${this.#depth + 1} gave a next-page token the API already gave for page ${sentAt + 1}; stopping rather than listing the same pages forever.`,
          undefined,
        ),
      );
    }
    this.#seen.set(token, this.#depth + 1);
    const next = { ...this.#params, ...definedOf(params), paginationToken: token };
    return walkPage(this.#source, next, this.#depth + 1, this.#seen);
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

  /** The items of this page and the next ones, at most `limit` (pages past it are not requested). */
  async toArray({ limit = Infinity }: ToArrayOptions = {}): Promise<Item[]> {
    if (limit !== Infinity && !(Number.isInteger(limit) && limit >= 0)) {
      throw new ScenarioError(`\`limit\` must be a whole number ≥ 0, got ${String(limit)}.`);
    }
    const items: Item[] = [];
    if (limit === 0) return items;
    for await (const item of this) {
      if (items.push(item) >= limit) break;
    }
    return items;
  }

  /**
   * Every item of this page and of the pages after it. Hand-written rather than an async
   * generator: an item of the current page costs one resolved promise (less than two nested
   * `yield*`); only a page boundary waits.
   */
  [Symbol.asyncIterator](): AsyncIterator<Item> {
    // oxlint-disable-next-line typescript/no-this-alias -- the walk moves along; earlier pages are let go
    let page: CursorPage<Item> | undefined = this;
    let items = this.#items;
    let index = 0;
    /** The next page on its way; `page` and `items` are let go meanwhile. */
    let waiting: Promise<void> | undefined;
    const next = (): Promise<IteratorResult<Item>> => {
      if (index < items.length) return Promise.resolve({ value: items[index++]!, done: false });
      if (waiting) return waiting.then(next);
      if (!page!.hasNextPage()) return Promise.resolve({ value: undefined, done: true });
      const pending = page!.getNextPage();
      // A finished page kept while the next one is on its way survives the young-generation GCs
      // of that wait and is copied: that tripled the GC time of a walk. So it is let go first.
      page = undefined;
      items = [];
      waiting = pending.then((nextPage) => {
        page = nextPage;
        items = nextPage.#items;
        index = 0;
        waiting = undefined;
      });
      return waiting.then(next);
    };
    return { next };
  }
}

/** A page with the fields of its answer, e.g. `.assets` and `.nextPaginationToken`. */
export type Page<Body extends CursorBody, Item> = CursorPage<Item> & Body;

/**
 * What a list method returns: awaited, the first page; iterated with `for await`, every item of
 * every page; `toArray({ limit })` collects them.
 */
export interface PagePromise<P extends CursorPage<Item>, Item>
  extends APIPromise<P>, AsyncIterable<Item> {
  toArray(options?: ToArrayOptions): Promise<Item[]>;
}

/** The first page of a list call with `params` (its own token, if given, counts as sent). */
export function listPages<P extends CursorPage<Item>, Item>(
  source: PageSource,
  params: Record<string, unknown> | undefined,
): PagePromise<P, Item> {
  const seen: Seen = new Map();
  const token = (params as { paginationToken?: unknown } | undefined)?.paginationToken;
  if (typeof token === "string" && token !== "") seen.set(token, 0);
  return walkPage(source, params, 0, seen);
}

function walkPage<P extends CursorPage<Item>, Item>(
  source: PageSource,
  params: Record<string, unknown> | undefined,
  depth: number,
  seen: Seen,
): PagePromise<P, Item> {
  return pagePromise(source.fetch(params), async (raw) => {
    const body = checkPage(await source.parse(raw), raw, source);
    return new CursorPage<Item>(body, source, params, depth, seen) as P;
  });
}

/** The answer must be a page: an item array, and a token that is a string, null or absent. */
function checkPage(body: object, raw: RawResponse, source: PageSource): object {
  const record = body as Record<string, unknown>;
  const token = record.nextPaginationToken;
  let problem: [string, string] | undefined;
  if (!Array.isArray(record[source.items])) {
    problem = [
      source.items,
      `\`${source.items}\` is ${kindOf(record[source.items])}, not an array`,
    ];
  } else if (token !== undefined && token !== null && typeof token !== "string") {
    problem = ["nextPaginationToken", `\`nextPaginationToken\` is ${kindOf(token)}, not a string`];
  }
  if (!problem) return body;
  const message = `${source.label} answered a page that is not one: ${problem[1]}.`;
  throw new ResponseValidationError(
    raw.status,
    toHeaders(raw.headers),
    body,
    [{ message, path: [problem[0]] }],
    message,
  );
}

function kindOf(value: unknown): string {
  if (value === undefined || value === null) return value === null ? "null" : "missing";
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function definedOf(params: NextPageParams | undefined): NextPageParams {
  return params?.pageSize === undefined ? {} : { pageSize: params.pageSize };
}

/** A page promise that rejects with `error` (nothing is sent). */
function failedPage<P extends CursorPage<Item>, Item>(error: unknown): PagePromise<P, Item> {
  return pagePromise(Promise.reject(error), () => undefined as never);
}

/** The PagePromise of a list request in flight. */
export function pagePromise<P extends CursorPage<Item>, Item>(
  raw: Promise<RawResponse>,
  parse: (raw: RawResponse) => P | Promise<P>,
): PagePromise<P, Item> {
  const first = apiPromise(raw, parse) as PagePromise<P, Item>;
  // shared functions, not closures per page: see apiPromise
  first[Symbol.asyncIterator] = itemsOf;
  first.toArray = toArrayOf;
  return first;
}

/** `for await` over a PagePromise: the items of the page it resolves to, then of the next ones. */
function itemsOf<Item>(this: PagePromise<CursorPage<Item>, Item>): AsyncIterator<Item> {
  let items: AsyncIterator<Item> | undefined;
  return {
    next: () =>
      items ? items.next() : this.then((page) => (items = page[Symbol.asyncIterator]()).next()),
  };
}

function toArrayOf<Item>(
  this: PagePromise<CursorPage<Item>, Item>,
  options?: ToArrayOptions,
): Promise<Item[]> {
  return this.then((page) => page.toArray(options));
}
