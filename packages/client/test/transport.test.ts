// What each transport must do the same way, beyond the retry/error tests: bodies decoded,
// IPv6 and https: URLs, the Node transport's sockets not keeping a script alive.
import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer as createHttps } from "node:https";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import Scenario, { APIConnectionError } from "../src/index.js";
import { json, OK_BODY, startServer, type TestServer } from "@scenario-sdk/test-utils/http-server";
import { TRANSPORTS } from "./transports.js";

const ENCODERS = { gzip: gzipSync, br: brotliCompressSync, deflate: deflateSync } as const;

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  const client = (baseURL = server.url) =>
    new Scenario({ ...transport, apiKey: "k", apiSecret: "s", baseURL, maxRetries: 0 });

  test.each(Object.keys(ENCODERS) as (keyof typeof ENCODERS)[])(
    "a %s body is decoded",
    async (encoding) => {
      server.reset((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding });
        res.end(ENCODERS[encoding](Buffer.from(JSON.stringify(OK_BODY))));
      });
      expect(await client().assets.upload({ name: "x" })).toEqual(OK_BODY);
      expect(server.requests[0]!.headers["accept-encoding"]).toMatch(/gzip/);
    },
  );

  test("an IPv6 base URL", async () => {
    const v6 = createServer((_req, res) => json(res, 200, OK_BODY));
    const port = await listen(v6, "::1");
    try {
      expect(await client(`http://[::1]:${port}/v1`).assets.upload({ name: "x" })).toEqual(OK_BODY);
    } finally {
      v6.closeAllConnections();
      v6.close();
    }
  });

  test("an https: base URL is spoken over TLS (a self-signed certificate is refused)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tls-"));
    execFileSync("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
    ]);
    const tls = createHttps(
      { key: await readFile(join(dir, "key.pem")), cert: await readFile(join(dir, "cert.pem")) },
      (_req, res) => json(res, 200, OK_BODY),
    );
    const port = await listen(tls as unknown as Server, "127.0.0.1");
    try {
      const error = await client(`https://127.0.0.1:${port}/v1`)
        .assets.upload({ name: "x" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as APIConnectionError).code).toMatch(/SELF_SIGNED|CERT/);
    } finally {
      tls.close();
    }
  });

  test("x-request-id is read from the answer", async () => {
    server.reset((_req, res) => json(res, 200, OK_BODY, { "x-request-id": "req_7" }));
    const { requestID, response } = await client().assets.upload({ name: "x" }).withResponse();
    expect(requestID).toBe("req_7");
    expect(response.headers.get("x-request-id")).toBe("req_7");
    expect(await response.json()).toEqual(OK_BODY);
  });
});

describe("the Node transport", () => {
  test("a script exits after its request without close(): idle sockets hold nothing", async () => {
    const server = createServer((_req, res) => json(res, 200, OK_BODY));
    const port = await listen(server, "127.0.0.1");
    const dir = await mkdtemp(join(tmpdir(), "exit-"));
    const entry = join(dir, "entry.mjs");
    await writeFile(
      entry,
      `import Scenario from ${JSON.stringify(join(import.meta.dirname, "../src/index.ts"))};
       const client = new Scenario({ apiKey: "k", apiSecret: "s", baseURL: "http://127.0.0.1:${port}/v1" });
       await client.assets.upload({ name: "x" });
       console.log("done");`,
    );
    const out = join(dir, "out.mjs");
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: out,
    });
    try {
      const started = Date.now();
      const child = spawn(process.execPath, [out], { stdio: ["ignore", "pipe", "inherit"] });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
      const code = await new Promise((resolve) => child.on("exit", resolve));
      expect(code).toBe(0);
      expect(stdout).toContain("done");
      // the server keeps the connection open (keep-alive): the exit did not wait for it
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
