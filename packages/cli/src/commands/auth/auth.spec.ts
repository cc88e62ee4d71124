// `scenario auth login|status|logout`: their help and flags (data only; code loaded when run).
import { defineCommand } from "../../command-spec.js";
import { flag, type FlagsOf } from "../../flags.js";

export const loginFlags = [
  flag("--no-verify", "save without checking with the API (offline set-up)"),
  flag("--project <id>", "default project of this profile's commands"),
] as const;
export type LoginFlags = FlagsOf<typeof loginFlags>;

export const statusFlags = [flag("--no-verify", "do not ask the API whether they work")] as const;
export type StatusFlags = FlagsOf<typeof statusFlags>;

export const loginCommand = defineCommand({
  path: ["auth", "login"],
  summary:
    "check an API key and secret with the API, then save them (secret asked without echo, or read from stdin)",
  flags: loginFlags,
  examples: [
    "scenario auth login",
    "printf '%s\\n' \"$SECRET\" | scenario auth login --api-key KEY --profile work --project proj_1",
  ],
  load: () => import("./login.js"),
});

export const statusCommand = defineCommand({
  path: ["auth", "status"],
  summary:
    "show which credentials are in use, where each comes from, the profiles, and whether the API accepts them",
  flags: statusFlags,
  load: () => import("./status.js"),
});

export const logoutCommand = defineCommand({
  path: ["auth", "logout"],
  summary: "delete the saved credentials (of --profile's profile only, when given)",
  load: () => import("./logout.js"),
});
