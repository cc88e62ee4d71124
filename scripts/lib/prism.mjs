// Starts the Prism mock of spec/openapi.yaml on 127.0.0.1 (used by `pnpm demo` and the contract
// tests). Request validation is on (`--errors`): a request the spec forbids gets a 4xx answer.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { ROOT, SPEC_PATH } from "../generate/spec.mjs";
import { freePort } from "./free-port.mjs";

const READY = /Prism is listening on (http:\/\/\S+)/;

/** Resolves { url, stop() } once Prism listens; rejects with its output if it fails to start. */
export async function startPrism({ port, timeoutMs = 30_000 } = {}) {
  const chosen = port ?? (await freePort());
  const require = createRequire(resolve(ROOT, "package.json"));
  const bin = require.resolve("@stoplight/prism-cli/dist/index.js");
  const child = spawn(
    process.execPath,
    [bin, "mock", SPEC_PATH, "--host", "127.0.0.1", "--port", String(chosen), "--errors"],
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
