// Requests that are not API calls: a signed CDN URL is fetched without the credentials or the
// default headers, redirects are followed, and timeouts, retries and typed errors still apply.
import { describe, expect, test } from "vitest";
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  PermissionDeniedError,
} from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { collectingLogger } from "@scenario-sdk/test-utils/logger";
import { clientOver, TRANSPORTS } from "./transports.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const server = useTestServer();

  const SIGNATURE = "X-Amz-Signature=SIGNED_SECRET";
  const client = (options = {}) =>
    clientOver(transport, { baseURL: server.url, defaultHeaders: { "x-team": "art" }, ...options });

  /** The API answers the download request with a signed URL on the same loopback server. */
  function cdn(serve: (url: string, res: import("node:http").ServerResponse, i: number) => void) {
    let served = 0;
    server.reset((req, res) => {
      if (req.url!.startsWith("/v1/assets/")) {
        return json(res, 200, {
          url: `${server.url.replace("/v1", "")}/cdn/hero.png?${SIGNATURE}`,
        });
      }
      serve(req.url!, res, served++);
    });
  }

  const cdnRequests = () => server.requests.filter((r) => !r.url.startsWith("/v1/"));

  describe("download.content", () => {
    test("fetches the signed URL with no credentials and no default headers, and streams it", async () => {
      cdn((_url, res) => {
        res.writeHead(200, { "content-type": "image/png" });
        res.end("PNGBYTES");
      });
      const response = await client().assets.download.content("asset_1", { targetFormat: "png" });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("PNGBYTES");
      const [api] = server.requests;
      expect(JSON.parse(api!.body)).toEqual({ targetFormat: "png" });
      const [get] = cdnRequests();
      expect(get!.url).toBe(`/cdn/hero.png?${SIGNATURE}`);
      expect(get!.headers.authorization).toBeUndefined();
      expect(get!.headers["x-team"]).toBeUndefined();
    });

    test("follows a redirect, still without credentials", async () => {
      cdn((url, res) => {
        if (url.startsWith("/cdn/hero.png")) {
          res.writeHead(302, { location: "/cdn/moved.png" });
          return res.end();
        }
        res.end("MOVED");
      });
      const response = await client().assets.download.content("asset_1");
      expect(await response.text()).toBe("MOVED");
      expect(cdnRequests().map((r) => r.url)).toEqual([
        `/cdn/hero.png?${SIGNATURE}`,
        "/cdn/moved.png",
      ]);
      expect(cdnRequests().every((r) => r.headers.authorization === undefined)).toBe(true);
    });

    test("retries a 503 from the CDN", async () => {
      cdn((_url, res, i) => {
        if (i === 0) return json(res, 503, {}, { "retry-after-ms": "1" });
        res.end("OK");
      });
      expect(await (await client().assets.download.content("asset_1")).text()).toBe("OK");
      expect(cdnRequests()).toHaveLength(2);
    });

    test("a 403 (expired signature) is a PermissionDeniedError without the signature in it", async () => {
      cdn((_url, res) => {
        res.writeHead(403, { "content-type": "application/xml" });
        res.end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
      });
      const error = await client()
        .assets.download.content("asset_1")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as Error).message).toMatch(/Request has expired/);
      expect((error as Error).message).not.toContain("SIGNED_SECRET");
    });

    test("a body that stalls ends with a timeout error while it is read", async () => {
      cdn((_url, res) => {
        res.writeHead(200);
        res.write("part");
      });
      const response = await client({ timeout: 150 }).assets.download.content("asset_1");
      await expect(response.text()).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    });

    test("an abort that came while the headers were read ends the body at once", async () => {
      // the gap between fetch's answer and the guard taking over: the signal is already aborted
      const { guardBody } = await import("../src/core/stream-body.js");
      const body = new ReadableStream({ pull: () => new Promise(() => {}) }); // never sends
      const guarded = guardBody(new Response(body), 60_000, AbortSignal.abort(), "GET x");
      await expect(guarded.text()).rejects.toBeInstanceOf(APIUserAbortError);
    });

    test("a JSON error body from the CDN is parsed, and a connection error names the CDN's host", async () => {
      cdn((_url, res) => json(res, 403, { message: "expired" }));
      const error = (await client()
        .assets.download.content("asset_1")
        .catch((e: unknown) => e)) as PermissionDeniedError;
      expect(error.message).toBe("403 expired");
      expect(error.error).toEqual({ message: "expired" });
    });

    test("aborting stops the body too", async () => {
      cdn((_url, res) => {
        res.writeHead(200);
        res.write("part");
      });
      const controller = new AbortController();
      const response = await client().assets.download.content(
        "asset_1",
        {},
        {
          signal: controller.signal,
        },
      );
      const reading = response.text();
      controller.abort();
      await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
    });

    test("logs never show the signed URL's query string", async () => {
      cdn((_url, res, i) => {
        if (i === 0) return json(res, 500, {}, { "retry-after-ms": "1" });
        res.end("OK");
      });
      const { lines, logger } = collectingLogger();
      await (await client({ logLevel: "debug", logger }).assets.download.content("a")).text();
      expect(lines.join("\n")).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/cdn\/hero\.png → 500/);
      expect(lines.join("\n")).not.toContain("SIGNED_SECRET");
    });
  });
});
