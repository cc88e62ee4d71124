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

/** The environment that points the CLI at `server` with throwaway credentials and config home. */
export function cliEnv(server, configHome) {
  return {
    ...process.env,
    SCENARIO_SDK_API_KEY: "bench_key",
    SCENARIO_SDK_API_SECRET: "bench_secret",
    SCENARIO_BASE_URL: server.url,
    XDG_CONFIG_HOME: configHome,
  };
}
