// Completion scripts for bash, zsh and fish, written from the command table: groups, commands,
// their flags (with the global ones) and the values of flags that take a closed set.
import type { CommandSpec, FlagSpec } from "../../command-spec.js";

export type Shell = "bash" | "zsh" | "fish";

export interface Table {
  groups: Readonly<Record<string, string>>;
  commands: readonly CommandSpec[];
  globals: readonly FlagSpec[];
}

const long = (f: FlagSpec) => f.flags.split(/[ ,]/).find((w) => w.startsWith("--"))!;
const takesValue = (f: FlagSpec) => /[<[]/.test(f.flags);
/** The first clause of a description, for the shells that show one. */
const short = (text: string) => text.split(/[;(]/)[0]!.trim();

export function completionScript(shell: Shell, table: Table): string {
  if (shell === "fish") return fish(table);
  const script = bash(table);
  // zsh runs the bash function through bashcompinit, shipped with zsh
  return shell === "zsh"
    ? `#compdef scenario\nautoload -U +X bashcompinit && bashcompinit\n${script}`
    : script;
}

function bash({ groups, commands, globals }: Table): string {
  const globalFlags = globals.map(long).concat("--help", "--version").join(" ");
  const top = [
    ...Object.keys(groups),
    ...commands.filter((c) => c.path.length === 1).map((c) => c.path[0]),
  ];
  const cases: string[] = [];
  for (const [group] of Object.entries(groups)) {
    const names = commands.filter((c) => c.path[0] === group && c.path.length === 2);
    cases.push(`    "${group} ") words="${names.map((c) => c.path[1]).join(" ")}" ;;`);
  }
  for (const c of commands) {
    const flags = c.flags ?? [];
    const values = flags
      .filter((f) => f.choices?.length)
      .map(
        (f) =>
          `        ${long(f)}) COMPREPLY=($(compgen -W "${f.choices!.join(" ")}" -- "$cur")); return ;;`,
      );
    const key = c.path.length === 2 ? c.path.join(" ") : `${c.path[0]} `;
    const operands = c.operandChoices?.join(" ") ?? "";
    cases.push(
      `    "${key}"*)`,
      ...(values.length ? ['      case "$prev" in', ...values, "      esac"] : []),
      `      words="${flags.map(long).join(" ")} $global ${operands}" ;;`,
    );
  }
  return `# bash completion for scenario (from \`scenario completion bash\`)
_scenario() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local global="${globalFlags}" words
  local path="\${COMP_WORDS[*]:1:COMP_CWORD-1}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    words="${top.join(" ")} $global"
  else
    case "$path " in
${cases.join("\n")}
      *) words="$global" ;;
    esac
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _scenario scenario
`;
}

const quote = (s: string) => `'${s.replace(/'/g, "\\'")}'`;

function fish({ groups, commands, globals }: Table): string {
  const lines = ["# fish completion for scenario (from `scenario completion fish`)"];
  const flagLine = (condition: string, f: FlagSpec) => {
    const name = long(f).slice(2);
    const values = f.choices?.length
      ? ` -x -a ${quote(f.choices.join(" "))}`
      : takesValue(f)
        ? " -r"
        : "";
    return `complete -c scenario${condition} -l ${name}${values} -d ${quote(short(f.description))}`;
  };
  lines.push("complete -c scenario -f");
  for (const f of globals) lines.push(flagLine("", f));
  for (const [group, summary] of Object.entries(groups)) {
    lines.push(`complete -c scenario -n __fish_use_subcommand -a ${group} -d ${quote(summary)}`);
  }
  for (const c of commands) {
    const [first, second] = c.path;
    if (second === undefined) {
      lines.push(
        `complete -c scenario -n __fish_use_subcommand -a ${first} -d ${quote(short(c.summary))}`,
      );
      const seen = ` -n '__fish_seen_subcommand_from ${first}'`;
      if (c.operandChoices)
        lines.push(`complete -c scenario${seen} -x -a ${quote(c.operandChoices.join(" "))}`);
      for (const f of c.flags ?? []) lines.push(flagLine(seen, f));
      continue;
    }
    const siblings = commands.filter((s) => s.path[0] === first && s.path[1]).map((s) => s.path[1]);
    lines.push(
      `complete -c scenario -n '__fish_seen_subcommand_from ${first}; and not __fish_seen_subcommand_from ${siblings.join(" ")}' -a ${second} -d ${quote(short(c.summary))}`,
    );
    const seen = ` -n '__fish_seen_subcommand_from ${first}; and __fish_seen_subcommand_from ${second}'`;
    // files are what upload takes; elsewhere operands are ids
    if (c.operands?.[0].includes("files")) lines.push(`complete -c scenario${seen} -F`);
    for (const f of c.flags ?? []) lines.push(flagLine(seen, f));
  }
  return `${lines.join("\n")}\n`;
}
