// `client.uploads.uploadFile` against a scripted loopback API + storage server: how it ends
// (failed, polled through, lost answers, timeouts, aborts) and what is refused before any request.
import { randomBytes } from "node:crypto";
import { chmod, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  APIError,
  APIUserAbortError,
  checkUploadFile,
  InputReadError,
  ScenarioError,
  UploadFailedError,
  UploadTimeoutError,
  fileFromPath,
} from "../src/index.js";
import { json } from "@scenario-sdk/test-utils/http-server";
import { TRANSPORTS } from "./transports.js";
import { MiB, mp4, quick, useUploadServer } from "./upload-server.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const { server, dir, client, serve } = useUploadServer(transport);

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
