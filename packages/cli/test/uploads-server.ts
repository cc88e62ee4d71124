// A scripted multipart flow on the test server: the API's `POST /v1/uploads` (one signed URL per
// part, on the same server under /storage/), the parts' PUTs, `POST /v1/uploads/{id}/action`
// and `GET /v1/uploads/{id}`; `POST /v1/assets` answers as the image route does.
import type { ServerResponse } from "node:http";
import { json, type RecordedRequest, type TestServer } from "@scenario-sdk/test-utils/http-server";

export const MiB = 1024 * 1024;

/** An MP4 header, then bytes that vary with `seed`: sniffed as video/mp4. */
export function mp4(size: number, seed = 0): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) bytes[i] = (i / 4096 + seed) & 0xff;
  bytes.set([0, 0, 0, 0x18, ...Buffer.from("ftypisom")].slice(0, size));
  return bytes;
}

export interface FlowUpload {
  id: string;
  /** The create request's body. */
  create: Record<string, unknown>;
  /** Part number → the bytes storage kept. */
  stored: Map<number, Buffer>;
  attempts: Map<number, number>;
  completed: number;
  polled: number;
}

export interface FlowScript {
  /** Answer a part's PUT yourself (return true); default: store it, 200. */
  part?: (
    upload: FlowUpload,
    number: number,
    attempt: number,
    res: ServerResponse,
  ) => boolean | void;
  /** What the n-th poll of an upload shows (default: imported, with an asset id). */
  poll?: (upload: FlowUpload, n: number) => Record<string, unknown>;
}

export function serveUploads(server: TestServer, script: FlowScript = {}) {
  const uploads = new Map<string, FlowUpload>();
  const origin = server.url.replace(/\/v1$/, "");
  let assets = 0;
  const answer = (upload: FlowUpload, extra: Record<string, unknown>) => ({
    upload: { id: upload.id, status: "pending", kind: upload.create.kind, ...extra },
  });
  server.reset((req, res, index) => {
    const request = server.requests[index]!;
    const { pathname } = new URL(req.url!, "http://h");
    const [, area, id, rest] =
      /^\/(v1\/uploads|storage)(?:\/([^/]+))?(?:\/(.+))?$/.exec(pathname) ?? [];
    const upload = id ? uploads.get(id) : undefined;
    if (req.method === "POST" && pathname === "/v1/assets") {
      return json(res, 200, { asset: { id: `asset_img_${++assets}` } });
    }
    if (req.method === "POST" && area === "v1/uploads" && !id) {
      const create = JSON.parse(request.body) as Record<string, unknown>;
      const created: FlowUpload = {
        id: `upload_${uploads.size + 1}`,
        create,
        stored: new Map(),
        attempts: new Map(),
        completed: 0,
        polled: 0,
      };
      uploads.set(created.id, created);
      const parts = Array.from({ length: create.parts as number }, (_, n) => ({
        number: n + 1,
        url: `${origin}/storage/${created.id}/${n + 1}?X-Amz-Signature=SIGNED`,
      }));
      return json(res, 200, answer(created, { parts }));
    }
    if (req.method === "PUT" && area === "storage" && upload) {
      const number = Number(rest);
      const attempt = (upload.attempts.get(number) ?? 0) + 1;
      upload.attempts.set(number, attempt);
      if (script.part?.(upload, number, attempt, res)) return;
      upload.stored.set(number, request.bytes);
      res.writeHead(200, { etag: `"${upload.id}-${number}"` });
      return res.end();
    }
    if (req.method === "POST" && upload && rest === "action") {
      upload.completed++;
      return json(res, 200, answer(upload, { status: "validating" }));
    }
    if (req.method === "GET" && upload && !rest) {
      const shown = script.poll?.(upload, upload.polled) ?? {
        status: "imported",
        entityId: `asset_of_${upload.id}`,
      };
      upload.polled++;
      return json(res, 200, answer(upload, shown));
    }
    json(res, 404, { message: `unexpected ${req.method} ${req.url}` });
  });
  return {
    uploads,
    /** The bytes storage holds for an upload, parts in order. */
    assembled: (id: string) => {
      const { stored } = uploads.get(id)!;
      return Buffer.concat([...stored.keys()].sort((a, b) => a - b).map((n) => stored.get(n)!));
    },
    storage: (): RecordedRequest[] => server.requests.filter((r) => r.url.startsWith("/storage/")),
    api: (): RecordedRequest[] => server.requests.filter((r) => r.url.startsWith("/v1/")),
  };
}
