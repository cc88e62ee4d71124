// Image bytes are base64-encoded while the body is sent: same JSON on the wire, a known
// content-length, and a fresh stream for each retry.
import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { InputReadError, ScenarioError } from "../src/index.js";
import { json, OK_BODY, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { StreamingJsonBody } from "../src/core/json-body.js";
import { checkImage, ImageBytes } from "../src/core/files.js";
import { clientOver, TRANSPORTS } from "./transports.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const server = useTestServer();

  function pngOf(size: number): Uint8Array<ArrayBuffer> {
    const bytes = new Uint8Array(size);
    bytes.set(randomBytes(size));
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return bytes;
  }

  const client = () => clientOver(transport, { baseURL: server.url });

  describe("streamed JSON body", () => {
    test.each([
      ["a Uint8Array", (b: Uint8Array<ArrayBuffer>) => b],
      ["a Blob", (b: Uint8Array<ArrayBuffer>) => new Blob([b])],
      ["an ArrayBuffer", (b: Uint8Array<ArrayBuffer>) => b.slice().buffer],
    ])("sends %s of 5 MB as the exact data URL, with its content-length", async (_name, wrap) => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      const bytes = pngOf(5_000_001); // not a multiple of 3: exercises the base64 tail
      await client().assets.upload({
        name: "big.png",
        image: wrap(bytes),
        collectionIds: ["c"],
        hide: true,
      });
      const [request] = server.requests;
      expect(request!.headers["content-length"]).toBe(String(request!.body.length));
      expect(request!.headers["transfer-encoding"]).toBeUndefined();
      const body = JSON.parse(request!.body);
      expect(body).toEqual({
        name: "big.png",
        collectionIds: ["c"],
        hide: true,
        image: `data:image/png;base64,${Buffer.from(bytes).toString("base64")}`,
      });
    });

    test("a retry sends the same body again", async () => {
      server.reset((_req, res, i) =>
        i === 0 ? json(res, 503, {}, { "retry-after-ms": "1" }) : json(res, 200, OK_BODY),
      );
      await client().assets.upload({ name: "x.png", image: new Blob([pngOf(100_000)]) });
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
    });

    test("an image and a thumbnail in one body", async () => {
      const image = pngOf(10);
      const thumb = pngOf(11);
      const body = new StreamingJsonBody({
        name: "n",
        image: await checkImage(image),
        thumbnail: await checkImage(thumb),
        canvas: '{"a":"\\u00e9"}',
      });
      const text = await new Response(body.stream()).text();
      expect(new TextEncoder().encode(text).length).toBe(body.length);
      expect(JSON.parse(text)).toEqual({
        name: "n",
        image: `data:image/png;base64,${Buffer.from(image).toString("base64")}`,
        thumbnail: `data:image/png;base64,${Buffer.from(thumb).toString("base64")}`,
        canvas: '{"a":"\\u00e9"}',
      });
    });

    // Blob chunks rarely end on a multiple of 3 bytes (fs.openAsBlob gives 64 KiB ones): the
    // bytes past it are carried into the next chunk. A Blob whose stream gives chosen chunk sizes.
    class ChunkedBlob extends Blob {
      readonly #content: Uint8Array<ArrayBuffer>;
      readonly #sizes: number[];
      constructor(content: Uint8Array<ArrayBuffer>, sizes: number[]) {
        super([content]);
        this.#content = content;
        this.#sizes = sizes;
      }
      override stream() {
        const content = this.#content;
        const sizes = this.#sizes;
        let offset = 0;
        let i = 0;
        return new ReadableStream<Uint8Array<ArrayBuffer>>({
          pull(controller) {
            if (offset >= content.length) return controller.close();
            const size = sizes[Math.min(i++, sizes.length - 1)]!;
            controller.enqueue(content.slice(offset, offset + size));
            offset += size;
          },
        });
      }
    }

    test.each([
      ["64 KiB chunks", 200_000, [65_536]],
      ["1-byte chunks", 40, [1]],
      ["2-byte chunks", 41, [2]],
      ["a 1-byte chunk between large ones", 70_000, [12_289, 1, 12_287, 5]],
      ["chunks a byte over the piece size", 100_003, [12_289]],
      ["chunks of 3 × n bytes", 30_000, [3, 6, 12_288]],
      ["one chunk", 10, [10]],
    ])("encodes a Blob read in %s exactly", async (_name, size, sizes) => {
      const bytes = pngOf(size);
      const body = new StreamingJsonBody({
        image: new ImageBytes("image/png", new ChunkedBlob(bytes, sizes), size, "image"),
      });
      const text = await new Response(body.stream()).text();
      expect(text.length).toBe(body.length);
      expect(JSON.parse(text)).toEqual({
        image: `data:image/png;base64,${Buffer.from(bytes).toString("base64")}`,
      });
    });

    test("image bytes are checked into ImageBytes, which the body streams", async () => {
      expect(await checkImage(pngOf(9))).toBeInstanceOf(ImageBytes);
    });
  });

  describe("an image file that changes while it is sent", () => {
    test("fails with InputReadError on the retry that reads it, and is not retried further", async () => {
      const { mkdtemp, writeFile, appendFile } = await import("node:fs/promises");
      const { openAsBlob } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const { join } = await import("node:path");
      const path = join(await mkdtemp(join(tmpdir(), "scenario-")), "a.png");
      await writeFile(path, pngOf(100_000));
      const image = await openAsBlob(path);
      server.reset((_req, res, i) => {
        if (i > 0) return json(res, 200, OK_BODY);
        // the first attempt fails after the file was read; the file changes before the retry
        void appendFile(path, "more").then(() => json(res, 503, {}, { "retry-after-ms": "1" }));
      });
      const error = await client()
        .assets.upload({ name: "a.png", image }, { maxRetries: 3 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputReadError);
      expect((error as Error).message).toMatch(
        /image could not be read while it was sent.*Not retried/,
      );
      expect(server.requests.length).toBeLessThanOrEqual(2);
    });
  });

  describe("params JSON cannot carry", () => {
    test.each([
      [
        "a function",
        { name: "x", parentId: (() => "p") as never },
        /`parentId` cannot be sent as JSON \(a function\)/,
      ],
      ["a BigInt", { name: "x", hide: 1n as never }, /`hide` cannot be sent as JSON \(a BigInt\)/],
      [
        "NaN in a list",
        { name: "x", collectionIds: [Number.NaN] as never },
        /`collectionIds\[0\]` cannot be sent/,
      ],
      ["an unknown parameter", { name: "x", extra: 1 } as never, /unknown parameter "extra"/],
    ])(
      "%s is refused before any request, on the streamed path too",
      async (_name, params, message) => {
        server.reset((_req, res) => json(res, 200, OK_BODY));
        for (const image of [undefined, new Blob([pngOf(10)])]) {
          const call = client().assets.upload({
            ...(params as { name: string }),
            ...(image ? { image } : {}),
          });
          await expect(call).rejects.toThrow(ScenarioError);
          await expect(
            client().assets.upload({
              ...(params as { name: string }),
              ...(image ? { image } : {}),
            }),
          ).rejects.toThrow(message);
        }
        expect(server.requests).toHaveLength(0);
      },
    );
  });
});
