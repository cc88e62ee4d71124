import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { displayName, Output } from "../src/output.js";
import { collector } from "./run-cli.js";

describe("displayName", () => {
  test.each([
    ["hero.png", "hero.png"],
    ["with space.png", "with space.png"],
    ["été.png", "été.png"],
    ["two\nlines.png", '"two\\nlines.png"'],
    ["bell\u0007.png", '"bell\\u0007.png"'],
    ["esc\u001b[31m.png", '"esc\\u001b[31m.png"'],
    ["sep\u2028.png", '"sep\\u2028.png"'],
    ["csi\u009b31m.png", '"csi\\u009b31m.png"'],
  ])("%j → %s", (given, want) => {
    expect(displayName(given)).toBe(want);
    expect(displayName(given)).not.toMatch(/\n/);
  });
});

describe("Output", () => {
  /** A stream that fails every write with EPIPE, like a pipe whose reader has gone. */
  function closedPipe() {
    let writes = 0;
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        writes++;
        done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    return { stream, writes: () => writes };
  }

  test("a closed stdout stops output quietly, and stderr still works", async () => {
    const stdout = closedPipe();
    const stderr = collector();
    const out = new Output({ stdout: stdout.stream, stderr: stderr.stream, env: {} });
    out.result("a.png → asset_1", {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.stdoutClosed).toBe(true);
    out.result("b.png → asset_2", {});
    out.error("b.png: upload failed");
    expect(stdout.writes()).toBe(1);
    expect(stderr.text()).toBe("error: b.png: upload failed\n");
    out.dispose();
  });

  test("a write error that arrives after the run (a pipe closed at the end) is swallowed", async () => {
    const stdout = closedPipe();
    const out = new Output({ stdout: stdout.stream, stderr: collector().stream, env: {} });
    out.result("last line", {});
    out.dispose(); // the run returns before the pipe's error is reported
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout.stream.listenerCount("error")).toBe(1);
    new Output({ stdout: stdout.stream, stderr: collector().stream, env: {} }).dispose();
    expect(stdout.stream.listenerCount("error")).toBe(1); // one, however many runs
  });

  test("with --json a failure is a JSON line on stdout as well as an error line on stderr", () => {
    const stdout = collector();
    const stderr = collector();
    const out = new Output({ stdout: stdout.stream, stderr: stderr.stream, env: {} });
    out.useJson(true);
    out.failure("a.png: upload failed: 500 down", { file: "a.png", error: { status: 500 } });
    expect(stdout.text()).toBe('{"file":"a.png","error":{"status":500}}\n');
    expect(stderr.text()).toBe("error: a.png: upload failed: 500 down\n");
  });
});
