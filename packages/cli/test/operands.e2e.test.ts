// Which files a command line names: after `--` every argument is a file, even one that starts
// with a dash.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, startServer, type TestServer } from "@scenario-sdk/test-utils/http-server";
import { apiEnv, makeFixtures, PNG_BYTES, runCli } from "./run-cli.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const fx = makeFixtures();
const env = () => apiEnv(fx.configHome, server.url);
const ok = () =>
  server.reset((_req, res, index) => json(res, 200, { asset: { id: `asset_${index}` } }));
const upload = (args: string[]) =>
  runCli(["assets", "upload", "--max-retries", "0", ...args], { env: env(), cwd: fx.dir });

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
