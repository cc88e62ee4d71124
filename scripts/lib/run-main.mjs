// A script's entry point, when the file is run rather than imported (by a test): `main(argv)`
// returns the exit code; an error in the input it reads (`InputError`) is one `error:` line and
// exit 1, anything else is a bug and stays a crash with its stack.
import { fileURLToPath } from "node:url";

/**
 * @param {string} url the script's import.meta.url
 * @param {(argv: string[]) => number} main
 * @param {{ InputError: new (...args: never[]) => Error, what: string }} input what it reads, for the message
 */
export function runMain(url, main, { InputError, what }) {
  if (process.argv[1] !== fileURLToPath(url)) return;
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`error: could not read ${what}: ${error.message}`);
    process.exitCode = 1;
  }
}
