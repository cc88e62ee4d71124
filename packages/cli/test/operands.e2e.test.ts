// Which files a command line names: the same file given twice is one upload (by real path),
// and after `--` every argument is a file, even one that starts with a dash.
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { jsonLines, PNG_BYTES, runCli } from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const ok = () =>
  server.reset((_req, res, index) => json(res, 200, { asset: { id: `asset_${index}` } }));
const upload = (args: string[]) =>
  runCli(["assets", "upload", "--max-retries", "0", ...args], { env: env(), cwd: fx.dir });

describe("the same file twice", () => {
  const a = fx.file("a.png", PNG_BYTES);
  const link = join(fx.dir, "link-to-a.png");
  symlinkSync(a, link);
  const names = ["a.png", "./a.png", a, "link-to-a.png", "folder/../a.png"];

  test("a.png, ./a.png, /abs/a.png and a symlink to it are one upload", async () => {
    ok();
    const result = await upload(names);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(result.stdout.trim().split("\n")).toEqual(["a.png → asset_0"]);
    expect(result.stderr).toMatch(/\.\/a\.png is the same file as a\.png/);
  });

  test("with --manifest too: one upload, one entry", async () => {
    ok();
    const manifest = join(fx.dir, "same.jsonl");
    const result = await upload([...names, "--manifest", manifest]);
    expect(result.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(jsonLines(readFileSync(manifest, "utf8"))).toHaveLength(1);
  });
});

describe("`--`", () => {
  test("`-- -dash.png` uploads the file named -dash.png", async () => {
    fx.file("-dash.png", PNG_BYTES);
    ok();
    const result = await upload(["--", "-dash.png"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(server.requests[0]!.body).name).toBe("-dash.png");
  });

  test("an unknown option before `--` is still reported", async () => {
    fx.file("-x.png", PNG_BYTES);
    ok();
    const result = await upload(["--bogus", "--", "-x.png"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--bogus'/);
    expect(result.stderr).not.toMatch(/'-x\.png'|'--'/);
    expect(server.requests).toHaveLength(0);
  });
});
