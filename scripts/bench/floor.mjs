// The floor every HTTP benchmark is measured against (issue 19): the plainest fast request Node
// has, a keep-alive `node:http` request whose body is read as text and JSON.parse'd. Nothing a
// client adds (retries, timeouts, errors) is in it: the client's ratio to it is its whole cost.
import { Agent, request } from "node:http";

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One request → the parsed JSON body; rejects on a status ≥ 400. */
export function floorRequest(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => {
        if (res.statusCode >= 400) reject(new Error(`status ${res.statusCode}`));
        else resolve(JSON.parse(text));
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (body !== undefined) req.setHeader("content-length", Buffer.byteLength(body));
    req.end(body);
  });
}
