// Cursor pages: the first page awaited, every item walked with `for await` (next page fetched
// only when the loop gets there), the token sent back byte for byte, and the three ways an API
// says "last page".
import { describe, expect, test } from "vitest";
import Scenario, { CursorPage, ScenarioError } from "../src/index.js";
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
    expect(() => lastPage.getNextPage()).toThrow(ScenarioError);
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
});
