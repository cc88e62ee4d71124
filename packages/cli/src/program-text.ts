// The words of `scenario --help` around the table: shared by commander's help (cli.ts) and the
// fast path that prints it without loading commander (root-help.ts).
export const DESCRIPTION =
  "Work with Scenario assets from a terminal or CI: upload, list, get, download, tag, delete, copy.";

export const EXIT_CODES_HELP = `
Exit codes: 0 done; 1 an item failed at the API or the network (the others went on);
  2 usage or input error (nothing sent); 130, 143, 129 stopped by Ctrl-C, SIGTERM, SIGHUP
  (work in flight finished and was recorded).
Credentials: flags, then environment, then \`scenario auth login\`'s config file, value by value.
Proxies: HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured.`;

declare const __VERSION__: string | undefined;
export const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "dev";
