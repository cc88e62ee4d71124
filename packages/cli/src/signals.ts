// SIGINT (Ctrl-C), SIGTERM and SIGHUP stop a long command the same way: the first one starts
// nothing new and lets the work in flight land and be recorded; the second cancels that work
// too. The exit code then says which signal stopped the run, as shells do: 128 + its number
// (130 SIGINT, 143 SIGTERM, 129 SIGHUP). A third signal ends the process at once.
import { constants } from "node:os";
import type { Output } from "./output.js";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type StopSignal = (typeof SIGNALS)[number];

export class Stopper {
  readonly #stop = new AbortController();
  readonly #cancel = new AbortController();
  readonly #handlers: [StopSignal, () => void][] = [];
  #received: StopSignal | undefined;

  /** Aborted by the first signal: start nothing new. */
  get stopping(): AbortSignal {
    return this.#stop.signal;
  }

  /** Aborted by the second signal: cancel what is in flight. */
  get cancelled(): AbortSignal {
    return this.#cancel.signal;
  }

  /** 128 + the number of the signal that stopped the run; undefined when none did. */
  get exitCode(): number | undefined {
    return this.#received && 128 + constants.signals[this.#received];
  }

  /** Handles the signals in this process until `dispose()`. */
  listen(out: Output): this {
    for (const signal of SIGNALS) {
      const handler = () => this.#onSignal(signal, out);
      process.on(signal, handler);
      this.#handlers.push([signal, handler]);
    }
    return this;
  }

  dispose(): void {
    for (const [signal, handler] of this.#handlers) process.off(signal, handler);
    this.#handlers.length = 0;
  }

  #onSignal(signal: StopSignal, out: Output): void {
    if (!this.#received) {
      this.#received = signal;
      this.#stop.abort();
      out.info(
        `\n${signal}: stopping — nothing new starts; work in progress finishes and is recorded (Ctrl-C again to cancel it).`,
      );
    } else if (!this.#cancel.signal.aborted) {
      this.#cancel.abort();
      out.info(`${signal}: cancelling work in progress (once more to quit at once).`);
    } else {
      // a third time: the person wants out now; the signal's default action ends the process
      this.dispose();
      process.kill(process.pid, signal);
    }
  }
}

/** For commands that do not stop gracefully: signals that never fire. */
export const NEVER = new AbortController().signal;
