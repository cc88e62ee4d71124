// The byte progress line: sums per file (a restart counts from zero), files done, failures.
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, test, vi } from "vitest";
import { ByteProgress, formatBytes } from "../src/byte-progress.js";
import { Output } from "../src/output.js";

function terminal() {
  const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let text = "";
  stderr.on("data", (chunk) => (text += chunk));
  const out = new Output({ stdout: new PassThrough(), stderr, env: { NO_COLOR: "1" } });
  return { out, lines: () => text.split("\r\x1b[2K").filter(Boolean) };
}

describe("formatBytes", () => {
  test.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1536, "1.5 KiB"],
    [5 * 1024 ** 2, "5.0 MiB"],
    [1.25 * 1024 ** 3, "1.3 GiB"],
    [300 * 1024 ** 3, "300 GiB"],
  ])("%i bytes is %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe("ByteProgress", () => {
  test("sums the files' bytes, counts a restarted file from zero, and shows failures", () => {
    const { out, lines } = terminal();
    const progress = new ByteProgress(out, 3 * 1024 ** 2, 2);
    progress.set("a.mp4", 1024 ** 2);
    progress.set("b.mp4", 512 * 1024);
    progress.set("b.mp4", 0); // b starts again
    expect(progress.bytes).toBe(1024 ** 2);
    progress.fileDone("a.mp4", true, 2 * 1024 ** 2);
    progress.fileDone("b.mp4", false);
    expect(progress.bytes).toBe(2 * 1024 ** 2);
    expect(lines().at(-1)).toMatch(/2\.0 MiB \/ 3\.0 MiB · 1\/2 files · 1 failed · a\.mp4/);
  });

  test("files joining as a listing goes: totals shown as lower bounds until they are known", () => {
    const { out, lines } = terminal();
    const progress = new ByteProgress(out, 0, 0);
    progress.growing = true;
    progress.add(1024);
    progress.add(undefined); // a size not known before the transfer
    progress.fileDone("a.png", true, 1024);
    expect(lines().at(-1)).toMatch(/1\.0 KiB \/ 1\.0 KiB\+ · 1\/2\+ files · a\.png/);
    progress.growing = false;
    progress.sized(1024);
    progress.fileDone("b.png", true, 1024);
    expect(lines().at(-1)).toMatch(/^█+ 2\.0 KiB \/ 2\.0 KiB · 2\/2 files · b\.png/);
  });

  test("draws nothing when stderr is not a terminal", () => {
    const stderr = new PassThrough();
    let text = "";
    stderr.on("data", (chunk) => (text += chunk));
    const out = new Output({ stdout: new PassThrough(), stderr, env: {} });
    const progress = new ByteProgress(out, 10, 1);
    progress.set("a", 5);
    progress.fileDone("a", true, 10);
    expect(text).toBe("");
  });
});

describe("ByteProgress in a pipe or CI", () => {
  afterEach(() => vi.useRealTimers());

  test("a plain line at most every 10 s with bytes done and total; nothing redrawn in place", () => {
    vi.useFakeTimers({ now: 0 });
    const stderr = new PassThrough();
    let text = "";
    stderr.on("data", (chunk) => (text += chunk));
    const out = new Output({ stdout: new PassThrough(), stderr, env: {} });
    const progress = new ByteProgress(out, 4 * 1024 ** 2, 2);
    progress.set("a.mp4", 1024 ** 2);
    vi.setSystemTime(9_999);
    progress.set("a.mp4", 2 * 1024 ** 2);
    expect(text).toBe("");
    vi.setSystemTime(10_000);
    progress.set("a.mp4", 3 * 1024 ** 2);
    vi.setSystemTime(15_000);
    progress.fileDone("a.mp4", true, 3 * 1024 ** 2);
    vi.setSystemTime(20_000);
    progress.set("b.mp4", 512 * 1024);
    expect(text).toBe(
      "progress: 3.0 MiB of 4.0 MiB, 0/2 files\nprogress: 3.5 MiB of 4.0 MiB, 1/2 files\n",
    );
    expect(text).not.toContain("\r");
  });
});
