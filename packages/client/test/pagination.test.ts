// Cursor pages: the first page awaited, every item walked with `for await` (next page fetched
// only when the loop gets there), the token sent back byte for byte, and the three ways an API
// says "last page".
import { describe, expect, test } from "vitest";
import Scenario, {
  APIError,
  CursorPage,
  ResponseValidationError,
  ScenarioError,
} from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";

const server = useTestServer();

const client = () => new Scenario({ apiKey: "k", apiSecret: "s", baseURL: server.url });

// Awkward tokens: what a URL would mangle if not encoded (`+`, `/`, `=`, spaces, `&`, non-ASCII).
const TOKENS = ["cursor+/= fixture&x=1", "second page ==é"];

/** Three pages of assets a1…a5; the last page ends with `last` (absent, null or ""). */
function serveThreePages(last: Record<string, unknown> = {}, key = "assets") {
  server.reset((req, res) => {
    const token = new URL(req.url!, "http://h").searchParams.get("paginationToken");
    const ids = token === null ? ["a1", "a2"] : token === TOKENS[0] ? ["a3", "a4"] : ["a5"];
    const next = token === null ? TOKENS[0] : token === TOKENS[1] ? undefined : TOKENS[1];
    const items = ids.map((id) => ({ id }));
    json(res, 200, next ? { [key]: items, nextPaginationToken: next } : { [key]: items, ...last });
  });
}

const sentTokens = () =>
  server.requests.map((r) => new URL(r.url, "http://h").searchParams.get("paginationToken"));

