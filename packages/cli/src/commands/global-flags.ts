// Flags every command takes (shown in every command's --help). One `flag()` line each, as in a
// command's spec (see ../flags.ts); `Globals` is their parsed type, read as `ctx.globals`.
import { COLOR_MODES } from "../color.js";
import { flag, oneOf, wholeNumber, type FlagsOf } from "../flags.js";

export const GLOBAL_FLAGS = [
  flag("--api-key <key>", "API key (default: $SCENARIO_SDK_API_KEY, then `scenario auth login`)"),
  flag(
    "--api-secret <secret>",
    "API secret (default: $SCENARIO_SDK_API_SECRET, then `scenario auth login`)",
  ),
  flag("--token <jwt>", "bearer token instead of a key (default: $SCENARIO_SDK_JWT)"),
  flag(
    "--base-url <url>",
    "API base URL (default: $SCENARIO_BASE_URL or https://api.cloud.scenario.com/v1)",
  ),
  flag("--timeout <ms>", "timeout per attempt in milliseconds (default 60000)", {
    parse: wholeNumber(1),
  }),
  flag("--max-retries <n>", "retries on network errors, 408/409/429/5xx (default 2)", {
    parse: wholeNumber(0),
  }),
  flag("--verbose", "log requests and show stack traces"),
  flag(
    "--profile <name>",
    "profile of the config file to use (default: $SCENARIO_PROFILE, else default)",
  ),
  flag(
    "--color <when>",
    "colour on stderr: auto, always or never (auto honours NO_COLOR, CLICOLOR_FORCE)",
    { parse: oneOf(COLOR_MODES) },
  ),
] as const;

export type Globals = FlagsOf<typeof GLOBAL_FLAGS>;
