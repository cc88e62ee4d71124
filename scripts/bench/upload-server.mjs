// A loopback server for benchmarks, in its own process so that its work does not share the
// event loop with what is measured. Answers POST with the page's example response. Prints its
// URL on stdout, exits when stdin closes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const body = JSON.stringify(
  JSON.parse(readFileSync(new URL("../../spec/page-facts.json", import.meta.url), "utf8")).example,
);
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${server.address().port}/v1`);
});
process.stdin.on("end", () => server.close(() => process.exit(0)));
process.stdin.resume();
