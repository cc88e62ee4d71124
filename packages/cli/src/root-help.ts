// `scenario --help` without commander: the same text commander prints for the root (a test
// compares the two), written from the command table. Loading and building commander's program
// was most of the start-up time of `--help` (issue 19's budget: node + 20 ms).
import type { CommandSpec, FlagSpec } from "./command-spec.js";
import { DESCRIPTION, EXIT_CODES_HELP } from "./program-text.js";

interface Table {
  groups: Readonly<Record<string, string>>;
  commands: readonly CommandSpec[];
  globals: readonly FlagSpec[];
}

/** Commander's `boxWrap`: greedy word wrap to `width` columns. */
function wrap(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split("\n")
    .map((line) => {
      const chunks = line.match(/\s*\S+/g);
      if (!chunks) return "";
      const lines: string[] = [];
      let current = chunks.shift()!;
      for (const chunk of chunks) {
        if (current.length + chunk.length <= width) current += chunk;
        else {
          lines.push(current);
          current = chunk.trimStart();
        }
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

export function rootHelp({ groups, commands, globals }: Table, width = 80): string {
  const options: [string, string][] = [
    ["--version", "print the version"],
    ...globals.map((f): [string, string] => [f.flags, f.description]),
    ["-h, --help", "show help"],
  ];
  const subcommands: [string, string][] = [
    ...Object.entries(groups),
    ...commands
      .filter((c) => c.path.length === 1)
      .map((c): [string, string] => [`${c.path[0]} ${c.operands?.[0] ?? ""}`.trim(), c.summary]),
    ["help [command]", "display help for command"],
  ];
  const termWidth = Math.max(...[...options, ...subcommands].map(([term]) => term.length));
  const item = ([term, description]: [string, string]) => {
    const body = wrap(description, width - termWidth - 4).replace(
      /\n/g,
      `\n${" ".repeat(termWidth + 4)}`,
    );
    return `  ${term.padEnd(termWidth)}  ${body}`;
  };
  return [
    "Usage: scenario [options] [command]",
    "",
    wrap(DESCRIPTION, width),
    "",
    "Options:",
    ...options.map(item),
    "",
    "Commands:",
    ...subcommands.map(item),
    EXIT_CODES_HELP,
    "",
  ].join("\n");
}
