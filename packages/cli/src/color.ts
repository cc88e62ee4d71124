// Whether stderr gets colour, as gh decides it: --color always|never wins; otherwise NO_COLOR
// (any non-empty value) or CLICOLOR=0 turn it off, CLICOLOR_FORCE (anything but "0") turns it on
// even in a pipe, and by default only a terminal gets it.

export const COLOR_MODES = ["auto", "always", "never"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

type Env = Record<string, string | undefined>;

export function colorEnabled(mode: ColorMode | undefined, env: Env, isTTY: boolean): boolean {
  if (mode === "always") return true;
  if (mode === "never") return false;
  if (env.NO_COLOR || env.CLICOLOR === "0") return false;
  if (env.CLICOLOR_FORCE && env.CLICOLOR_FORCE !== "0") return true;
  return isTTY;
}
