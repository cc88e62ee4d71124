// `<manifest>.lock`: one run at a time per manifest. The lock file names its holder (pid, host,
// start time), so a second run can say who holds it; a lock whose process is gone on this host
// (a crash, a kill -9) is taken over.
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { UsageError } from "./errors.js";

export interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface Lock {
  release(): void;
}

export function acquireLock(manifest: string): Lock {
  const path = `${manifest}.lock`;
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      // "wx": created only if absent, in one step: of two runs, exactly one gets it
      writeFileSync(path, `${JSON.stringify(me)}\n`, { flag: "wx" });
      return { release: () => releaseIfOurs(path, me) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(
          `--manifest ${manifest}: cannot create its lock file ${path} (${code}).`,
        );
      }
    }
    const holder = readHolder(path);
    if (attempt === 0 && holder && isStale(holder)) {
      takeOver(path, holder);
      continue;
    }
    const who = holder
      ? `pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}`
      : "its lock file cannot be read";
    throw new UsageError(
      `${manifest} is in use by another run (${who}). Wait for it to finish; if that run is gone, delete ${path}.`,
    );
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    if (typeof value.pid === "number" && typeof value.host === "string") {
      return { pid: value.pid, host: value.host, startedAt: String(value.startedAt) };
    }
  } catch {
    // unreadable: treated as held, never removed on a guess
  }
  return undefined;
}

/** Held by a process of this host that no longer exists. */
function isStale(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Removes the lock only if it is still the stale one: another run may have taken it over since
 * it was read. The rename grabs whatever is there in one step; what is not the stale lock is
 * put back.
 */
export function takeOver(path: string, stale: Holder): void {
  const grabbed = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, grabbed);
  } catch {
    return; // gone already: another run took it over; the next attempt meets its lock
  }
  const grabbedHolder = readHolder(grabbed);
  if (grabbedHolder?.pid !== stale.pid || grabbedHolder.startedAt !== stale.startedAt) {
    try {
      linkSync(grabbed, path); // a live run's lock: give it back (fails if one was made since)
    } catch {
      // a lock exists again at `path`: the next attempt meets it
    }
  }
  rmSync(grabbed, { force: true });
}

function releaseIfOurs(path: string, me: Holder): void {
  const holder = readHolder(path);
  if (holder?.pid === me.pid && holder.startedAt === me.startedAt) rmSync(path, { force: true });
}
