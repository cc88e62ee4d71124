// `client.uploads.uploadFile` against a scripted loopback API + storage server: the create body,
// the bytes stored part by part, `complete` once after every part, polling until `entityId`,
// retried parts, and answers that are not what the spec promises (how it ends: upload-file-end).
import { appendFile, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  APIError,
  InputReadError,
  PermissionDeniedError,
  fileFromPath,
  type UploadProgress,
} from "../src/index.js";
import { json } from "@scenario-sdk/test-utils/http-server";
import { TRANSPORTS } from "./transports.js";
import { MiB, mp4, quick, useUploadServer } from "./upload-server.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const { server, dir, client, serve } = useUploadServer(transport);

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
});
