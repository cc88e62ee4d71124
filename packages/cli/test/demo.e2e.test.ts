// `pnpm demo` shows the day: a non-image upload, list, get, tag and download, end to end against
// the stateful mock (Prism for the contract + a stand-in for storage and the CDN), all on loopback.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

test("pnpm demo uploads a text file in parts, lists, gets, tags and downloads the same bytes", async () => {
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((done) => {
    const child = spawn(process.execPath, ["scripts/demo.mjs"], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
  expect(stderr).toContain("demo: done.");
  expect(code).toBe(0);
  expect(stdout).toMatch(/^asset_demo2\ttext\tmeeting-notes\.txt\t/m); // listed and got
  expect(stdout).toContain("asset_demo2: added demo, notes");
  expect(stdout).toMatch(/asset_demo2 → .*meeting-notes\.txt/);
  expect(stderr).toContain("the downloaded file has the uploaded bytes");
}, 90_000);
