// Preloaded into a child process (NODE_OPTIONS=--require …): reports its peak RSS on exit.
const { writeSync } = require("node:fs");
process.on("exit", () => {
  writeSync(2, `\n__PEAK_RSS_KB__ ${process.resourceUsage().maxRSS}\n`);
});
