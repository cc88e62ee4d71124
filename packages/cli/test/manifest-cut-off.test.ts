// A crash can leave the manifest's last line cut off. The next entry must start on a fresh line
// (else it is glued onto the cut-off one and unreadable, and its file is uploaded again on rerun),
// and the cut-off line is skipped with a warning.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { PNG_BYTES, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

test("an entry after a cut-off line is readable: the rerun sends nothing", async () => {
  const manifest = join(fx.dir, "cut.jsonl");
  appendFileSync(manifest, '{"path":"/gone.png","size":3,"sha256":"ab'); // no newline: cut off
  const file = fx.file("cut.png", PNG_BYTES);
  server.reset((_req, res) => json(res, 200, { asset: { id: "asset_cut" } }));
  const upload = () =>
    runInProcess(["assets", "upload", file, "--manifest", manifest], { env: env() });

  const first = await upload();
  expect(first.code).toBe(0);
  expect(first.stderr).toMatch(/ignored 1 unreadable line/);
  expect(readFileSync(manifest, "utf8").split("\n")[1]).toContain('"asset_cut"');

  const rerun = await upload();
  expect(rerun.code).toBe(0);
  expect(server.requests).toHaveLength(1); // only the first run's
  expect(rerun.stdout).toContain("asset_cut (already uploaded)");
  expect(rerun.stderr).toMatch(/ignored 1 unreadable line/);
});
