// The only writer to stdout (results: one line per item, human or JSON) and stderr (errors,
// warnings, progress, summaries). Progress redrawn in place only when stderr is a terminal;
// colour as color.ts decides (--color, NO_COLOR, CLICOLOR_FORCE). A stream that closes (`| head -1`, a terminal gone) stops output, never
// the work: its write errors are swallowed here, so bookkeeping carries on.
import { redactUrls } from "./redact-urls.js";

import { colorEnabled, type ColorMode } from "./color.js";

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
}

const ANSI = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators
// oxlint-disable-next-line no-control-regex -- finding them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// what JSON.stringify leaves as it is among those
const LEFT_BY_JSON = /[\u007f-\u009f\u2028\u2029]/g;

/** A file name as one printable line: quoted and escaped (JSON style) when it needs to be. */
export function displayName(name: string): string {
  if (!UNPRINTABLE.test(name)) return name;
  return JSON.stringify(name).replace(
    LEFT_BY_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `1 asset`, `2 assets`. */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type Channel = "stdout" | "stderr";

/** Errors of a stream the run no longer writes to. */
const ignore = () => {};

export class Output {
  readonly interactive: boolean;
  #color: boolean;
  readonly #io: Streams;
  readonly #closed = { stdout: false, stderr: false };
  readonly #listeners: [Channel, (error: Error) => void][] = [];
  #json = false;
  #progressShown = false;

  constructor(io: Streams) {
    this.#io = io;
    this.interactive = Boolean(io.stderr.isTTY) && io.env.CI !== "true";
    this.#color = colorEnabled(undefined, io.env, Boolean(io.stderr.isTTY));
    for (const channel of ["stdout", "stderr"] as const) {
      const onError = () => (this.#closed[channel] = true);
      io[channel].on("error", onError);
      this.#listeners.push([channel, onError]);
    }
  }

  /** Results as one JSON object per line (`--json`) instead of lines for a person. */
  useJson(json: boolean): void {
    this.#json = json;
  }

  /** `--color`: always, never, or auto (the environment and the terminal decide). */
  useColor(mode: ColorMode | undefined): void {
    this.#color = colorEnabled(mode, this.#io.env, Boolean(this.#io.stderr.isTTY));
  }

  /** stdout's width when it is a terminal (a table fits it); undefined for a pipe or a file. */
  get stdoutColumns(): number | undefined {
    return this.#io.stdout.isTTY ? (this.#io.stdout.columns ?? 80) : undefined;
  }

  /** True once stdout was closed by its reader: a command may stop producing output. */
  get stdoutClosed(): boolean {
    return this.#closed.stdout;
  }

  paint(style: keyof typeof ANSI, text: string): string {
    return this.#color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text;
  }

  /** One item done: `human` for a person, `json` with --json. */
  result(human: string, json: object): void {
    this.#write("stdout", this.#json ? JSON.stringify(json) : human);
  }

  /** One item failed: `error: …` on stderr, and with --json its object on stdout too. */
  failure(message: string, json: object): void {
    this.error(message);
    if (this.#json) this.#write("stdout", JSON.stringify(json));
  }

  /** Plain text for stdout (`auth status`). */
  print(text: string): void {
    this.#write("stdout", text);
  }

  error(message: string): void {
    this.#write("stderr", `${this.paint("red", "error:")} ${message}`);
  }

  warn(message: string): void {
    this.#write("stderr", `${this.paint("yellow", "warning:")} ${message}`);
  }

  info(message: string): void {
    this.#write("stderr", message);
  }

  /** A one-line bar of items done redrawn in place; nothing when stderr is not a terminal. */
  progress(done: number, total: number, failed: number): void {
    if (total === 0) return;
    const fails = failed ? this.paint("red", ` ${failed} failed`) : "";
    this.progressLine(`${this.bar(done / total)} ${done}/${total}${fails}`);
  }

  /** A bar `width` wide (default: fitted to the terminal), `fraction` of it filled. */
  bar(fraction: number, width = Math.max(10, Math.min(30, (this.#io.stderr.columns ?? 80) - 50))) {
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    return "█".repeat(filled) + "░".repeat(width - filled);
  }

  /** One line redrawn in place on stderr (progress); nothing when stderr is not a terminal. */
  progressLine(text: string): void {
    if (!this.interactive || this.#closed.stderr) return;
    const columns = this.#io.stderr.columns ?? 80;
    this.#io.stderr.write(
      `\r\x1b[2K${text.length > columns - 1 ? text.slice(0, columns - 1) : text}`,
    );
    this.#progressShown = true;
  }

  clearProgress(): void {
    if (!this.#progressShown) return;
    this.#progressShown = false;
    if (!this.#closed.stderr) this.#io.stderr.write("\r\x1b[2K");
  }

  /**
   * Stops listening to the streams (they outlive the run when they are the process's). A write
   * error can still be on its way (`scenario --help | head -1`: the pipe's EPIPE is reported after
   * the run returns): the streams keep a listener that swallows it, or it would crash the process.
   */
  dispose(): void {
    this.clearProgress();
    for (const [channel, listener] of this.#listeners) {
      const stream = this.#io[channel];
      stream.off("error", listener);
      if (!stream.listeners("error").includes(ignore)) stream.on("error", ignore);
    }
  }

  #write(channel: Channel, text: string): void {
    this.clearProgress();
    if (this.#closed[channel]) return;
    text = redactUrls(text); // never a signed URL's credential, whatever printed it
    this.#io[channel].write(text.endsWith("\n") ? text : `${text}\n`);
  }
}
