// Reading a line from a person (with or without echo) or from a pipe.
import { createInterface } from "node:readline";
import type { Context } from "../../context.js";
import { UsageError } from "../../errors.js";

/** All of stdin when it is a pipe, split into trimmed non-empty lines. */
export async function readPipedLines(stdin: NodeJS.ReadableStream): Promise<string[]> {
  let text = "";
  for await (const chunk of stdin) text += chunk.toString();
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Asks on stderr and reads a line from the terminal; `hidden` echoes nothing (for secrets). */
export function ask(ctx: Context, question: string, hidden: boolean): Promise<string> {
  const { stdin, stderr } = ctx.io;
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: stdin, output: stderr, terminal: true });
    if (hidden) {
      // readline echoes through _writeToOutput; print the prompt only, never the typed characters
      const writer = rl as unknown as { _writeToOutput: (s: string) => void };
      writer._writeToOutput = (s: string) => {
        if (s.startsWith(question) || s === "\r\n" || s === "\n")
          stderr.write(s.startsWith(question) ? question : "\n");
      };
    }
    rl.on("SIGINT", () => {
      rl.close();
      reject(new UsageError("cancelled"));
    });
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer.trim());
    });
  });
}
