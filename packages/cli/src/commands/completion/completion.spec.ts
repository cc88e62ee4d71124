// `scenario completion bash|zsh|fish`: its help (data only; the code is loaded when it runs).
import { defineCommand } from "../../command-spec.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

export const completionCommand = defineCommand({
  path: ["completion"],
  summary: "print a shell completion script (commands, flags and their values)",
  operands: ["<shell>", SHELLS.join(", ")],
  operandChoices: SHELLS,
  details: () => `Install:
  bash  echo 'source <(scenario completion bash)' >> ~/.bashrc
  zsh   scenario completion zsh > "\${fpath[1]}/_scenario"   (then start a new shell)
  fish  scenario completion fish > ~/.config/fish/completions/scenario.fish`,
  examples: ["scenario completion bash > /etc/bash_completion.d/scenario"],
  load: () => import("./completion.js"),
});
