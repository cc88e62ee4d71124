// Byte progress of an upload: reported at least every 1 % or 100 ms while bytes flow, never
// more than 20 times in any second (55 ms apart at least), and once at the end. A part that is
// sent again counts anew.

export interface UploadProgress {
  /** Bytes sent so far (a part sent again after a failure counts from zero again). */
  loaded: number;
  total: number;
}

// over 50 ms, so that no one-second window holds more than 20 reports
const MIN_GAP_MS = 55;
const MAX_GAP_MS = 100;

export class ProgressReporter {
  readonly #total: number;
  readonly #report: ((progress: UploadProgress) => void) | undefined;
  readonly #byPart = new Map<number, number>();
  #loaded = 0;
  #lastLoaded = -1;
  #lastAt = 0;

  constructor(total: number, report?: (progress: UploadProgress) => void) {
    this.#total = total;
    this.#report = report;
    this.#emit(Date.now());
  }

  /** Bytes of one part sent so far. */
  set(part: number, sent: number): void {
    this.#loaded += sent - (this.#byPart.get(part) ?? 0);
    this.#byPart.set(part, sent);
    const now = Date.now();
    const gap = now - this.#lastAt;
    if (gap < MIN_GAP_MS) return;
    if (gap >= MAX_GAP_MS || this.#loaded - this.#lastLoaded >= this.#total / 100) this.#emit(now);
  }

  /** Every byte is stored: one last report, once the minimum gap since the previous one is over. */
  async finish(): Promise<void> {
    if (this.#lastLoaded === this.#total) return;
    this.#loaded = this.#total;
    const wait = MIN_GAP_MS - (Date.now() - this.#lastAt);
    if (this.#report && wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.#emit(Date.now());
  }

  #emit(now: number): void {
    if (!this.#report) return;
    this.#lastAt = now;
    this.#lastLoaded = this.#loaded;
    this.#report({ loaded: this.#loaded, total: this.#total });
  }
}
