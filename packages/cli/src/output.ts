// The only writer to stdout (results, one line per file) and stderr (errors, progress, summary).
// Progress and colour only when stderr is a terminal and NO_COLOR is unset.
import type { AssetUploadResponse } from "@scenario-sdk/client";

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
}

const ANSI = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

export class Output {
  readonly interactive: boolean;
  readonly #color: boolean;
  readonly #io: Streams;
  #progressShown = false;

  constructor(io: Streams) {
    this.#io = io;
    this.interactive = Boolean(io.stderr.isTTY) && io.env.CI !== "true";
    this.#color = Boolean(io.stderr.isTTY) && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "");
  }

  paint(style: keyof typeof ANSI, text: string): string {
    return this.#color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text;
  }

  /** One uploaded file: `path → asset_id`, or with --json the response plus the path. */
  result(file: string, response: AssetUploadResponse, json: boolean): void {
    this.clearProgress();
    const line = json ? JSON.stringify({ file, ...response }) : `${file} → ${response.asset.id}`;
    this.#io.stdout.write(`${line}\n`);
  }

  /** Plain text for stdout (help for a person, `auth status`). */
  print(text: string): void {
    this.clearProgress();
    this.#io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  }

  error(message: string): void {
    this.clearProgress();
    this.#io.stderr.write(`${this.paint("red", "error:")} ${message}\n`);
  }

  warn(message: string): void {
    this.clearProgress();
    this.#io.stderr.write(`${this.paint("yellow", "warning:")} ${message}\n`);
  }

  info(message: string): void {
    this.clearProgress();
    this.#io.stderr.write(`${message}\n`);
  }

  /** A one-line bar redrawn in place; nothing when stderr is not a terminal. */
  progress(done: number, total: number, failed: number): void {
    if (!this.interactive || total === 0) return;
    const width = Math.max(10, Math.min(30, (this.#io.stderr.columns ?? 80) - 40));
    const filled = Math.round((done / total) * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const fails = failed ? this.paint("red", ` ${failed} failed`) : "";
    this.#io.stderr.write(`\r\x1b[2K${bar} ${done}/${total}${fails}`);
    this.#progressShown = true;
  }

  clearProgress(): void {
    if (!this.#progressShown) return;
    this.#io.stderr.write("\r\x1b[2K");
    this.#progressShown = false;
  }
}
