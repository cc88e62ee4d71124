import { describe, expect, test } from "vitest";
import { forEachLimit, forEachLimitAsync } from "../src/pool.js";

/** Lets the other lanes run before this one goes on. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("forEachLimit", () => {
  test("never has more than `limit` calls in flight, and calls each item once", async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachLimit(
      Array.from({ length: 100 }, (_, i) => i),
      7,
      async (item, index) => {
        expect(index).toBe(item);
        inFlight++;
        most = Math.max(most, inFlight);
        await tick();
        seen.push(item);
        inFlight--;
      },
    );
    expect(most).toBe(7);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  test("starts nothing new once `stop` says so; calls in flight finish", async () => {
    const started: number[] = [];
    let stop = false;
    await forEachLimit(
      Array.from({ length: 20 }, (_, i) => i),
      2,
      async (item) => {
        started.push(item);
        if (item === 3) stop = true;
        await tick();
      },
      () => stop,
    );
    expect(started).toEqual([0, 1, 2, 3]);
  });

  test("gives each lane its own worker number", async () => {
    const workers = new Set<number>();
    await forEachLimit([1, 2, 3, 4, 5, 6], 3, async (_item, _index, worker) => {
      workers.add(worker);
      await tick();
    });
    expect([...workers].sort()).toEqual([0, 1, 2]);
  });
});

describe("forEachLimitAsync", () => {
  async function* numbers(n: number, pulled: number[]) {
    for (let i = 0; i < n; i++) {
      pulled.push(i);
      yield await i;
    }
  }

  test("pulls an item only when a lane is free, at most `limit` in flight, each once", async () => {
    const pulled: number[] = [];
    const seen: number[] = [];
    let inFlight = 0;
    let most = 0;
    await forEachLimitAsync(numbers(30, pulled), 4, async (item) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // no lane runs ahead: what was pulled is what started, plus the lanes waiting for an item
      expect(pulled.length).toBeLessThanOrEqual(seen.length + 4 + 1);
      await tick();
      seen.push(item);
      inFlight--;
    });
    expect(most).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  test("starts nothing new once `stop` says so, and closes the source", async () => {
    const pulled: number[] = [];
    const started: number[] = [];
    let stop = false;
    let closed = false;
    async function* source() {
      try {
        yield* numbers(100, pulled);
      } finally {
        closed = true;
      }
    }
    await forEachLimitAsync(
      source(),
      2,
      async (item) => {
        started.push(item);
        if (item === 3) stop = true;
        await tick();
      },
      () => stop,
    );
    expect(started.length).toBeLessThanOrEqual(5);
    expect(pulled.length).toBeLessThan(10);
    expect(closed).toBe(true);
  });
});
