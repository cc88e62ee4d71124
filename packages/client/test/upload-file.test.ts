// `client.uploads.uploadFile` against a scripted loopback API + storage server: the create body,
// the bytes stored part by part, `complete` once after every part, polling until `entityId`,
// retried parts, and every way it can end badly.
import { randomBytes } from "node:crypto";
import { appendFile, chmod, mkdtemp, unlink, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import Scenario, {
  APIError,
  APIUserAbortError,
  checkUploadFile,
  InputReadError,
  PermissionDeniedError,
  ScenarioError,
  UploadFailedError,
  UploadTimeoutError,
  fileFromPath,
  type UploadProgress,
} from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { TRANSPORTS } from "./transports.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const MiB = 1024 * 1024;
  const server = useTestServer();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "scenario-upload-"));
  });

  const client = (options = {}) =>
    new Scenario({
      ...transport,
      apiKey: "key_1",
      apiSecret: "secret_1",
      baseURL: server.url,
      ...options,
    });

  /** An MP4 header then random bytes: sniffed as video/mp4. */
  function mp4(size: number): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(size);
    bytes.set(randomBytes(size));
    bytes.set([0, 0, 0, 0x18, ...Buffer.from("ftypisom")].slice(0, size));
    return bytes;
  }

  interface Script {
    /** Answer a part's PUT (default: store it, 200). */
    part?: (number: number, attempt: number, res: ServerResponse) => boolean | void;
    /** Answer the action `complete` (default: 200, status validating). */
    action?: (attempt: number, res: ServerResponse) => boolean | void;
    /** The statuses the upload goes through when polled (default: validating, then imported). */
    polls?: Record<string, unknown>[];
  }

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

  const quick = { pollInterval: 1, pollTimeout: 2_000 };

  describe("uploadFile: the flow", () => {
    test("uploads a file from disk in parts, completes once after every part, waits for the asset", async () => {
      const bytes = mp4(12 * MiB + 7);
      const path = join(dir, "trailer.mp4");
      await writeFile(path, bytes);
      const flow = serve();
      const seen: UploadProgress[] = [];
      const upload = await client().uploads.uploadFile(await fileFromPath(path), {
        collectionIds: ["col_1"],
        projectId: "proj_1",
        onProgress: (p) => seen.push(p),
        ...quick,
      });
      expect(upload.entityId).toBe("asset_new");
      const [create] = flow.api("/uploads");
      expect(JSON.parse(create!.body)).toEqual({
        kind: "video",
        fileName: "trailer.mp4",
        contentType: "video/mp4",
        fileSize: 12 * MiB + 7,
        parts: 3,
        assetOptions: { collectionIds: ["col_1"] },
      });
      expect(create!.url).toBe("/v1/uploads?projectId=proj_1");
      expect(Buffer.from(bytes).equals(flow.assembled())).toBe(true);
      expect([...flow.stored.values()].map((b) => b.length)).toEqual(
        expect.arrayContaining([5 * MiB, 5 * MiB, 2 * MiB + 7]),
      );
      // complete once, after the last part was stored
      const actions = flow.api("/uploads/upload_1/action");
      expect(actions).toHaveLength(1);
      expect(JSON.parse(actions[0]!.body)).toEqual({ action: "complete" });
      const order = server.requests.map((r) => r.url);
      expect(order.indexOf(actions[0]!.url)).toBeGreaterThan(
        Math.max(...flow.storage().map((r) => order.indexOf(r.url))),
      );
      // polling stopped at entityId
      expect(flow.api("/uploads/upload_1")).toHaveLength(2);
      // progress: from 0 to the whole, never past it
      expect(seen[0]).toEqual({ loaded: 0, total: 12 * MiB + 7 });
      expect(seen.at(-1)).toEqual({ loaded: 12 * MiB + 7, total: 12 * MiB + 7 });
      expect(seen.every((p) => p.loaded <= p.total)).toBe(true);
    });

    test("no storage request carries the credentials or default headers", async () => {
      const flow = serve();
      await client({ defaultHeaders: { "x-team": "art" } }).uploads.uploadFile(
        new File([mp4(6 * MiB)], "clip.mp4"),
        quick,
      );
      expect(flow.storage()).toHaveLength(2);
      for (const request of flow.storage()) {
        expect(request.headers.authorization).toBeUndefined();
        expect(request.headers["x-team"]).toBeUndefined();
      }
      expect(flow.api("/uploads")[0]!.headers.authorization).toMatch(/^Basic /);
    });

    test.each([
      ["1 byte", 1, 1],
      ["5 MiB − 1", 5 * MiB - 1, 1],
      ["5 MiB + 1", 5 * MiB + 1, 2],
      ["100 MiB", 100 * MiB, 20],
    ])(
      "a %s file is sent in the parts the rules ask for",
      async (_name, size, parts) => {
        const flow = serve();
        const bytes = size < 12 ? new TextEncoder().encode("h") : mp4(size);
        const path = join(dir, `parts-${size}.${size < 12 ? "txt" : "mp4"}`);
        await writeFile(path, bytes);
        await client().uploads.uploadFile(await fileFromPath(path), quick);
        const body = JSON.parse(flow.api("/uploads")[0]!.body);
        expect(body).toMatchObject({ fileSize: size, parts });
        expect(flow.storage()).toHaveLength(parts);
        expect(flow.assembled().equals(Buffer.from(bytes))).toBe(true);
      },
      60_000,
    );

    test("wait: false returns right after complete", async () => {
      const flow = serve();
      const upload = await client().uploads.uploadFile(new Uint8Array(mp4(100)), {
        name: "a.mp4",
        wait: false,
      });
      expect(upload.status).toBe("validating");
      expect(flow.api("/uploads/upload_1")).toHaveLength(0);
    });
  });

  describe("uploadFile: parts that fail", () => {
    test.each([
      ["a 503", (res: ServerResponse) => json(res, 503, {}, { "retry-after-ms": "1" })],
      ["a reset connection", (res: ServerResponse) => res.socket!.destroy()],
    ])(
      "a part that fails once with %s is sent again and the file arrives intact",
      async (_n, fail) => {
        const bytes = mp4(11 * MiB);
        const path = join(dir, "retry.mp4");
        await writeFile(path, bytes);
        const flow = serve({
          part: (number, attempt, res) =>
            number === 2 && attempt === 1 ? (fail(res), true) : false,
        });
        await client().uploads.uploadFile(await fileFromPath(path), quick);
        expect(flow.attempts.get(2)).toBe(2);
        expect(Buffer.from(bytes).equals(flow.assembled())).toBe(true);
        expect(flow.api("/uploads/upload_1/action")).toHaveLength(1);
      },
    );

    test("a 403 from storage says the signed URL expired, names the part and the upload, and never completes", async () => {
      const flow = serve({
        part: (number, _attempt, res) => {
          if (number !== 2) return false;
          res.writeHead(403, { "content-type": "application/xml" });
          res.end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
          return true;
        },
      });
      const error = await client()
        .uploads.uploadFile(new File([mp4(11 * MiB)], "v.mp4"), quick)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as Error).message).toMatch(
        /part 2 of upload upload_1 \(Request has expired\): its signed URL expired/,
      );
      expect((error as Error).message).not.toContain("SIGNED");
      expect(flow.attempts.get(2)).toBe(1);
      expect(flow.api("/uploads/upload_1/action")).toHaveLength(0);
    });

    test("a file that changes while it is uploaded is not completed", async () => {
      const path = join(dir, "changing.mp4");
      await writeFile(path, mp4(11 * MiB));
      serve({
        part: (number) => {
          if (number === 1) void appendFile(path, "more");
          return false;
        },
      });
      const error = await client()
        .uploads.uploadFile(await fileFromPath(path), { ...quick, concurrency: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputReadError);
      expect(server.requests.some((r) => r.url.includes("/action"))).toBe(false);
    });
  });

  describe("uploadFile: answers that are not what the spec promises", () => {
    test("a create answer without an upload is an APIError, not a TypeError", async () => {
      server.reset((_req, res) => json(res, 200, { unexpected: true }));
      const error = await client()
        .uploads.uploadFile(new File([mp4(100)], "v.mp4"), quick)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect((error as Error).message).toMatch(/POST \/uploads answered without an upload/);
    });
  });

  describe("uploadFile: how it ends", () => {
    test("status failed is an UploadFailedError with the API's errorMessage and the upload id", async () => {
      serve({ polls: [{ status: "failed", errorMessage: "unsupported codec" }] });
      const error = await client()
        .uploads.uploadFile(new File([mp4(100)], "v.mp4"), quick)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadFailedError);
      expect(error).toMatchObject({ uploadId: "upload_1", errorMessage: "unsupported codec" });
    });

    test("complete, validating and validated are polled through until entityId is set", async () => {
      const flow = serve({
        polls: [
          { status: "complete" },
          { status: "validated" },
          { status: "validating" },
          { status: "imported", entityId: "asset_new" },
        ],
      });
      const upload = await client().uploads.uploadFile(new File([mp4(100)], "v.mp4"), quick);
      expect(upload.entityId).toBe("asset_new");
      expect(flow.api("/uploads/upload_1")).toHaveLength(4);
      serve({ polls: [{ status: "complete" }, { status: "imported", entityId: "asset_new" }] });
      await expect(client().uploads.wait("upload_1", { interval: 1 })).resolves.toMatchObject({
        entityId: "asset_new",
      });
    });

    test("imported without an entityId is an APIError naming the upload", async () => {
      serve({ polls: [{ status: "imported" }] });
      const error = await client()
        .uploads.uploadFile(new File([mp4(100)], "v.mp4"), quick)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect((error as Error).message).toMatch(
        /Upload upload_1 is imported but the API gave no entityId/,
      );
    });

    test("a 409 on complete after a lost answer counts as completed, then waits for the asset", async () => {
      const flow = serve({
        action: (attempt, res) => {
          if (attempt === 1) json(res, 502, { reason: "bad gateway" }, { "retry-after-ms": "1" });
          else json(res, 409, { reason: "Upload is already completed" });
          return true;
        },
      });
      const upload = await client().uploads.uploadFile(new File([mp4(100)], "v.mp4"), quick);
      expect(upload.entityId).toBe("asset_new");
      // 502, then 409 (retried like any 409, up to maxRetries 2), then success by the 409
      expect(flow.api("/uploads/upload_1/action")).toHaveLength(3);
      // wait: false gives the upload as it stands
      serve({
        action: (_attempt, res) => (
          json(res, 409, { reason: "Upload is already completed" }),
          true
        ),
        polls: [{ status: "complete" }],
      });
      const done = await client({ maxRetries: 0 }).uploads.uploadFile(
        new File([mp4(100)], "v.mp4"),
        {
          wait: false,
        },
      );
      expect(done).toMatchObject({ id: "upload_1", status: "complete" });
    });

    test("a wait that outlasts its timeout throws with the upload id, to wait again later", async () => {
      serve({ polls: [{ status: "validating" }] });
      const error = await client()
        .uploads.uploadFile(new File([mp4(100)], "v.mp4"), { pollInterval: 5, pollTimeout: 50 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadTimeoutError);
      expect((error as UploadTimeoutError).uploadId).toBe("upload_1");
      expect((error as Error).message).toMatch(/last status: validating/);
      // and waiting again later works
      serve();
      await expect(client().uploads.wait("upload_1", { interval: 1 })).resolves.toMatchObject({
        entityId: "asset_new",
      });
    });

    test("an abort stops every part in flight and completes nothing", async () => {
      const controller = new AbortController();
      const flow = serve({
        part: (_number, _attempt) => {
          controller.abort();
          return true; // never answer: the abort must end the request
        },
      });
      const error = await client()
        .uploads.uploadFile(new File([mp4(21 * MiB)], "v.mp4"), {
          signal: controller.signal,
          concurrency: 4,
          ...quick,
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(flow.storage().length).toBeLessThanOrEqual(4);
      expect(flow.api("/uploads/upload_1/action")).toHaveLength(0);
    });
  });

  describe("uploadFile: refused before any request", () => {
    test.each([
      ["an empty file", () => new File([], "e.mp4"), {}, /empty/],
      ["bytes without a name", () => new Uint8Array(mp4(10)), {}, /needs a `name`/],
      [
        "content nobody can tell",
        () => new File([randomBytes(100)], "blob.bin"),
        {},
        /cannot tell what kind of file.*pass its `kind`/,
      ],
      [
        "a kind the API does not take",
        () => new File([mp4(10)], "v.mp4"),
        { kind: "pdf" },
        /`kind` must be one of/,
      ],
      [
        "a part size under 5 MiB",
        () => new File([mp4(10)], "v.mp4"),
        { partSize: 1024 },
        /`partSize`/,
      ],
      [
        "asset options on a model",
        () => new File([mp4(10)], "m.safetensors"),
        { kind: "model", hide: true },
        /model/,
      ],
      [
        "a fractional concurrency",
        () => new File([mp4(10)], "v.mp4"),
        { concurrency: 1.5 },
        /concurrency/,
      ],
    ] as const)("%s", async (_name, file, options, message) => {
      serve();
      await expect(client().uploads.uploadFile(file(), options as never)).rejects.toThrow(message);
      await expect(client().uploads.uploadFile(file(), options as never)).rejects.toBeInstanceOf(
        ScenarioError,
      );
      expect(server.requests).toHaveLength(0);
    });

    test("checkUploadFile says what uploadFile would send, and refuses the same way", async () => {
      serve();
      await expect(checkUploadFile(new File([mp4(11 * MiB)], "v.mp4"))).resolves.toEqual({
        name: "v.mp4",
        kind: "video",
        contentType: "video/mp4",
        size: 11 * MiB,
        parts: 3,
        partSize: 5 * MiB,
      });
      await expect(checkUploadFile(new File([randomBytes(10)], "x.bin"))).rejects.toThrow(
        /pass its `kind`/,
      );
      expect(server.requests).toHaveLength(0);
    });

    test("a file removed after fileFromPath is an InputReadError naming it and why, before any request", async () => {
      const path = join(dir, "vanishing.mp4");
      await writeFile(path, mp4(100));
      const file = await fileFromPath(path);
      await unlink(path);
      serve();
      const error = await client()
        .uploads.uploadFile(file, quick)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputReadError);
      expect((error as Error).message).toBe(`${path} no longer exists (ENOENT); nothing was sent.`);
      expect(server.requests).toHaveLength(0);
    });

    test.skipIf(process.getuid?.() === 0)(
      "a file this process may not read is an InputReadError naming it and why, before any request",
      async () => {
        const path = join(dir, "locked.mp4");
        await writeFile(path, mp4(100));
        const file = await fileFromPath(path);
        await chmod(path, 0o000);
        serve();
        const error = await client()
          .uploads.uploadFile(file, quick)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputReadError);
        expect((error as Error).message).toMatch(/locked\.mp4 may not be read.*EACCES/);
        expect(server.requests).toHaveLength(0);
      },
    );

    test("fileFromPath of a missing file says so", async () => {
      await expect(fileFromPath(join(dir, "nope.mp4"))).rejects.toThrow(/no such file/);
    });
  });
});
