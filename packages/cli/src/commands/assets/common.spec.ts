// Flags several asset commands share (data only).
import { flag } from "../../flags.js";

/** `--project` of the commands that act on existing assets. */
export const inProject = flag(
  "--project <id>",
  "project the assets are in (default: the API's for your key)",
);
