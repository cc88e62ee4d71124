// Command registration and the one error boundary: every error becomes a message and an exit
// code here. Each action imports its command module on demand, so `--help` stays fast.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Context, Globals } from "./context.js";
import { EXIT, UsageError } from "./errors.js";
import { Output } from "./output.js";
import type { UploadFlags } from "./commands/assets/upload.js";

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "dev";

function integer(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new InvalidArgumentError(`expected a whole number ≥ ${min}.`);
    return n;
  };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Closest known flag to a mistyped one, for "did you mean". */
function suggest(flag: string, known: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = d[0]!;
      d[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = d[j]!;
        d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return d[b.length]!;
  };
  const name = flag.split("=")[0]!;
  const best = known.map((k) => [k, distance(name, k)] as const).sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

type CommandRun = (ctx: Context) => Promise<number>;

/** `scenario auth …`: each module is loaded only when its command runs. */
const AUTH_COMMANDS: [name: string, description: string, load: () => Promise<CommandRun>][] = [
  [
    "login",
    "save an API key and secret (secret asked without echo, or read from stdin)",
    async () => (await import("./commands/auth/login.js")).loginCommand,
  ],
  [
    "status",
    "show which credentials are in use and where they come from",
    async () => (await import("./commands/auth/status.js")).statusCommand,
  ],
  [
    "logout",
    "delete the saved credentials",
    async () => (await import("./commands/auth/logout.js")).logoutCommand,
  ],
];

export interface RunOptions {
  io?: Partial<Context["io"]>;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<number> {
  const io: Context["io"] = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    ...options.io,
  };
  const out = new Output(io);
  const stop = new AbortController();
  const cancel = new AbortController();
  const onSigint = () => {
    if (!stop.signal.aborted) {
      stop.abort();
      out.info("\nstopping: letting uploads in progress finish (Ctrl-C again to cancel them)…");
    } else cancel.abort();
  };
  process.on("SIGINT", onSigint);
  let code: number = EXIT.ok;
  const program = new Command("scenario");
  const context = (cmd: Command): Context => ({
    io,
    out,
    globals: cmd.optsWithGlobals<Globals>(),
    stopping: stop.signal,
    signal: cancel.signal,
  });

  program
    .description("Upload images and canvases to Scenario.")
    .version(VERSION, "--version", "print the version")
    .helpOption("-h, --help", "show help")
    .option(
      "--api-key <key>",
      "API key (default: $SCENARIO_SDK_API_KEY, then `scenario auth login`)",
    )
    .option(
      "--api-secret <secret>",
      "API secret (default: $SCENARIO_SDK_API_SECRET, then `scenario auth login`)",
    )
    .option("--token <jwt>", "bearer token instead of a key (default: $SCENARIO_SDK_JWT)")
    .option(
      "--base-url <url>",
      "API base URL (default: $SCENARIO_BASE_URL or https://api.cloud.scenario.com/v1)",
    )
    .option("--timeout <ms>", "timeout per attempt in milliseconds (default 60000)", integer(1))
    .option(
      "--max-retries <n>",
      "retries on network errors, 408/409/429/5xx (default 2)",
      integer(0),
    )
    .option("--verbose", "log requests and show stack traces")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? s : `error: ${s}`),
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      "after",
      "\nExit codes: 0 all uploaded, 1 an upload failed, 2 usage or input error (nothing sent).\nCredentials: flags, then environment, then `scenario auth login`'s config file.",
    );

  const assets = program.command("assets").description("work with assets");
  const upload = assets
    .command("upload")
    .description(
      "upload images (≤ 6 MB each: jpeg, png, gif, webp, avif, tiff, heic, svg) or a canvas",
    )
    .argument("[files...]", "image files to upload")
    .option("--name <name>", "asset name (one file only; default: the file's name)")
    .addOption(
      new Option("--collection <id>", "add to a collection (repeatable)")
        .default([])
        .argParser(collect),
    )
    .option("--parent <id>", "parent asset ID")
    .option("--hide", "upload as hidden")
    .option("--original-assets", "return the original asset without transformation")
    .option("--project <id>", "project ID to upload into")
    .option("--canvas <file.json>", "upload a canvas (JSON file) instead of images")
    .option("--thumbnail <image>", "thumbnail image for --canvas")
    .option("--json", "print one JSON object per uploaded file")
    .option("--concurrency <n>", "uploads in parallel", integer(1), 4)
    .option("--manifest <file>", "record uploads in FILE and skip files already in it on a rerun")
    .allowUnknownOption()
    .addHelpText(
      "after",
      '\nExamples:\n  scenario assets upload hero.png --collection col_1\n  scenario assets upload art/*.png --concurrency 8 --manifest uploads.jsonl --json\n  scenario assets upload --canvas board.json --thumbnail board.png --name "Board"',
    )
    .action(async (files: string[], flags: UploadFlags, cmd: Command) => {
      // Unknown flags are collected (not fatal) so they are listed with every other problem.
      const known = [...cmd.options, ...program.options].map((o) => o.long!).filter(Boolean);
      const unknown = files.filter((f) => f.startsWith("-") && f !== "-");
      const problems = unknown.map((f) => {
        const hint = suggest(f, known);
        return `unknown option '${f}'${hint ? ` (did you mean ${hint}?)` : ""}; see \`scenario assets upload --help\``;
      });
      const { uploadCommand } = await import("./commands/assets/upload.js");
      code = await uploadCommand(
        files.filter((f) => !unknown.includes(f)),
        flags,
        context(cmd),
        problems,
      );
    });
  void upload;

  const auth = program.command("auth").description("manage saved credentials");
  for (const [name, description, load] of AUTH_COMMANDS) {
    auth
      .command(name)
      .description(description)
      .action(async (_flags, cmd: Command) => {
        code = await (await load())(context(cmd));
      });
  }

  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    return report(error, out, program.opts<Globals>().verbose ?? argv.includes("--verbose"));
  } finally {
    process.off("SIGINT", onSigint);
  }
}

/** The error boundary: a message for the person, an exit code for the script. */
function report(error: unknown, out: Output, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // help and version "errors" are successes; commander already printed its message
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    for (const problem of error.problems) out.error(problem);
    return EXIT.usage;
  }
  const name = (error as Error)?.name;
  if (name === "InvalidImageError" || name === "ScenarioError") {
    out.error((error as Error).message);
    return EXIT.usage;
  }
  if (name?.endsWith("Error") && "status" in (error as object)) {
    out.error((error as Error).message);
    return EXIT.failed;
  }
  out.error(
    `unexpected: ${(error as Error)?.message ?? String(error)}${verbose ? "" : " (run with --verbose for details)"}`,
  );
  if (verbose && error instanceof Error && error.stack) out.info(error.stack);
  return EXIT.failed;
}
