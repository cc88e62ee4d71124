// Retries and timeouts against a scripted server.
import { describe, expect, test } from "vitest";
import Scenario, {
  APIConnectionError,
  APIError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  type ClientOptions,
} from "../src/index.js";
import { json, OK_BODY, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { collectingLogger } from "@scenario-sdk/test-utils/logger";
import { clientOver, TRANSPORTS } from "./transports.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const server = useTestServer();

  const client = (options: ClientOptions = {}) =>
    clientOver(transport, { baseURL: server.url, ...options });

  /** Answers the scripted responses in order, then 200. */
  function script(
    ...steps: ((
      res: import("node:http").ServerResponse,
      req: import("node:http").IncomingMessage,
    ) => void)[]
  ) {
    server.reset((req, res, i) => (steps[i] ? steps[i]!(res, req) : json(res, 200, OK_BODY)));
  }

  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

  // Retry delays from the server keep these tests fast where the backoff is not under test.
  const quick = { "retry-after-ms": "10" };

  describe("retries", () => {
    test("a 500 then a 200 succeeds after one retry", async () => {
      script((res) => json(res, 500, { reason: "boom" }, quick));
      await expect(client().assets.upload({ name: "x" })).resolves.toEqual(OK_BODY);
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]!.body).toBe(server.requests[0]!.body);
    });

    test.each([408, 409, 429, 502, 503])("retries %i", async (status) => {
      script((res) => json(res, status, {}, quick));
      await client().assets.upload({ name: "x" });
      expect(server.requests).toHaveLength(2);
    });

    test("gives up after maxRetries and throws the last error", async () => {
      script(
        ...Array.from(
          { length: 5 },
          () => (res: import("node:http").ServerResponse) =>
            json(res, 503, { reason: "down" }, quick),
        ),
      );
      await expect(client({ maxRetries: 2 }).assets.upload({ name: "x" })).rejects.toThrow(
        InternalServerError,
      );
      expect(server.requests).toHaveLength(3);
    });

    test("maxRetries: 0 sends once", async () => {
      script((res) => json(res, 500, {}, quick));
      await expect(client({ maxRetries: 0 }).assets.upload({ name: "x" })).rejects.toThrow(
        InternalServerError,
      );
      expect(server.requests).toHaveLength(1);
    });

    test("a per-request maxRetries overrides the client's", async () => {
      script(
        (res) => json(res, 500, {}, quick),
        (res) => json(res, 500, {}, quick),
      );
      await expect(
        client({ maxRetries: 5 }).assets.upload({ name: "x" }, { maxRetries: 1 }),
      ).rejects.toThrow(InternalServerError);
      expect(server.requests).toHaveLength(2);
    });

    test("does not retry a 400", async () => {
      script((res) => json(res, 400, { reason: "bad" }));
      await expect(client().assets.upload({ name: "x" })).rejects.toThrow(BadRequestError);
      expect(server.requests).toHaveLength(1);
    });

    test.each([301, 307, 308])(
      "a %i redirect is not followed nor retried: an error that points at baseURL",
      async (status) => {
        script((res) => {
          res.writeHead(status, { location: "https://elsewhere.example/v1/assets" });
          res.end();
        });
        const error = await client()
          .assets.upload({ name: "x", image: new Blob([PNG]) })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(APIError);
        expect(error).not.toBeInstanceOf(APIConnectionError);
        expect((error as Error).message).toMatch(
          /^POST http:\/\/127\.0\.0\.1:\d+\/v1\/assets was answered with a redirect, which the client does not follow: check `baseURL`/,
        );
        expect(server.requests).toHaveLength(1);
      },
    );

    test("x-should-retry: false stops a retry the status would allow", async () => {
      script((res) => json(res, 503, {}, { "x-should-retry": "false" }));
      await expect(client().assets.upload({ name: "x" })).rejects.toThrow(InternalServerError);
      expect(server.requests).toHaveLength(1);
    });

    test("x-should-retry: true retries a status that is not retried by default", async () => {
      script((res) => json(res, 400, {}, { "x-should-retry": "true", ...quick }));
      await client().assets.upload({ name: "x" });
      expect(server.requests).toHaveLength(2);
    });

    test("a 429 with retry-after-ms waits that long, not the backoff", async () => {
      script((res) => json(res, 429, { reason: "slow down" }, { "retry-after-ms": "300" }));
      const { lines, logger } = collectingLogger();
      const start = performance.now();
      await client({ logger, logLevel: "warn" }).assets.upload({ name: "x" });
      expect(server.requests).toHaveLength(2);
      expect(performance.now() - start).toBeGreaterThanOrEqual(290);
      // the planned wait is the server's: counted, not bounded by the clock
      expect(lines).toEqual([expect.stringMatching(/→ 429 .*retry 1\/2 in 300 ms$/)]);
    });

    test("a 429 with retry-after in seconds waits that long", async () => {
      script((res) => json(res, 429, {}, { "retry-after": "0.2" }));
      const start = performance.now();
      await client().assets.upload({ name: "x" });
      expect(performance.now() - start).toBeGreaterThanOrEqual(190);
    });

    test("a 429 body's remainingSeconds sets the wait", async () => {
      script((res) => json(res, 429, { remainingSeconds: 0.25 }));
      const start = performance.now();
      await client().assets.upload({ name: "x" });
      expect(performance.now() - start).toBeGreaterThanOrEqual(240);
    });

    test("a reset connection is retried, then reported as a connection error", async () => {
      server.reset((req) => req.socket.destroy());
      const error = await client({ maxRetries: 1 })
        .assets.upload({ name: "x" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
      expect((error as Error).message).toMatch(/^Connection error/);
      expect(server.requests).toHaveLength(2);
    });

    test("a refused connection names the host and carries the system's code", async () => {
      const { createServer } = await import("node:net");
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const { port } = closed.address() as import("node:net").AddressInfo;
      await new Promise((resolve) => closed.close(resolve));
      const error = (await new Scenario({
        ...transport,
        apiKey: "k",
        apiSecret: "s",
        baseURL: `http://127.0.0.1:${port}/v1`,
        maxRetries: 0,
      }).assets
        .retrieve("a")
        .catch((e: unknown) => e)) as APIConnectionError;
      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error.code).toBe("ECONNREFUSED");
      expect(error.message).toBe(`Connection error: ECONNREFUSED (127.0.0.1:${port}).`);
    });
  });

  describe("timeouts and aborts", () => {
    test("a server that never answers times out after `timeout` per attempt", async () => {
      server.reset(() => {});
      const start = performance.now();
      const error = await client({ timeout: 200, maxRetries: 0 })
        .assets.upload({ name: "x" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect((error as Error).message).toContain("200 ms");
      expect(performance.now() - start).toBeGreaterThanOrEqual(190);
      expect(server.requests).toHaveLength(1);
    });

    test("each attempt gets its own timeout, and timeouts are retried", async () => {
      server.reset(() => {});
      await expect(
        client({ timeout: 100, maxRetries: 1 }).assets.upload({ name: "x" }),
      ).rejects.toThrow(APIConnectionTimeoutError);
      expect(server.requests).toHaveLength(2);
    });

    test("a 200 whose body stalls times out, and is not retried: the server did the work", async () => {
      server.reset((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"asset":');
      });
      const error = await client({ timeout: 200, maxRetries: 2 })
        .assets.upload({ name: "x" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect(error).toMatchObject({ status: 200 });
      expect((error as Error).message).toMatch(/timed out after 200 ms.*not retried/);
      expect(server.requests).toHaveLength(1);
    });

    test("a per-request timeout overrides the client's", async () => {
      server.reset(() => {});
      const error = await client({ timeout: 60_000, maxRetries: 0 })
        .assets.upload({ name: "x" }, { timeout: 150 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect((error as Error).message).toContain("after 150 ms");
      expect(server.requests).toHaveLength(1);
    });

    test("aborting mid-request throws APIUserAbortError and is not retried", async () => {
      server.reset(() => {});
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const error = await client({ maxRetries: 3 })
        .assets.upload({ name: "x" }, { signal: controller.signal })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIUserAbortError);
      expect(server.requests).toHaveLength(1);
    });

    test("aborting during the wait before a retry stops at once", async () => {
      script((res) => json(res, 503, {}, { "retry-after": "30" }));
      const controller = new AbortController();
      const { lines, logger } = collectingLogger();
      setTimeout(() => controller.abort(), 150);
      // a 30 s wait that did not stop at the abort would outlast the test's timeout
      await expect(
        client({ maxRetries: 3, logger, logLevel: "warn" }).assets.upload(
          { name: "x" },
          { signal: controller.signal },
        ),
      ).rejects.toThrow(APIUserAbortError);
      expect(lines).toEqual([expect.stringMatching(/retry 1\/3 in 30000 ms$/)]);
      expect(server.requests).toHaveLength(1);
    });

    test("an already aborted signal sends nothing", async () => {
      server.reset((_req, res) => json(res, 200, OK_BODY));
      await expect(
        client().assets.upload({ name: "x" }, { signal: AbortSignal.abort() }),
      ).rejects.toThrow(APIUserAbortError);
      expect(server.requests).toHaveLength(0);
    });
  });
});
