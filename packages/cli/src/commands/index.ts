// The command table: the groups and one row per command. Each row lives beside its command in
// `<name>.spec.ts` (summary, operands, flags, loader: data only), so `--help` loads no command
// code. A new command is a spec module and one entry here; a new flag is one line in its spec.
import type { CommandSpec } from "../command-spec.js";
import { copyCommand } from "./assets/copy.spec.js";
import { deleteCommand } from "./assets/delete.spec.js";
import { downloadCommand } from "./assets/download.spec.js";
import { getCommand } from "./assets/get.spec.js";
import { listCommand } from "./assets/list.spec.js";
import { tagCommand } from "./assets/tag.spec.js";
import { uploadCommand } from "./assets/upload.spec.js";
import { loginCommand, logoutCommand, statusCommand } from "./auth/auth.spec.js";
import { completionCommand } from "./completion/completion.spec.js";

export { GLOBAL_FLAGS } from "./global-flags.js";

/** The command groups, in the order `scenario --help` lists them. */
export const GROUPS: Readonly<Record<string, string>> = {
  assets: "work with assets",
  auth: "manage saved credentials",
};

export const COMMANDS: readonly CommandSpec[] = [
  uploadCommand,
  tagCommand,
  deleteCommand,
  copyCommand,
  listCommand,
  getCommand,
  downloadCommand,
  loginCommand,
  statusCommand,
  logoutCommand,
  completionCommand,
];
