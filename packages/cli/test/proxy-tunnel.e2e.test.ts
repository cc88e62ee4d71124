// A proxy that drops every CONNECT: undici 7 alone reconnects without end (nodejs/undici#3897).
// The CLI makes at most maxRetries + 1 tunnel attempts per request, and says which proxy failed.
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { proxyTestEnv } from "@scenario-sdk/test-utils/cli";
import { makeFixtures, runInProcess } from "./run-cli.js";

let proxy: Server;
let port: number;
let connects = 0;
let firstConnect: number | undefined;
/** Answer no CONNECT at all (the sockets stay open) instead of closing them. */
let silent = false;
const held: Socket[] = [];
beforeAll(async () => {
  proxy = createServer((_req, res) => res.socket?.destroy());
  proxy.on("connect", (_req, socket: Socket) => {
    connects++;
    firstConnect ??= performance.now();
    if (silent) held.push(socket);
    else socket.destroy(); // closed, no answer
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  port = (proxy.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const socket of held) socket.destroy();
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
});

const fx = makeFixtures();
/** `assets get` through the proxy, given in `variable` with a password. */
function get(variable: string, baseURL: string, maxRetries: number, timeout: number) {
  connects = 0;
  firstConnect = undefined;
  const args = ["assets", "get", "asset_a", "--base-url", baseURL];
  args.push("--max-retries", String(maxRetries), "--timeout", String(timeout));
  return runInProcess(args, {
    env: proxyTestEnv(fx.configHome, {
      [variable]: `http://user:p4ssw0rd@127.0.0.1:${port}`,
    }),
  });
}

test.each([
  ["HTTPS_PROXY", "https://api.scenario.test/v1", 2],
  ["HTTP_PROXY", "http://api.scenario.test/v1", 0],
])(
  "%s that drops each CONNECT: maxRetries + 1 tunnels, an error naming the proxy, in time",
  async (variable, baseURL, maxRetries) => {
    silent = false;
    const result = await get(variable, baseURL, maxRetries, 4000);
    // from the first tunnel asked for (the first run also loads the CLI)
    const elapsed = performance.now() - (firstConnect ?? 0);
    expect(connects).toBe(maxRetries + 1);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `cannot reach api\\.scenario\\.test: the proxy 127\\.0\\.0\\.1:${port} closed the connection when asked for a tunnel`,
      ),
    );
    expect(result.stderr).not.toContain("p4ssw0rd");
    expect(result.stderr).not.toMatch(/raise --timeout/);
    expect(elapsed).toBeLessThan(4000);
  },
);

test("a proxy that never answers the CONNECT: the timeout names the proxy too", async () => {
  silent = true;
  const result = await get("HTTPS_PROXY", "https://api.scenario.test/v1", 0, 300);
  expect(connects).toBe(1);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    new RegExp(
      `no answer from api\\.scenario\\.test within 300 ms \\(through the proxy 127\\.0\\.0\\.1:${port} from HTTPS_PROXY\\)`,
    ),
  );
  expect(result.stderr).not.toContain("p4ssw0rd");
});
