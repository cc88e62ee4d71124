// The client's lost-POST hint names an SDK call (`client.assets.list(...)`); the CLI's user must
// see CLI wording (`scenario assets list --since ...`) and never the SDK's, on every POST.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { PNG_BYTES, runInProcess } from "./run-cli.js";

const server = useTestServer();
const { fx, env } = useCli(server);

const SDK_WORDING = /client\.|`client|sortDirection/;

const cases: [string, () => string[]][] = [
  ["upload (POST /assets)", () => ["assets", "upload", fx.file("lost.png", PNG_BYTES)]],
  [
    "upload --canvas (POST /assets)",
    () => {
      const canvas = join(fx.dir, "lost-canvas.json");
      writeFileSync(canvas, JSON.stringify({ objects: [] }));
      return ["assets", "upload", "--canvas", canvas];
    },
  ],
  ["copy (POST /assets/{id}/copy)", () => ["assets", "copy", "asset_a"]],
  ["get (POST /assets/get-bulk)", () => ["assets", "get", "asset_a"]],
  ["download (POST /assets/get-bulk)", () => ["assets", "download", "asset_a", "--out", fx.dir]],
];

test.each(cases)("%s: a lost answer is told without SDK wording", async (_name, args) => {
  for (const mode of ["reset", "timeout"] as const) {
    server.reset((req) => {
      if (mode === "reset") req.socket.destroy();
      // timeout: never answer
    });
    const extra = mode === "timeout" ? ["--timeout", "300"] : [];
    for (const json of [[], ["--json"]]) {
      const result = await runInProcess([...args(), "--max-retries", "0", ...extra, ...json], {
        env: env(),
      });
      expect(result.code, `${mode} ${result.stderr}`).not.toBe(0);
      expect(result.stderr + result.stdout).not.toMatch(SDK_WORDING);
    }
  }
});

test("a connection error without a code keeps the client's SDK hint out", async () => {
  const { APIConnectionError } = await import("@scenario-sdk/client");
  const { describeError } = await import("../src/describe-error.js");
  const error = new APIConnectionError("Connection error: other side closed (api.test).");
  // what the client adds to a POST's connection error (packages/client/src/core/lost-answer.ts)
  error.message +=
    ' The request was sent but its answer was lost, so the server may have acted on it (an asset may have been created): check, e.g. with `client.assets.list({ sortBy: "createdAt", sortDirection: "desc" })` or in the Scenario web app, before sending it again.';
  const { message } = describeError(error, { host: "api.test", timeout: 1000 });
  expect(message).toBe("cannot reach api.test: other side closed");
  expect(message).not.toMatch(SDK_WORDING);
});

test.each([
  ["upload --canvas", "the asset may have been created", () => cases[1]![1]()],
  ["copy", "the copy may have been made", () => [...cases[2]![1](), "--to-project", "proj_b"]],
])("%s: a lost answer says it may have happened, and how to check", async (_n, words, args) => {
  server.reset((req) => void req.socket.destroy());
  const result = await runInProcess([...args(), "--max-retries", "0"], { env: env() });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(": answer lost: ");
  expect(result.stderr).toContain(words);
  expect(result.stderr).toMatch(
    /`scenario assets list --since \d{4}-\d\d-\d\dT\d\d:\d\dZ --sort created/,
  );
});
