import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { acquireLock, takeOver } from "../src/manifest-lock.js";
import { makeFixtures } from "./run-cli.js";

const holder = (startedAt: string) => ({ pid: 999_999_999, host: hostname(), startedAt });

describe("manifest-lock", () => {
  test("takeOver removes the lock that was judged stale", () => {
    const lock = join(makeFixtures().dir, "m.jsonl.lock");
    writeFileSync(lock, JSON.stringify(holder("then")));
    takeOver(lock, holder("then"));
    expect(existsSync(lock)).toBe(false);
  });

  test("takeOver leaves alone a lock another run took over since it was read", () => {
    const lock = join(makeFixtures().dir, "m.jsonl.lock");
    const live = JSON.stringify({ pid: process.pid, host: hostname(), startedAt: "now" });
    writeFileSync(lock, live); // what another run wrote after we judged the old lock stale
    takeOver(lock, holder("then"));
    expect(readFileSync(lock, "utf8")).toBe(live);
  });

  test("a lock is released by its holder only", () => {
    const manifest = join(makeFixtures().dir, "m.jsonl");
    const lock = acquireLock(manifest);
    writeFileSync(`${manifest}.lock`, JSON.stringify(holder("someone else")));
    lock.release();
    expect(existsSync(`${manifest}.lock`)).toBe(true);
  });
});
