// `scenario auth login|status|logout`: their help and flags (data only; code loaded when run).
// They take the global flags only; a flag of their own is a `flags: [flag(...)] as const` here.
import { defineCommand } from "../../command-spec.js";

export const loginCommand = defineCommand({
  path: ["auth", "login"],
  summary: "save an API key and secret (secret asked without echo, or read from stdin)",
  load: () => import("./login.js"),
});

export const statusCommand = defineCommand({
  path: ["auth", "status"],
  summary: "show which credentials are in use and where each comes from",
  load: () => import("./status.js"),
});

export const logoutCommand = defineCommand({
  path: ["auth", "logout"],
  summary: "delete the saved credentials",
  load: () => import("./logout.js"),
});
