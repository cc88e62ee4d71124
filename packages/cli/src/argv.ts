// Positional arguments versus options, for commands that take files: commander is told to let
// unknown options through (so they are listed with every other problem, not one at a time), and
// this module tells them apart from operands, honouring `--`.

/** What commander leaves in `cmd.args`, split into operands and unknown options. */
export interface SplitArgs {
  operands: string[];
  unknownOptions: string[];
}

const looksLikeOption = (arg: string) => arg.length > 1 && arg.startsWith("-");

/**
 * `args` is commander's `cmd.args`; `argv` the whole command line. After the first `--` of the
 * command line every argument is an operand: commander puts those last in `args` (after a `--`
 * of its own when an unknown option came before), which is how they are found again here.
 */
export function splitArgs(args: readonly string[], argv: readonly string[]): SplitArgs {
  const terminator = argv.indexOf("--");
  const literalCount = terminator < 0 ? 0 : argv.length - terminator - 1;
  const literal = args.slice(args.length - literalCount);
  let before = args.slice(0, args.length - literalCount);
  if (terminator >= 0 && before.at(-1) === "--") before = before.slice(0, -1);
  const operands: string[] = [];
  const unknownOptions: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const arg = before[i]!;
    if (!looksLikeOption(arg)) operands.push(arg);
    else {
      unknownOptions.push(arg);
      // `--concurency 2`: the word after an unknown option may be its value, never an operand
      // (not a file "2", not a second id); the unknown option fails the command anyway
      const next = before[i + 1];
      if (!arg.includes("=") && next !== undefined && !looksLikeOption(next)) i++;
    }
  }
  return { operands: [...operands, ...literal], unknownOptions };
}

/**
 * The known flag meant by a mistyped one, for "did you mean": first a flag it is the start of
 * (`--to` → `--to-project`; `known` lists the command's own flags before the global ones), else
 * the closest by edits.
 */
export function suggestFlag(flag: string, known: readonly string[]): string | undefined {
  const name = flag.split("=")[0]!;
  if (name.startsWith("--") && name.length > 2) {
    const started = known.find((k) => k.startsWith(name));
    if (started) return started;
  }
  return closest(name, known);
}

/** The candidate closest to a mistyped word (at most 3 edits away), for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: [string, number] | undefined;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (!best || d < best[1]) best = [candidate, d];
  }
  return best && best[1] <= 3 ? best[0] : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
