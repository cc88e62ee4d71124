// The exact request on the wire.
import { describe, expect, test } from "vitest";
import Scenario, { VERSION } from "../src/index.js";
import { json, OK_BODY, PNG, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { clientOver, TRANSPORTS } from "./transports.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const server = useTestServer((_req, res) => json(res, 200, OK_BODY));

  const client = (options = {}) =>
    new Scenario({
      ...transport,
      apiKey: "key_123",
      apiSecret: "secret_456",
      baseURL: server.url,
      ...options,
    });

  describe("assets.upload request", () => {
    test("is POST /assets with query params, JSON body, Basic auth and our user agent", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      const result = await client().assets.upload({
        name: "hero.png",
        image: PNG,
        collectionIds: ["col_1", "col_2"],
        parentId: "asset_parent",
        hide: true,
        originalAssets: true,
        projectId: "proj_1",
      });
      expect(result).toEqual(OK_BODY);
      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request!.method).toBe("POST");
      expect(request!.url).toBe("/v1/assets?originalAssets=true&projectId=proj_1");
      expect(request!.headers.authorization).toBe(
        `Basic ${Buffer.from("key_123:secret_456").toString("base64")}`,
      );
      expect(request!.headers["content-type"]).toBe("application/json");
      expect(request!.headers.accept).toBe("application/json");
      expect(request!.headers["user-agent"]).toBe(`scenario-sdk-typescript/${VERSION}`);
      expect(JSON.parse(request!.body)).toEqual({
        name: "hero.png",
        image: `data:image/png;base64,${Buffer.from(PNG).toString("base64")}`,
        collectionIds: ["col_1", "col_2"],
        parentId: "asset_parent",
        hide: true,
      });
    });

    test("sends only the body when no query parameter is given", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      const thumbnail = Buffer.from(PNG).toString("base64");
      await client().assets.upload({ name: "canvas", canvas: '{"a":1}', thumbnail });
      expect(server.requests[0]!.url).toBe("/v1/assets");
      expect(JSON.parse(server.requests[0]!.body)).toEqual({
        name: "canvas",
        canvas: '{"a":1}',
        thumbnail,
      });
    });

    test("uses a bearer token when given one", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      await new Scenario({
        ...transport,
        bearerToken: "jwt.abc",
        baseURL: server.url,
      }).assets.upload({
        name: "x",
      });
      expect(server.requests[0]!.headers.authorization).toBe("Bearer jwt.abc");
    });

    test("adds default headers and per-request headers", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      await client({ defaultHeaders: { "x-team": "art" } }).assets.upload(
        { name: "x" },
        { headers: { "x-trace": "t1" } },
      );
      expect(server.requests[0]!.headers["x-team"]).toBe("art");
      expect(server.requests[0]!.headers["x-trace"]).toBe("t1");
    });

    test("per-request headers may be a Headers object or [name, value] pairs", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      const c = client({ defaultHeaders: { "x-team": "art" } });
      await c.assets.upload({ name: "x" }, { headers: new Headers({ "X-Trace": "t1" }) });
      await c.assets.upload(
        { name: "x" },
        {
          headers: [
            ["x-trace", "t2"],
            ["x-team", "ops"],
          ],
        },
      );
      expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["t1", "t2"]);
      expect(server.requests.map((r) => r.headers["x-team"])).toEqual(["art", "ops"]);
    });

    test("sends a Blob as a data URL with its sniffed type, whatever its declared type", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      const gif = new Blob([new TextEncoder().encode("GIF89a-rest")], {
        type: "application/octet-stream",
      });
      await client().assets.upload({ name: "anim.gif", image: gif });
      expect(JSON.parse(server.requests[0]!.body).image).toMatch(
        /^data:image\/gif;base64,R0lGODlh/,
      );
    });

    test("uses an injected fetch", async () => {
      const seen: string[] = [];
      const fetch: typeof globalThis.fetch = async (input, init) => {
        seen.push(`${init?.method} ${String(input)}`);
        return new Response(JSON.stringify(OK_BODY), { status: 200 });
      };
      await clientOver(transport, { baseURL: "https://example.test/v1", fetch }).assets.upload({
        name: "x",
      });
      expect(seen).toEqual(["POST https://example.test/v1/assets"]);
    });

    test("passes fetchOptions to every fetch call, under the client's own fields", async () => {
      const inits: RequestInit[] = [];
      const fetch: typeof globalThis.fetch = async (_input, init) => {
        inits.push(init!);
        return new Response(JSON.stringify(OK_BODY), { status: 200 });
      };
      const dispatcher = { name: "proxy" };
      await clientOver(transport, {
        baseURL: "https://example.test/v1",
        fetch,
        fetchOptions: { dispatcher, method: "GET", keepalive: true } as never,
      }).assets.upload({ name: "x" });
      expect(inits[0]).toMatchObject({ dispatcher, method: "POST", keepalive: true });
    });
  });
});
