// Node's fetch parses HTTP with llhttp, a WebAssembly module. Soon after the first response V8
// recompiles it with its optimizing compiler in a background thread. Measured here, for one
// upload that costs 28 MiB more peak memory (86 vs 58 MiB) and 45 ms more time; it pays off
// only over many responses (200 small files at concurrency 8: 14 % more files per second). A
// short job keeps V8's baseline code. The flag must be set before the first response.
import * as v8 from "node:v8";

/** Above this many requests, the optimized parser is worth its compile (crossover ≈ 120). */
export const OPTIMIZE_PARSER_FROM = 100;

export function tuneHttpParser(requests: number): void {
  if (requests >= OPTIMIZE_PARSER_FROM) return;
  // V8 flags change between versions: only where this one is known to exist (Node 20 to 25),
  // and never fatal (other runtimes that imitate node:v8 may not implement it).
  const v8Major = Number(process.versions.v8?.split(".")[0]);
  if (!(v8Major >= 11 && v8Major <= 14) || typeof v8.setFlagsFromString !== "function") return;
  try {
    v8.setFlagsFromString("--liftoff-only");
  } catch {
    // nothing to tune
  }
}
