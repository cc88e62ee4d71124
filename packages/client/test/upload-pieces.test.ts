// The pure pieces of the multipart flow: the part plan, the file-kind sniffer, the progress pace.
import { afterEach, describe, expect, test, vi } from "vitest";
import { planParts, MAX_PARTS, MIN_PART_SIZE } from "../src/lib/parts.js";
import { detectFileKind } from "../src/lib/file-kinds.js";
import { ProgressReporter, type UploadProgress } from "../src/lib/progress.js";

const MiB = 1024 * 1024;
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe("planParts", () => {
  test.each([
    [1, undefined, { partSize: MIN_PART_SIZE, count: 1 }],
    [5 * MiB - 1, undefined, { partSize: MIN_PART_SIZE, count: 1 }],
    [5 * MiB, undefined, { partSize: MIN_PART_SIZE, count: 1 }],
    [5 * MiB + 1, undefined, { partSize: MIN_PART_SIZE, count: 2 }],
    [100 * MiB, undefined, { partSize: MIN_PART_SIZE, count: 20 }],
    [100 * MiB, 8 * MiB, { partSize: 8 * MiB, count: 13 }],
    // past 10,000 × 5 MiB the parts grow so the count stays within 10,000
    [MAX_PARTS * MIN_PART_SIZE + 1, undefined, { partSize: MIN_PART_SIZE + 1, count: MAX_PARTS }],
  ])("%i bytes with partSize %s", (size, partSize, want) => {
    expect(planParts(size, partSize)).toEqual(want);
  });

  test.each([
    [10 * MiB, 5 * MiB - 1, /from 5242880 \(5 MiB\)/],
    [10 * MiB, 6 * 1024 ** 3, /to 5368709120 \(5 GiB\)/],
    [MAX_PARTS * MIN_PART_SIZE * 2, MIN_PART_SIZE, /at most 10000 are allowed/],
    [6 * 1024 ** 4 * 10, undefined, /uploads take at most/],
  ])("refuses %i bytes with partSize %s", (size, partSize, message) => {
    expect(() => planParts(size, partSize)).toThrow(message);
  });
});

describe("detectFileKind", () => {
  test.each([
    ["png named .jpg", bytes([0x89], "PNG\r\n\x1a\n"), "x.jpg", "image", "image/png"],
    ["mp4", bytes([0, 0, 0, 0x18], "ftypisom"), "v.bin", "video", "video/mp4"],
    ["mov", bytes([0, 0, 0, 0x14], "ftypqt  "), "v.mov", "video", "video/quicktime"],
    ["m4a", bytes([0, 0, 0, 0x20], "ftypM4A "), "a.m4a", "audio", "audio/mp4"],
    ["webm", bytes([0x1a, 0x45, 0xdf, 0xa3], "....webm"), "v.webm", "video", "video/webm"],
    ["mkv", bytes([0x1a, 0x45, 0xdf, 0xa3], "matroska"), "v.mkv", "video", "video/x-matroska"],
    ["wav", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), "a.wav", "audio", "audio/wav"],
    ["mp3 with ID3", bytes("ID3", [3, 0]), "a.mp3", "audio", "audio/mpeg"],
    ["ogg", bytes("OggS", [0]), "a.ogg", "audio", "audio/ogg"],
    ["flac", bytes("fLaC"), "a.flac", "audio", "audio/flac"],
    ["glb", bytes("glTF", [2, 0, 0, 0]), "m.glb", "3d", "model/gltf-binary"],
    ["fbx", bytes("Kaydara FBX Binary  \0"), "m.fbx", "3d", "application/octet-stream"],
    ["obj (by name)", bytes("v 0 0 0\nv 1 0 0\n"), "m.obj", "3d", "model/obj"],
    ["usdz (a zip, by name)", bytes("PK", [3, 4], "...."), "m.usdz", "3d", "model/vnd.usdz+zip"],
    ["markdown", bytes("# Title\n\nbody"), "notes.md", "text", "text/markdown"],
    ["plain text without an extension", bytes("hello\n"), "README", "text", "text/plain"],
    [
      "model weights (by name)",
      bytes([8, 0, 0, 0, 0, 0, 0, 0, 123]),
      "w.safetensors",
      "model",
      "application/octet-stream",
    ],
  ])("%s", (_name, head, name, kind, contentType) => {
    expect(detectFileKind(head, name)).toEqual({ kind, contentType });
  });

  test.each([
    ["random bytes", bytes([0, 1, 2, 3, 250, 251]), "x.bin"],
    ["a zip not named usdz", bytes("PK", [3, 4], "...."), "a.zip"],
    ["binary named .txt", bytes([0, 159, 146, 150]), "x.txt"],
  ])("cannot tell %s", (_name, head, name) => {
    expect(detectFileKind(head, name)).toBeUndefined();
  });
});

describe("ProgressReporter", () => {
  afterEach(() => vi.useRealTimers());

  test("reports at least every 1 % or 100 ms, at most every 55 ms (never 21 in a second), and the end once", async () => {
    vi.useFakeTimers({ now: 0 });
    const seen: UploadProgress[] = [];
    const progress = new ProgressReporter(1000, (p) => seen.push(p));
    // 1 byte every 10 ms: 1 % (10 bytes) passes every 100 ms
    for (let t = 1; t <= 500; t++) {
      vi.setSystemTime(t * 10);
      progress.set(1, t);
    }
    const times = seen.map((_, i) => i);
    expect(times.length).toBeGreaterThanOrEqual(5);
    // never more than 20 a second
    expect(seen.length).toBeLessThanOrEqual(1 + 5000 / 50);
    // the last report keeps the pace too: it waits out 55 ms since the one before
    const reportsBefore = seen.length;
    const finishing = progress.finish();
    expect(seen).toHaveLength(reportsBefore);
    await vi.advanceTimersByTimeAsync(55);
    await finishing;
    expect(seen.at(-1)).toEqual({ loaded: 1000, total: 1000 });
  });

  test("a fast upload is reported at most every 55 ms: no second holds more than 20 reports", async () => {
    vi.useFakeTimers({ now: 0 });
    const at: number[] = [];
    // 1 % every 10 ms: the pace, not the 1 % rule, decides
    const progress = new ProgressReporter(100_000_000, () => at.push(Date.now()));
    for (let i = 1; i <= 10_000; i++) {
      vi.setSystemTime(i);
      progress.set(1, Math.min(100_000_000, i * 100_000));
    }
    const finishing = progress.finish();
    await vi.advanceTimersByTimeAsync(55);
    await finishing;
    expect(at.length).toBeGreaterThanOrEqual(18); // 1 s of transfer: every 55 ms
    const inOneSecond = at.map((t, i) => at.filter((u, j) => j >= i && u - t <= 1000).length);
    expect(Math.max(...inOneSecond)).toBeLessThanOrEqual(20);
  });

  test("a part sent again counts from zero again", () => {
    vi.useFakeTimers({ now: 0 });
    const seen: UploadProgress[] = [];
    const progress = new ProgressReporter(100, (p) => seen.push(p));
    vi.setSystemTime(1000);
    progress.set(1, 60);
    vi.setSystemTime(2000);
    progress.set(1, 10);
    expect(seen.at(-1)!.loaded).toBe(10);
  });
});
