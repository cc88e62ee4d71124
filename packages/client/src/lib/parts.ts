// How a file is cut into parts for the multipart flow (storage's rules: every part but the last
// at least 5 MiB, at most 10,000 parts, at most 5 GiB a part; `parts: 1` under 5 MiB).
import { ScenarioError } from "../errors.js";

export const MIN_PART_SIZE = 5 * 1024 * 1024;
export const MAX_PART_SIZE = 5 * 1024 ** 3;
export const MAX_PARTS = 10_000;

export interface PartPlan {
  partSize: number;
  count: number;
}

/** The part size (default: the smallest that needs ≤ 10,000 parts, at least 5 MiB) and count. */
export function planParts(size: number, partSize?: number): PartPlan {
  const largest = MAX_PART_SIZE * MAX_PARTS;
  if (size > largest) {
    throw new ScenarioError(`The file is ${size} bytes; uploads take at most ${largest} bytes.`);
  }
  const chosen = partSize ?? Math.max(MIN_PART_SIZE, Math.ceil(size / MAX_PARTS));
  if (!Number.isInteger(chosen) || chosen < MIN_PART_SIZE || chosen > MAX_PART_SIZE) {
    throw new ScenarioError(
      `\`partSize\` must be a whole number of bytes from ${MIN_PART_SIZE} (5 MiB) to ${MAX_PART_SIZE} (5 GiB), got ${String(partSize)}.`,
    );
  }
  const count = Math.max(1, Math.ceil(size / chosen));
  if (count > MAX_PARTS) {
    throw new ScenarioError(
      `\`partSize\` ${chosen} cuts this file into ${count} parts; at most ${MAX_PARTS} are allowed: use at least ${Math.ceil(size / MAX_PARTS)}.`,
    );
  }
  return { partSize: chosen, count };
}
