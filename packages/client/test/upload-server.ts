// The scripted loopback API + storage server of the uploadFile tests (upload-file*.test.ts),
// registered per transport: create, one signed URL per part, complete, then the polled statuses.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ClientOptions } from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { clientOver } from "./transports.js";

export const MiB = 1024 * 1024;

/** Polls that do not slow the tests down. */
export const quick = { pollInterval: 1, pollTimeout: 2_000 };

/** An MP4 header then random bytes: sniffed as video/mp4. */
export function mp4(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(randomBytes(size));
  bytes.set([0, 0, 0, 0x18, ...Buffer.from("ftypisom")].slice(0, size));
  return bytes;
}

export interface Script {
  /** Answer a part's PUT (default: store it, 200). */
  part?: (number: number, attempt: number, res: ServerResponse) => boolean | void;
  /** Answer the action `complete` (default: 200, status validating). */
  action?: (attempt: number, res: ServerResponse) => boolean | void;
  /** The statuses the upload goes through when polled (default: validating, then imported). */
  polls?: Record<string, unknown>[];
}

/**
 * A describe block's server (started and closed by its hooks), a temp folder, a client over
 * `transport` and `serve(script)`, which scripts the server for one upload.
 */
export function useUploadServer(transport: ClientOptions) {
  const server = useTestServer();
  const dir = mkdtempSync(join(tmpdir(), "scenario-upload-"));
  const client = (options = {}) => clientOver(transport, { baseURL: server.url, ...options });

  /** A scripted API (create, complete, retrieve) and storage (one URL per part). */
  function serve(script: Script = {}) {
    const stored = new Map<number, Buffer>();
    const attempts = new Map<number, number>();
    const polls = script.polls ?? [
      { status: "validating" },
      { status: "imported", entityId: "asset_new" },
    ];
    let polled = 0;
    let actions = 0;
    const origin = server.url.replace("/v1", "");
    server.reset((req: IncomingMessage, res: ServerResponse, i: number) => {
      const url = new URL(req.url!, "http://h");
      const upload = (extra: Record<string, unknown> = {}) => ({
        upload: { id: "upload_1", status: "pending", kind: "video", fileName: "f", ...extra },
      });
      if (req.method === "POST" && url.pathname === "/v1/uploads") {
        const { parts } = JSON.parse(server.requests[i]!.body) as { parts: number };
        return json(
          res,
          200,
          upload({
            parts: Array.from({ length: parts }, (_, n) => ({
              number: n + 1,
              url: `${origin}/storage/upload_1/${n + 1}?X-Amz-Signature=SIGNED`,
              expires: "2026-12-01T00:00:00Z",
            })),
          }),
        );
      }
      if (req.method === "PUT" && url.pathname.startsWith("/storage/")) {
        const number = Number(url.pathname.split("/").pop());
        const attempt = (attempts.get(number) ?? 0) + 1;
        attempts.set(number, attempt);
        if (script.part?.(number, attempt, res)) return;
        stored.set(number, server.requests[i]!.bytes);
        res.writeHead(200, { etag: `"part-${number}"` });
        return res.end();
      }
      if (req.method === "POST" && url.pathname === "/v1/uploads/upload_1/action") {
        if (script.action?.(++actions, res)) return;
        return json(res, 200, upload({ status: "validating" }));
      }
      if (req.method === "GET" && url.pathname === "/v1/uploads/upload_1") {
        return json(res, 200, upload(polls[Math.min(polled++, polls.length - 1)]));
      }
      json(res, 404, { message: `unexpected ${req.method} ${req.url}` });
    });
    return {
      stored,
      attempts,
      assembled: () =>
        Buffer.concat([...stored.keys()].sort((a, b) => a - b).map((n) => stored.get(n)!)),
      /** API requests to exactly this path (query strings aside). */
      api: (path: string) =>
        server.requests.filter((r) => new URL(r.url, "http://h").pathname === `/v1${path}`),
      storage: () => server.requests.filter((r) => r.url.startsWith("/storage/")),
    };
  }

  return { server, dir, client, serve };
}
