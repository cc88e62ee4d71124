// HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and their lower-case forms) reach a loopback proxy, and
// connection errors name the host.
import { createServer, request, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { proxyTestEnv, useCli } from "@scenario-sdk/test-utils/cli";
import { proxySettings } from "../src/proxy.js";
import { closedPort, runCli, runInProcess } from "./run-cli.js";

const server = useTestServer();
let proxy: Server;
let proxyUrl: string;
/** What reached the proxy: `CONNECT host:port` or `METHOD absolute-url`. */
const seen: string[] = [];

// A tiny forward proxy: every host it is asked for is the loopback test server, so a request
// to an invented host name can only succeed through it.
beforeAll(async () => {
  const target = new URL(server.url);
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url!);
    const upstream = request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: url.pathname + url.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  proxy.on("connect", (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    if (req.url!.endsWith(":443")) return socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    const upstream = connect(Number(target.port), "127.0.0.1", () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on("error", () => socket.destroy());
    socket.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
});

const { fx } = useCli(server);
const env = (extra: Record<string, string>) => proxyTestEnv(fx.configHome, extra);
const ok = () => server.reset((_req, res) => json(res, 200, { asset: { id: "asset_proxied" } }));
const args = (baseURL: string) => [
  "assets",
  "upload",
  fx.png,
  "--max-retries",
  "0",
  "--base-url",
  baseURL,
];

describe("proxy variables", () => {
  test("HTTP_PROXY: the built command reaches a host only the proxy knows", async () => {
    ok();
    seen.length = 0;
    const result = await runCli(args("http://api.scenario.test/v1"), {
      env: env({ HTTP_PROXY: proxyUrl }),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("→ asset_proxied");
    expect(seen.join()).toMatch(/api\.scenario\.test/);
    expect(server.requests).toHaveLength(1);
  });

  test("http_proxy (lower case) works in-process too", async () => {
    ok();
    seen.length = 0;
    const result = await runInProcess(args("http://api.scenario.test/v1"), {
      env: env({ http_proxy: proxyUrl }),
    });
    expect(result.code).toBe(0);
    expect(seen.join()).toMatch(/api\.scenario\.test/);
  });

  test("HTTPS_PROXY carries https requests (the proxy refuses this one: the error names the host)", async () => {
    seen.length = 0;
    const result = await runInProcess(args("https://api.scenario.test/v1"), {
      env: env({ HTTPS_PROXY: proxyUrl }),
    });
    expect(seen).toEqual(["CONNECT api.scenario.test:443"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach api\.scenario\.test/);
  });

  test.each(["127.0.0.1", "*"])("NO_PROXY=%s: the host is reached directly", async (noProxy) => {
    ok();
    seen.length = 0;
    const result = await runInProcess(args(server.url), {
      env: env({ HTTP_PROXY: proxyUrl, NO_PROXY: noProxy }),
    });
    expect(result.code).toBe(0);
    expect(seen).toEqual([]);
  });

  test("NO_PROXY=*: no proxy applies, so the Node transport is kept (no undici, no fetch)", () => {
    expect(proxySettings({ HTTPS_PROXY: proxyUrl, NO_PROXY: "*" })).toEqual({ problems: [] });
    expect(proxySettings({ https_proxy: proxyUrl, no_proxy: "*" }).settings).toBeUndefined();
    // no proxy is used, so a proxy URL that is not one is no problem either
    expect(proxySettings({ HTTPS_PROXY: "::not a url", NO_PROXY: "*" })).toEqual({ problems: [] });
    // only `*` alone means every host, as undici reads it
    expect(proxySettings({ HTTPS_PROXY: proxyUrl, NO_PROXY: "a.test,*" }).settings).toBeDefined();
  });

  test("a proxy URL that is not one is an input error naming the variable, not its value (exit 2)", async () => {
    const result = await runInProcess(args(server.url), {
      env: env({ HTTPS_PROXY: "::not a url:p4ssw0rd" }),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/HTTPS_PROXY is not a valid proxy URL/);
    expect(result.stderr).not.toContain("p4ssw0rd");
  });

  test("a proxy that is down: the host is named, the proxy password is not", async () => {
    const result = await runInProcess(args("http://api.scenario.test/v1"), {
      env: env({ HTTP_PROXY: "http://user:p4ssw0rd@127.0.0.1:9" }),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach api\.scenario\.test/);
    expect(result.stderr).not.toContain("p4ssw0rd");
  });
});

describe("connection errors", () => {
  test("name the host that could not be reached", async () => {
    const port = await closedPort();
    const result = await runInProcess(args(`http://127.0.0.1:${port}/v1`), { env: env({}) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot reach 127.0.0.1:${port}: ECONNREFUSED`);
  });
});
