// Starts the Prism mock of spec/openapi.yaml on 127.0.0.1 (used by `pnpm demo` and the contract
// tests). Request validation is on (`--errors`): a request the spec forbids gets a 4xx answer.
// Plain JavaScript, so that scripts run by node (scripts/demo.mjs) can import it too.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.mjs";

/** The repository's spec (this package lives in packages/test-utils/src). */
export const SPEC_PATH = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));

const READY = /Prism is listening on (http:\/\/\S+)/;

/**
 * Resolves { url, port, stop(), child } once Prism listens; rejects with its output if it fails
 * to start.
 * @param {{ port?: number, timeoutMs?: number, spec?: string }} [options]
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, child: import("node:child_process").ChildProcess }>}
 */
export async function startPrism({ port, timeoutMs = 30_000, spec = SPEC_PATH } = {}) {
  const chosen = port ?? (await freePort());
  const bin = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
  const child = spawn(
    process.execPath,
    [bin, "mock", spec, "--host", "127.0.0.1", "--port", String(chosen), "--errors"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } },
  );
  let output = "";
  // never outlive the process that started it, however that process ends
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    });
  const url = await new Promise((ready, fail) => {
    const timer = setTimeout(() => {
      stop();
      fail(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        ready(match[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`Prism exited (code ${code}) before listening:\n${output}`));
    });
  });
  // keep draining its output so the pipe never fills up
  child.stdout.removeAllListeners("data");
  child.stderr.removeAllListeners("data");
  child.stdout.resume();
  child.stderr.resume();
  return { url, port: chosen, stop, child };
}
