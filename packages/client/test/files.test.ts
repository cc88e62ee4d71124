// Image arguments: MIME sniffing, data URLs, and refusals before any request.
import { describe, expect, test } from "vitest";
import Scenario, {
  InvalidImageError,
  MAX_IMAGE_BYTES,
  sniffImageType,
  toImageString,
} from "../src/index.js";

/** Bytes from latin-1 strings (one byte per char) and byte arrays. */
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sniffImageType", () => {
  test.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
    ["png", bytes([0x89], "PNG\r\n\x1a\n"), "image/png"],
    ["gif87a", bytes("GIF87a"), "image/gif"],
    ["gif89a", bytes("GIF89a"), "image/gif"],
    ["webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "image/webp"],
    ["avif", bytes([0, 0, 0, 0x1c], "ftypavif"), "image/avif"],
    ["heic", bytes([0, 0, 0, 0x18], "ftypheic"), "image/heic"],
    ["heif (mif1)", bytes([0, 0, 0, 0x18], "ftypmif1"), "image/heic"],
    ["tiff little-endian", bytes("II*", [0]), "image/tiff"],
    ["tiff big-endian", bytes("MM", [0], "*"), "image/tiff"],
    ["svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), "image/svg+xml"],
    [
      "svg with BOM and prolog",
      utf8('\uFEFF  <?xml version="1.0"?>\n<!-- x -->\n<svg>'),
      "image/svg+xml",
    ],
    ["mp4", bytes([0, 0, 0, 0x18], "ftypisom"), undefined],
    ["pdf", bytes("%PDF-1.7"), undefined],
    ["html", bytes("<html><body></body></html>"), undefined],
    [
      "html with an inline svg",
      bytes("<!DOCTYPE html><html><body><svg></svg></body></html>"),
      undefined,
    ],
    [
      "svg after a 2 kB licence comment",
      utf8(`<?xml version="1.0"?>\n<!-- ${"licence ".repeat(300)} -->\n<svg viewBox="0 0 1 1"/>`),
      "image/svg+xml",
    ],
    [
      "svg with a doctype and its internal subset",
      utf8('<!DOCTYPE svg [ <!ENTITY a "b"> ]><svg>'),
      "image/svg+xml",
    ],
    ["an unterminated comment", utf8("<!-- <svg>"), undefined],
    ["text", bytes("hello"), undefined],
    ["empty", bytes(), undefined],
  ])("%s", (_name, input, want) => {
    expect(sniffImageType(input)).toBe(want);
  });
});

describe("toImageString", () => {
  const png = bytes([0x89], "PNG\r\n\x1a\n", [1, 2, 3]);
  const pngDataUrl = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;

  test.each([
    ["a Uint8Array", png],
    ["an ArrayBuffer", png.slice().buffer],
    ["a Blob", new Blob([png])],
    ["a File", new File([png], "x.bin", { type: "text/plain" })],
  ])("turns %s into a data URL with the sniffed type", async (_name, input) => {
    expect(await toImageString(input)).toBe(pngDataUrl);
  });

  test("passes base64 and data URLs of a supported image through", async () => {
    const base64 = Buffer.from(png).toString("base64");
    expect(await toImageString(base64)).toBe(base64);
    expect(await toImageString(pngDataUrl)).toBe(pngDataUrl);
  });

  test("sniffs a base64 SVG whose root comes after a long comment (past the first bytes)", async () => {
    const svg = `<?xml version="1.0"?>\n<!-- ${"licence ".repeat(2000)} -->\n<svg xmlns="x"/>`;
    const base64 = Buffer.from(svg).toString("base64");
    expect(await toImageString(base64)).toBe(base64);
    await expect(toImageString(`data:image/png;base64,${base64}`)).rejects.toThrow(
      /content is image\/svg\+xml/,
    );
    const html = Buffer.from(`<!-- ${"x".repeat(100)} -->\n<html><svg/></html>`).toString("base64");
    await expect(toImageString(html)).rejects.toThrow(/not a supported image/);
  });

  test.each([
    ["an empty string", "", /image is empty/],
    ["an empty data URL", "data:image/png;base64,", /image is empty/],
    ["a data URL that is not base64", "data:image/png,rawtext", /not a base64 data URL/],
    [
      "a text/html data URL",
      `data:text/html;base64,${Buffer.from("<html></html>").toString("base64")}`,
      /data URL of type "text\/html"/,
    ],
    ["text that is not base64", "hello world!", /neither base64 nor a data URL/],
    ["base64 of something that is not an image", "aGVsbG8=", /not a supported image/],
    [
      "a data URL whose type lies about its content",
      `data:image/jpeg;base64,${Buffer.from([0x89, ...new TextEncoder().encode("PNG\r\n\x1a\n")]).toString("base64")}`,
      /type image\/jpeg, but its content is image\/png/,
    ],
  ])("refuses %s", async (_name, input, message) => {
    await expect(toImageString(input)).rejects.toThrow(InvalidImageError);
    await expect(toImageString(input)).rejects.toThrow(message);
  });

  test("refuses a file name with a hint to pass the bytes", async () => {
    await expect(toImageString("sample.png")).rejects.toThrow(
      /looks like a file name: pass the file's bytes.*fileFromPath\("sample\.png"\)/,
    );
  });

  test("takes a fetch Response", async () => {
    expect(await toImageString(new Response(png))).toBe(pngDataUrl);
    await expect(toImageString(new Response("x", { status: 404 }))).rejects.toThrow(/status 404/);
  });

  test("refuses bytes over 6 MB, naming the limit and /uploads", async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(png);
    await expect(toImageString(big)).rejects.toThrow(InvalidImageError);
    await expect(toImageString(big)).rejects.toThrow(/up to 6 MB.*uploads\.uploadFile/);
  });

  test("refuses a base64 string over 6 MB", async () => {
    await expect(
      toImageString("A".repeat(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8)),
    ).rejects.toThrow(/6 MB/);
  });

  test("accepts exactly 6 MB", async () => {
    const limit = new Uint8Array(MAX_IMAGE_BYTES);
    limit.set(png);
    expect(await toImageString(limit)).toMatch(/^data:image\/png;base64,/);
  });

  test("refuses bytes that are not a supported image, listing the supported types", async () => {
    await expect(toImageString(bytes("%PDF-1.7 ..."))).rejects.toThrow(
      /not a supported image.*image\/jpeg/,
    );
  });

  test("refuses empty bytes, a malformed data URL and other types", async () => {
    await expect(toImageString(new Uint8Array())).rejects.toThrow(/empty/);
    await expect(toImageString("data:image/png;base64")).rejects.toThrow(/not a base64 data URL/);
    await expect(toImageString(42 as never)).rejects.toThrow(/must be a base64 string/);
  });
});

describe("assets.upload with a bad image", () => {
  test("fails before any request", async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response("{}");
    };
    const client = new Scenario({ apiKey: "k", apiSecret: "s", fetch });
    await expect(
      client.assets.upload({ name: "doc.pdf", image: bytes("%PDF-1.7") }),
    ).rejects.toThrow(InvalidImageError);
    await expect(
      client.assets.upload({
        name: "thumb",
        canvas: "{}",
        thumbnail: new Uint8Array(MAX_IMAGE_BYTES + 1),
      }),
    ).rejects.toThrow(/thumbnail is 6\.0 MB/);
    expect(calls).toBe(0);
  });
});
