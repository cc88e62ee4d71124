// Status → error class, messages from the body, request IDs, and bodies that are not JSON.
import { describe, expect, test } from "vitest";
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ScenarioError,
  UnprocessableEntityError,
} from "../src/index.js";
import { json, useTestServer } from "@scenario-sdk/test-utils/http-server";
import { clientOver, TRANSPORTS } from "./transports.js";

describe.each(TRANSPORTS)("over %s", (_name, transport) => {
  const server = useTestServer();

  const upload = (options: { maxRetries?: number } = {}) =>
    clientOver(transport, { baseURL: server.url, maxRetries: 0, ...options }).assets.upload({
      name: "x",
    });

  async function failure(promise: Promise<unknown>): Promise<APIError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIError);
    return error as APIError;
  }

  describe("status errors", () => {
    test.each([
      [400, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [422, UnprocessableEntityError],
      [429, RateLimitError],
      [500, InternalServerError],
      [503, InternalServerError],
      [418, APIError],
    ] as const)("%i is a %s", async (status, ErrorClass) => {
      server.reset((_req, res) =>
        json(res, status, { reason: `reason for ${status}` }, { "x-request-id": "req_42" }),
      );
      const error = await failure(upload());
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error).toBeInstanceOf(ScenarioError);
      expect(error.status).toBe(status);
      expect(error.message).toBe(`${status} reason for ${status}`);
      expect(error.error).toEqual({ reason: `reason for ${status}` });
      expect(error.requestID).toBe("req_42");
      expect(error.headers?.get("x-request-id")).toBe("req_42");
      expect(server.requests).toHaveLength(1);
    });

    test.each([
      [{ message: "bad name" }, "400 bad name"],
      [{ error: "Bad Request" }, "400 Bad Request"],
      [{ detail: "name is required" }, "400 name is required"],
      [{ error: { message: "nested" } }, "400 nested"],
      [{ unknown: 1 }, '400 {"unknown":1}'],
    ])("takes the message from the body %j", async (body, message) => {
      server.reset((_req, res) => json(res, 400, body));
      expect((await failure(upload())).message).toBe(message);
    });

    test("takes the request ID from the body's traceId when there is no header", async () => {
      server.reset((_req, res) => json(res, 404, { reason: "no such parent", traceId: "trace_9" }));
      expect((await failure(upload())).requestID).toBe("trace_9");
    });
  });

  describe("bodies that are not what they should be", () => {
    test("an HTML 502 page from a proxy is an APIError with the status and a short snippet", async () => {
      const page = `<html><head><title>502 Bad Gateway</title></head><body>${"x".repeat(5000)}</body></html>`;
      server.reset((_req, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end(page);
      });
      const error = await failure(upload());
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.status).toBe(502);
      expect(error.message).toMatch(/^502 <html><head><title>502 Bad Gateway<\/title>/);
      expect(error.message.length).toBeLessThan(300);
      expect(error.error).toBe(page);
    });

    test("a truncated JSON 200 is an APIError with the status and a snippet, not a SyntaxError", async () => {
      server.reset((_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"asset": {"id": "asset_1", "kin');
      });
      const error = await failure(upload());
      expect(error.constructor).toBe(APIError);
      expect(error.status).toBe(200);
      expect(error.message).toContain("not valid JSON");
      expect(error.message).toContain('{"asset": {"id": "asset_1", "kin');
      expect(error.cause).toBeInstanceOf(SyntaxError);
    });

    test("an empty 200 is an APIError", async () => {
      server.reset((_req, res) => res.writeHead(200).end());
      const error = await failure(upload());
      expect(error.status).toBe(200);
      expect(error.message).toContain("Empty response body");
    });

    test("a 200 body cut off by the connection is an APIError with the status, never retried", async () => {
      server.reset((req, res) => {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-length": "1000",
          "x-request-id": "req_cut",
        });
        res.write('{"asset": {');
        setTimeout(() => req.socket.destroy(), 20);
      });
      const error = await failure(upload({ maxRetries: 2 }));
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect(error).toMatchObject({ status: 200, requestID: "req_cut" });
      expect(error.message).toMatch(/not retried/);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe("answers that are not what a 2xx promises: an APIError, never retried", () => {
    test.each([
      ["null", "null", /is null where a JSON object was expected/],
      ["an array", "[]", /is an array where a JSON object/],
      ["a string", '"ok"', /is ok where a JSON object/],
      ["a number", "42", /is 42 where a JSON object/],
    ])("a 200 of %s", async (_name, body, message) => {
      server.reset((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_odd" });
        res.end(body);
      });
      const error = await failure(upload({ maxRetries: 2 }));
      expect(error.constructor).toBe(APIError);
      expect(error).toMatchObject({ status: 200, requestID: "req_odd" });
      expect(error.message).toMatch(message);
      expect(server.requests).toHaveLength(1);
    });

    test("a 200 whose gzip body cannot be decoded", async () => {
      server.reset((_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
        res.end(Buffer.from("this is not gzip at all"));
      });
      const error = await failure(upload({ maxRetries: 2 }));
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect(error.status).toBe(200);
      expect(error.message).toMatch(/Reading the response body failed.*not retried/);
      expect(server.requests).toHaveLength(1);
    });

    test("an answer whose headers are too large to parse", async () => {
      server.reset((req, res) => {
        // write raw bytes: node:http itself refuses to send such headers
        req.socket.end(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-big: ${"a".repeat(70_000)}\r\ncontent-length: 2\r\n\r\n{}`,
        );
        void res;
      });
      const error = await failure(upload({ maxRetries: 2 }));
      expect(error).not.toBeInstanceOf(APIConnectionError);
      expect(error.message).toMatch(
        /not valid HTTP.*(UND_ERR_HEADERS_OVERFLOW|HPE_HEADER_OVERFLOW).*not retried/,
      );
      expect(server.requests).toHaveLength(1);
    });
  });

  describe("bounded messages", () => {
    test("a 100 kB message in an error body makes a short error.message; the body stays whole", async () => {
      const message = "x".repeat(100_000);
      server.reset((_req, res) => json(res, 400, { message }));
      const error = await failure(upload());
      expect(error.message.length).toBeLessThan(300);
      expect((error.error as { message: string }).message).toHaveLength(100_000);
    });

    test("a huge trace id is cut too", async () => {
      server.reset((_req, res) => json(res, 400, { reason: "no", traceId: "t".repeat(10_000) }));
      const error = await failure(upload());
      expect(error.requestID!.length).toBeLessThan(120);
    });
  });
});
