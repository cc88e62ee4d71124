// File names for downloads: safe on any file system, the right extension, unique in a run.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fileNameOf, FileNames, safeName } from "../src/commands/assets/download-names.js";
import { asset } from "./assets-api.js";

describe("fileNameOf", () => {
  test.each([
    // name, mimeType, --format → file name
    ["hero.png", "image/png", undefined, "hero.png"],
    ["hero", "image/png", undefined, "hero.png"],
    ["hero.PNG", "image/png", undefined, "hero.PNG"],
    ["photo.jpeg", "image/jpeg", undefined, "photo.jpeg"],
    ["photo.png", "image/jpeg", undefined, "photo.jpg"],
    ["hero.png", "image/png", "webp", "hero.webp"],
    ["my.photo", "image/png", undefined, "my.photo.png"],
    ["script.txt", "text/plain; charset=utf-8", undefined, "script.txt"],
    ["scene", "model/fbx", undefined, "scene.fbx"],
    ["blob.dat", "application/octet-stream", undefined, "blob.dat"],
    ["blob", "application/octet-stream", undefined, "blob"],
    [undefined, "video/mp4", undefined, "asset_1.mp4"],
    ["", "image/png", undefined, "asset_1.png"],
    ["...", "image/png", undefined, "asset_1.png"],
  ])("%j (%s, --format %s) → %s", (name, mimeType, format, want) => {
    const { stem, ext } = fileNameOf(
      asset("asset_1", { name, mimeType }) as never,
      format as never,
    );
    expect(stem + ext).toBe(want);
  });
});

describe("safeName", () => {
  test.each([
    ["../../etc/passwd", "_.._etc_passwd"],
    ["a\\b", "a_b"],
    ["two\nlines\u001b[31m", "two_lines_[31m"],
    ['what?<>:"|*', "what_______"],
    [".env", "env"],
    ["trailing. ", "trailing"],
    ["CON", "_CON"],
    ["nul.txt", "_nul.txt"],
    ["été", "été"],
  ])("%j → %j", (given, want) => expect(safeName(given)).toBe(want));

  test("cuts a long name to 200 bytes at a character boundary, keeping its extension", () => {
    const safe = safeName(`${"é".repeat(300)}.png`);
    expect(Buffer.byteLength(safe)).toBeLessThanOrEqual(200);
    expect(safe).toMatch(/^é+\.png$/);
  });
});

describe("FileNames", () => {
  test("unique in a run (case-insensitive), never a file already there or another's recorded name", () => {
    const dir = mkdtempSync(join(tmpdir(), "scenario-names-"));
    writeFileSync(join(dir, "a.png"), "12345");
    const names = new FileNames(dir, (name) => (name === "a (3).png" ? "theirs" : undefined));
    const a = { stem: "a", ext: ".png" };
    expect(names.claim(a, "k1")).toBe(join(dir, "a (2).png"));
    expect(names.claim(a, "k2")).toBe(join(dir, "a (4).png"));
    expect(names.claim({ stem: "A (2)", ext: ".PNG" }, "k4")).toBe(join(dir, "A (2) (2).PNG"));
    expect(new FileNames(dir).claim(a, "k3")).toBe(join(dir, "a (2).png"));
    expect(
      new FileNames(dir, (n) => (n === "a (2).png" ? "mine" : undefined)).claim(a, "mine"),
    ).toBe(join(dir, "a (2).png"));
  });
});
