// Runs the built CLI as a user would: a child process with its own environment and config home.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { TestServer } from "@scenario-sdk/test-utils/http-server";

// The environment and fixtures live in test-utils (with `useCli`); re-exported for the tests.
export {
  apiEnv,
  cleanEnv,
  JPEG_BYTES,
  makeFixtures,
  PNG_BYTES,
} from "@scenario-sdk/test-utils/cli";

export const BIN = fileURLToPath(new URL("../bin.js", import.meta.url));

/**
 * One JSON value per line, as in `--json` output and the manifest file (blank lines skipped).
 * Untyped by default: each test asserts the shape it expects.
 */
export function jsonLines<T = any>(text: string): T[] {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  cwd?: string;
  /** Called with the child once started (e.g. to send SIGINT). */
  onSpawn?: (child: import("node:child_process").ChildProcess) => void;
  /** Run this command line instead of `node bin.js ...args` (e.g. through `sh -c`). */
  command?: string[];
  /** Run the child as this user (tests that need permissions root would ignore). */
  uid?: number;
  gid?: number;
  /** In-process: stdout is a terminal this many columns wide. */
  stdoutColumns?: number;
  /** In-process: write stdout here instead of collecting it (e.g. a pipe that closes). */
  stdout?: Writable;
}

/** A loopback port nothing listens on (it was free a moment ago): connections are refused. */
export async function closedPort(): Promise<number> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  return port;
}

/** The asset name sent in the body of the server's request number `index`. */
export const requestName = (server: TestServer, index: number): string =>
  JSON.parse(server.requests[index]!.body).name;

/** A writable stream that keeps everything written to it. */
export function collector() {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const [file, ...argv] = options.command ?? [process.execPath, BIN, ...args];
    const child = spawn(file!, argv, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
    options.onSpawn?.(child);
  });
}

/**
 * Runs the CLI in this process through `run(argv, { io })`: no child process, no build needed.
 * For what needs a real process (signals, ulimit, a closed pipe, a cwd) use `runCli`.
 */
export async function runInProcess(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const { run } = await import("../src/cli.js");
  const stdout = collector();
  const stderr = collector();
  const tty = options.stdoutColumns ? { isTTY: true, columns: options.stdoutColumns } : {};
  const code = await run([process.execPath, BIN, ...args], {
    io: {
      stdout: Object.assign(options.stdout ?? stdout.stream, tty),
      stderr: stderr.stream,
      stdin: Readable.from(options.stdin ? [options.stdin] : []),
      env: options.env ?? {},
    },
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
