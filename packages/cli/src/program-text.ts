// The words of `scenario --help` around the table: shared by commander's help (cli.ts) and the
// fast path that prints it without loading commander (root-help.ts).
export const DESCRIPTION =
  "Work with Scenario assets from a terminal or CI: upload, list, get, download, tag, delete, copy.";

export const EXIT_CODES_HELP = `
Exit codes: 0 done; 1 an item failed at the API or the network (the others went on);
  2 usage or input error (nothing sent); 4 authentication failed (the API refused the
  credentials: the batch stopped there; run \`scenario auth status\`); 130, 143, 129 stopped by
  Ctrl-C, SIGTERM, SIGHUP (work in flight finished and was recorded).
Credentials: flags, then environment, then the config file's profile (--profile, $SCENARIO_PROFILE,
  else default); key and secret must come from the same one.
Colour: --color auto|always|never; NO_COLOR turns it off, CLICOLOR_FORCE on in a pipe.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.`;

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "dev";
