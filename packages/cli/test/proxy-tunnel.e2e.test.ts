// A proxy that drops every CONNECT: undici 7 alone reconnects without end (nodejs/undici#3897).
// The CLI makes at most maxRetries + 1 tunnel attempts per request, and says which proxy failed.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { cleanEnv, makeFixtures, runInProcess } from "./run-cli.js";

let proxy: Server;
let port: number;
let connects = 0;
let firstConnect: number | undefined;
beforeAll(async () => {
  proxy = createServer((_req, res) => res.socket?.destroy());
  proxy.on("connect", (_req, socket) => {
    connects++;
    firstConnect ??= performance.now();
    socket.destroy(); // no answer at all
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  port = (proxy.address() as AddressInfo).port;
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
});

const fx = makeFixtures();

test.each([
  ["HTTPS_PROXY", "https://api.scenario.test/v1", 2],
  ["HTTP_PROXY", "http://api.scenario.test/v1", 0],
])(
  "%s that drops each CONNECT: maxRetries + 1 tunnels, an error naming the proxy, in time",
  async (variable, baseURL, maxRetries) => {
    connects = 0;
    firstConnect = undefined;
    const result = await runInProcess(
      [
        "assets",
        "get",
        "asset_a",
        "--base-url",
        baseURL,
        "--max-retries",
        String(maxRetries),
        "--timeout",
        "4000",
      ],
      {
        env: cleanEnv(fx.configHome, {
          SCENARIO_SDK_API_KEY: "k",
          SCENARIO_SDK_API_SECRET: "s",
          HTTP_PROXY: undefined,
          HTTPS_PROXY: undefined,
          NO_PROXY: undefined,
          http_proxy: undefined,
          https_proxy: undefined,
          no_proxy: undefined,
          [variable]: `http://user:p4ssw0rd@127.0.0.1:${port}`,
        }),
      },
    );
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
