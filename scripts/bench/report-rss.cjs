// Preloaded into a child process (NODE_OPTIONS=--require …): reports its peak RSS on exit.
// On Linux it reads VmHWM, the peak of this program alone: getrusage's maxRSS also counts the
// parent's memory copied at fork (a 300 MiB parent makes `node -e 0` report 300 MiB).
const { readFileSync, writeSync } = require("node:fs");

function peakKb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS;
}

process.on("exit", () => {
  writeSync(2, `\n__PEAK_RSS_KB__ ${peakKb()}\n`);
});
