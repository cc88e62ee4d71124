import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Starts a benchmark server script (`name`, in scripts/bench/) in a child process, so that its
 * work does not share the event loop with what is measured; resolves { url, stop }. The script
 * prints its URL on stdout and exits when stdin closes.
 */
export function spawnServer(name, args = []) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL(`./${name}`, import.meta.url)), ...args],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before it listened`)));
    child.stdout.once("data", (chunk) => {
      const url = chunk.toString().trim();
      resolve({
        url,
        pid: child.pid,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once("exit", done);
            child.stdin.end();
          }),
      });
    });
  });
}

/** Starts scripts/bench/upload-server.mjs (answers POST with the page's example). */
export function spawnUploadServer() {
  return spawnServer("upload-server.mjs");
}

const PROXY_VARIABLES = ["HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"].flatMap((name) => [
  name,
  name.toLowerCase(),
]);

/**
 * The environment that points the CLI at `server` with throwaway credentials and config home,
 * and no proxy variable from the machine (one would switch the CLI to its fetch path).
 */
export function cliEnv(server, configHome) {
  return {
    ...process.env,
    ...Object.fromEntries(PROXY_VARIABLES.map((name) => [name, ""])),
    SCENARIO_SDK_API_KEY: "bench_key",
    SCENARIO_SDK_API_SECRET: "bench_secret",
    SCENARIO_BASE_URL: server.url,
    XDG_CONFIG_HOME: configHome,
  };
}
