// A scripted fake of the /assets family on the loopback test server, for list, get and download:
// pages of a listing with chosen cursors, get-bulk, signed download URLs and the "CDN" serving
// the files (same server, under /cdn/, so every request is counted in `server.requests`).
import type { IncomingMessage, ServerResponse } from "node:http";
import { json, type TestServer } from "@scenario-sdk/test-utils/http-server";

export interface FakeAsset {
  id: string;
  kind: string;
  metadata: { kind: string; type: string; name?: string };
  createdAt: string;
  mimeType: string;
  properties: { size?: number };
  url: string;
}

export function asset(
  id: string,
  {
    name,
    mimeType = "image/png",
    size,
    kind = "image",
    type = "uploaded",
  }: {
    name?: string | undefined;
    mimeType?: string;
    size?: number | undefined;
    kind?: string;
    type?: string;
  } = {},
): FakeAsset {
  return {
    id,
    kind,
    metadata: { kind, type, ...(name === undefined ? {} : { name }) },
    createdAt: "2026-03-02T10:15:22.481Z",
    mimeType,
    properties: size === undefined ? {} : { size },
    url: `https://cdn.example/${id}`,
  };
}

/** Which request this is, by method and path. */
export function route(req: { method?: string; url?: string }) {
  const url = new URL(req.url!, "http://x");
  const path = url.pathname;
  if (req.method === "GET" && path === "/v1/assets") return { kind: "list", url } as const;
  if (req.method === "POST" && path === "/v1/assets/get-bulk")
    return { kind: "bulk", url } as const;
  const download = /^\/v1\/assets\/([^/]+)\/download$/.exec(path);
  if (req.method === "POST" && download) return { kind: "sign", id: download[1]!, url } as const;
  const cdn = /^\/cdn\/([^/?]+)$/.exec(path);
  if (req.method === "GET" && cdn) return { kind: "cdn", id: cdn[1]!, url } as const;
  return { kind: "other", url } as const;
}

export interface FakeApiOptions {
  /** The listing, page by page; page n + 1 is asked for with the token `tokens[n]`. */
  pages?: FakeAsset[][];
  tokens?: string[];
  /** Every asset get-bulk knows (default: those of the pages). */
  known?: FakeAsset[];
  /** The bytes the CDN serves per asset id (default: `size` bytes of the id's first letter). */
  files?: Record<string, Uint8Array>;
  /** Take over a CDN answer (return true when handled). */
  cdn?: (id: string, req: IncomingMessage, res: ServerResponse) => boolean;
  /** Take over any answer before the fake (return true when handled). */
  intercept?: (req: IncomingMessage, res: ServerResponse, index: number) => boolean;
  /** The signed URL given for an asset (default: this server's /cdn/<id>). */
  signedUrl?: (id: string) => string;
  /** Hold an answer until the promise returned for its request settles. */
  hold?: (req: IncomingMessage) => Promise<unknown> | undefined;
}

/** Installs the fake on `server` (forgetting earlier requests). */
export function fakeApi(server: TestServer, options: FakeApiOptions = {}) {
  const pages = options.pages ?? [];
  const tokens = options.tokens ?? pages.slice(1).map((_, i) => `token-${i + 1}`);
  const known = new Map((options.known ?? pages.flat()).map((a) => [a.id, a]));
  const origin = new URL(server.url).origin;
  const bytesOf = (id: string) => {
    const given = options.files?.[id];
    if (given) return given;
    const size = known.get(id)?.properties.size ?? 16;
    return new Uint8Array(size).fill(id.charCodeAt(id.length - 1));
  };
  server.reset((req, res, index) => {
    const held = options.hold?.(req);
    if (held) return void held.then(() => answer(req, res, index));
    answer(req, res, index);
  });
  function answer(req: IncomingMessage, res: ServerResponse, index: number) {
    if (options.intercept?.(req, res, index)) return;
    const r = route(req);
    switch (r.kind) {
      case "list": {
        const token = r.url.searchParams.get("paginationToken");
        const n = token === null ? 0 : tokens.indexOf(token) + 1;
        if (token !== null && n === 0) return json(res, 400, { reason: `bad token ${token}` });
        const page = pages[n] ?? [];
        const next = tokens[n];
        return json(res, 200, { assets: page, ...(next ? { nextPaginationToken: next } : {}) });
      }
      case "bulk": {
        const { assetIds } = JSON.parse(server.requests[index]!.body) as { assetIds: string[] };
        const found = assetIds.flatMap((id) => known.get(id) ?? []).reverse(); // any order
        return json(res, 200, { assets: found }, { "x-request-id": `req_bulk_${index}` });
      }
      case "sign":
        return json(res, 200, {
          url: options.signedUrl?.(r.id) ?? `${origin}/cdn/${r.id}?Signature=s3cr3t`,
        });
      case "cdn": {
        if (options.cdn?.(r.id, req, res)) return;
        const bytes = bytesOf(r.id);
        res.writeHead(200, {
          "content-type": "application/octet-stream",
          "content-length": bytes.length,
        });
        return res.end(bytes);
      }
      default:
        return json(res, 404, { reason: `no route for ${req.method} ${req.url}` });
    }
  }
  return {
    /** The requests of one kind, in order. */
    requests: (kind: ReturnType<typeof route>["kind"]) =>
      server.requests.filter((q) => route(q).kind === kind),
  };
}
