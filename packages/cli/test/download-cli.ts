// The set-up of the `scenario assets download` tests (download*.test.ts): the scripted loopback
// server (API and "CDN"), the CLI's fixtures, and the command run in-process.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { useTestServer } from "@scenario-sdk/test-utils/http-server";
import { useCli } from "@scenario-sdk/test-utils/cli";
import { route } from "./assets-api.js";
import { runInProcess } from "./run-cli.js";
import { STATE_FILE } from "../src/commands/assets/download-state.js";

/** What is in the folder, but the download state file. */
export const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f !== STATE_FILE)
    .sort();

/** A test file's server and fixtures (hooks registered), and `download(args)` against them. */
export function useDownloadCli() {
  const server = useTestServer();
  const { fx, env } = useCli(server);
  let dirs = 0;
  return {
    server,
    fx,
    /** A fresh --out folder (not created: the command creates it). */
    outDir: () => join(fx.dir, `out-${++dirs}`),
    download: (args: string[]) =>
      runInProcess(["assets", "download", "--max-retries", "0", ...args], {
        env: env(),
      }),
    /** The kinds of the requests the server got, in order. */
    kinds: () => server.requests.map((q) => route(q).kind),
  };
}
