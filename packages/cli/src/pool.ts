// Work over many items with a bound on how much runs at once: the open files of the checks
// (1,000 files under `ulimit -n 256`), the uploads in flight.

/**
 * Calls `fn` for each item (with its index), at most `limit` at a time, in order of the items.
 * `worker` (0 to limit − 1) lets each lane reuse its own buffers. Once `stop` is aborted no new call starts;
 * those in flight finish.
 */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number, worker: number) => Promise<void>,
  stop?: () => boolean,
): Promise<void> {
  let next = 0;
  const lane = async (worker: number) => {
    while (next < items.length && !stop?.()) {
      const index = next++;
      await fn(items[index]!, index, worker);
    }
  };
  const lanes = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: lanes }, (_, worker) => lane(worker)));
}

/**
 * `forEachLimit` over items that arrive as they are asked for (pages of a listing): each lane
 * pulls the next item when it is free, so the source is read no faster than the work goes.
 */
export async function forEachLimitAsync<T>(
  items: AsyncIterable<T>,
  limit: number,
  fn: (item: T) => Promise<void>,
  stop?: () => boolean,
): Promise<void> {
  const iterator = items[Symbol.asyncIterator]();
  let done = false;
  const lane = async () => {
    while (!done && !stop?.()) {
      const next = await iterator.next();
      if (next.done) done = true;
      else if (!stop?.()) await fn(next.value);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  } finally {
    if (!done) await iterator.return?.();
  }
}