describe("cursor pages", () => {
  test("awaiting gives the first page with its fields", async () => {
    serveThreePages();
    const page = await client().assets.list({ pageSize: 2, collectionId: "col_1" });
    expect(page).toBeInstanceOf(CursorPage);
    expect(page.assets.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(page.nextPaginationToken).toBe(TOKENS[0]);
    expect(page.hasNextPage()).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  test("getNextPage sends the token back byte for byte, with the same params", async () => {
    serveThreePages();
    const first = await client().assets.list({ pageSize: 2, collectionId: "col_1" });
    const second = await first.getNextPage();
    expect(second.assets.map((a) => a.id)).toEqual(["a3", "a4"]);
    const query = new URL(server.requests[1]!.url, "http://h").searchParams;
    expect(query.get("paginationToken")).toBe(TOKENS[0]);
    expect(query.get("pageSize")).toBe("2");
    expect(query.get("collectionId")).toBe("col_1");
  });

  test("for await walks every item of every page, in order", async () => {
    serveThreePages();
    const ids: string[] = [];
    for await (const asset of client().assets.list({ pageSize: 2 })) ids.push(asset.id);
    expect(ids).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    expect(sentTokens()).toEqual([null, ...TOKENS]);
  });

  test("fetches the next page only when the loop gets there", async () => {
    serveThreePages();
    for await (const asset of client().assets.list()) {
      expect(asset.id).toBe("a1");
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  test("iterPages walks the pages", async () => {
    serveThreePages();
    const sizes: number[] = [];
    for await (const page of (await client().assets.list()).iterPages()) {
      sizes.push(page.assets.length);
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(server.requests).toHaveLength(3);
  });

  test.each([
    ["absent", {}],
    ["null", { nextPaginationToken: null }],
    ["empty", { nextPaginationToken: "" }],
  ])("a %s nextPaginationToken ends the walk", async (_name, last) => {
    serveThreePages(last);
    const ids: string[] = [];
    for await (const asset of client().assets.list()) ids.push(asset.id);
    expect(ids).toHaveLength(5);
    expect(server.requests).toHaveLength(3);
    const lastPage = await (await (await client().assets.list()).getNextPage()).getNextPage();
    expect(lastPage.hasNextPage()).toBe(false);
    await expect(lastPage.getNextPage()).rejects.toThrow(ScenarioError);
    await expect(lastPage.getNextPage()).rejects.toThrow(/assets\.list .*last page.*hasNextPage/);
    expect(server.requests).toHaveLength(6);
  });

  test("snapshots page the same way, under `snapshots`", async () => {
    serveThreePages({}, "snapshots");
    const ids: string[] = [];
    for await (const snapshot of client().assets.listSnapshots("asset_1", { pageSize: 10 })) {
      ids.push((snapshot as unknown as { id: string }).id);
    }
    expect(ids).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    expect(server.requests.every((r) => r.url.startsWith("/v1/assets/asset_1/snapshots?"))).toBe(
      true,
    );
  });

  test("a failing next page rejects the loop with the API error", async () => {
    server.reset((req, res) => {
      const token = new URL(req.url!, "http://h").searchParams.get("paginationToken");
      if (token) json(res, 404, { message: "gone" });
      else json(res, 200, { assets: [{ id: "a1" }], nextPaginationToken: "t" });
    });
    const ids: string[] = [];
    await expect(
      (async () => {
        for await (const asset of client().withOptions({ maxRetries: 0 }).assets.list()) {
          ids.push(asset.id);
        }
      })(),
    ).rejects.toThrow(/404 gone/);
    expect(ids).toEqual(["a1"]);
  });

  test("toArray collects every item, or at most `limit`, requesting no page past it", async () => {
    serveThreePages();
    expect((await client().assets.list({ pageSize: 2 }).toArray()).map((a) => a.id)).toEqual([
      "a1",
      "a2",
      "a3",
      "a4",
      "a5",
    ]);
    server.requests.length = 0;
    const three = await client().assets.list({ pageSize: 2 }).toArray({ limit: 3 });
    expect(three.map((a) => a.id)).toEqual(["a1", "a2", "a3"]);
    expect(server.requests).toHaveLength(2);
    await expect(client().assets.list().toArray({ limit: -1 })).rejects.toThrow(/`limit`/);
  });

  test("getNextPage may change the page size, keeping the other params", async () => {
    serveThreePages();
    const first = await client().assets.list({ pageSize: 2, collectionId: "col_1" });
    await first.getNextPage({ pageSize: 1 });
    const query = new URL(server.requests[1]!.url, "http://h").searchParams;
    expect(query.get("pageSize")).toBe("1");
    expect(query.get("collectionId")).toBe("col_1");
    expect(query.get("paginationToken")).toBe(TOKENS[0]);
  });
});

describe("cursor pages from a hostile server", () => {
  /** Pages whose next token `next` picks from the token sent, forever. */
  function serveTokens(next: (sent: string | null) => string) {
    server.reset((req, res) => {
      const sent = new URL(req.url!, "http://h").searchParams.get("paginationToken");
      json(res, 200, { assets: [{ id: `after-${sent}` }], nextPaginationToken: next(sent) });
    });
  }

  test.each([
    ["the same token on every page", () => "A", 2],
    ["a two-token cycle A → B → A", (sent: string | null) => (sent === "A" ? "B" : "A"), 3],
    [
      "a longer cycle A → B → C → B",
      (sent: string | null) =>
        sent === null ? "A" : sent === "A" ? "B" : sent === "B" ? "C" : "B",
      4,
    ],
  ])("%s ends the walk with an APIError naming the operation", async (_name, next, requests) => {
    serveTokens(next);
    const ids: string[] = [];
    const walk = (async () => {
      for await (const asset of client().assets.list()) ids.push(asset.id);
    })();
    await expect(walk).rejects.toThrow(APIError);
    await expect(walk).rejects.toThrow(/assets\.list \(GET \/assets\).*already gave/);
    expect(server.requests).toHaveLength(requests);
    expect(ids).toHaveLength(requests);
  });

  test("a token the caller started from counts as sent", async () => {
    serveTokens(() => "A");
    await expect(client().assets.list({ paginationToken: "A" }).toArray()).rejects.toThrow(
      /already gave/,
    );
    expect(server.requests).toHaveLength(1);
  });

  test("getNextPage twice on the same page is not a cycle", async () => {
    serveThreePages();
    const first = await client().assets.list();
    await first.getNextPage();
    await expect(first.getNextPage()).resolves.toBeInstanceOf(CursorPage);
  });

  test.each([
    ["an object for the items", { assets: { id: "a1" } }, /`assets` is an object, not an array/],
    ["null for the items", { assets: null }, /`assets` is null/],
    ["no items", { nextPaginationToken: "t" }, /`assets` is missing/],
    [
      "a number for the token",
      { assets: [{ id: "a1" }], nextPaginationToken: 7 },
      /`nextPaginationToken` is a number/,
    ],
  ])("a page with %s is an APIError with the body kept", async (_name, body, message) => {
    server.reset((_req, res) => json(res, 200, body));
    const error: unknown = await client()
      .assets.list()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).body).toEqual(body);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^200 assets\.list \(GET \/assets\)/);
    expect(server.requests).toHaveLength(1);
  });
});
