// A node:http server on 127.0.0.1 (random port) scripted per test: each request is recorded
// with its body, then handed to the current handler.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  /** The body as UTF-8 text. */
  body: string;
  /** The body's bytes, as received. */
  bytes: Buffer;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler and forgets recorded requests. */
  reset(handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(initial: Handler = (_q, res) => res.end()): Promise<TestServer> {
  let handler = initial;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const body = bytes.toString("utf8");
      requests.push({ method: req.method!, url: req.url!, headers: req.headers, body, bytes });
      handler(req, res, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    reset(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A test server for the whole file: started in `beforeAll`, closed in `afterAll`, both registered
 * here. Call it at the top of a test file (or a describe block); the handle it returns reads the
 * server once started, so `server.url`, `server.requests` and `server.reset()` work in tests.
 */
export function useTestServer(initial?: Handler): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startServer(initial);
  });
  afterAll(() => started?.close());
  const current = () => {
    if (!started)
      throw new Error("useTestServer(): the server starts in beforeAll; use it in tests");
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get requests() {
      return current().requests;
    },
    reset: (handler) => current().reset(handler),
    close: () => current().close(),
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** A minimal valid upload answer (the client does not validate unless asked). */
export const OK_BODY = { asset: { id: "asset_test" } };

/** The 8-byte PNG signature plus a little: enough for the MIME sniffer. */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
