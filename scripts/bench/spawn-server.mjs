import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Starts scripts/bench/upload-server.mjs in a child process; resolves { url, stop }. */
export function spawnUploadServer() {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("./upload-server.mjs", import.meta.url))],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk) => {
      const url = chunk.toString().trim();
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.once("exit", done);
            child.stdin.end();
          }),
      });
    });
  });
}
