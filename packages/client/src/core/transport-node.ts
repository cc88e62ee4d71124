// The Node transport: node:http/node:https with a keep-alive agent per client, used in Node when
// the client has no user `fetch` and no `fetchOptions` (transports.ts). On loopback a keep-alive
// node:http request + JSON.parse measured 2–3× Node 20's fetch per call: most of fetch's cost is
// building Response/Headers and reading through web streams, and its per-attempt AbortSignal.
// So the hot path here builds none of them: headers as Node gives them (NodeHeaders), the body
// as text, one timer per attempt that destroys the request. A `Response` is built only for
// streamed downloads and when `.asResponse()` asks. The retry/timeout/error rules are
// transport.ts's, the same for fetch.
import type { Agent, ClientRequest, IncomingMessage, request as httpRequest } from "node:http";
import type { Readable } from "node:stream";
import { InputReadError } from "../errors.js";
import type { HeaderMap } from "./headers.js";
import { nodeModule } from "../lib/node-modules.js";
import { AttemptFailure, type Exchange, type SendRequest, type SendResult } from "./transport.js";

type Http = { request: typeof httpRequest; Agent: new (options: object) => Agent };
type Zlib = Record<
  "createGunzip" | "createInflate" | "createBrotliDecompress",
  () => NodeJS.ReadWriteStream
>;
type Streams = {
  Readable: { fromWeb(stream: ReadableStream): Readable; toWeb(stream: Readable): ReadableStream };
  pipeline(a: Readable, b: NodeJS.ReadWriteStream, done: (error?: Error | null) => void): Readable;
};

/** At most this many sockets per origin; idle ones are unref'd by Node and closed after IDLE_MS. */
const MAX_SOCKETS = 64;
const IDLE_MS = 30_000;
const MAX_REDIRECTS = 20; // as fetch
const ACCEPT_ENCODING = "gzip, deflate, br";
const DECODERS: Record<string, keyof Zlib> = {
  gzip: "createGunzip",
  "x-gzip": "createGunzip",
  deflate: "createInflate",
  br: "createBrotliDecompress",
};

type Raw = Record<string, string | string[] | undefined>;

/** Node's `IncomingMessage.headers` (lower-case names) behind `get`: no `Headers` built per call. */
export class NodeHeaders implements HeaderMap {
  readonly raw: Raw;
  constructor(raw: Raw) {
    this.raw = raw;
  }
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }
  toHeaders(): Headers {
    const out = new Headers();
    for (const [name, value] of Object.entries(this.raw)) {
      if (Array.isArray(value)) for (const one of value) out.append(name, one);
      else if (value !== undefined) out.set(name, value);
    }
    return out;
  }
}

/** A node:http exchange with its own agents (one client's sockets). */
export async function nodeExchange(): Promise<Exchange> {
  const [http, https, zlib, streams] = await Promise.all([
    nodeModule<Http>("node:http"),
    nodeModule<Http>("node:https"),
    nodeModule<Zlib>("node:zlib"),
    nodeModule<Streams>("node:stream"),
  ]);
  const options = { keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_MS };
  const agents = { http: new http.Agent(options), https: new https.Agent(options) };

  function exchange(
    request: SendRequest,
    timeout: number,
    signal: AbortSignal | null | undefined,
    hops = 0,
  ): Promise<SendResult> {
    return new Promise<SendResult>((resolve, reject) => {
      let settled = false;
      let timedOut = false;
      let status: number | undefined;
      let headers: NodeHeaders | undefined;
      let req: ClientRequest | undefined;
      const end = () => {
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const fail = (cause: unknown) => {
        if (settled) return;
        end();
        req?.destroy();
        reject(new AttemptFailure(cause, timedOut, status, headers));
      };
      const onAbort = () => fail(signal?.reason);
      const timer = setTimeout(() => {
        timedOut = true;
        fail(new Error(`The request timed out after ${timeout} ms.`));
      }, timeout);
      timer.unref();
      signal?.addEventListener("abort", onAbort, { once: true });

      const onResponse = (res: IncomingMessage) => {
        const code = res.statusCode ?? 0;
        const location = res.headers.location;
        if (code >= 300 && code < 400 && location) {
          res.resume();
          if (request.redirect === "error") return fail(new TypeError("unexpected redirect"));
          if (hops >= MAX_REDIRECTS) return fail(new TypeError("redirect count exceeded"));
          end();
          exchange(redirected(request, code, location), timeout, signal, hops + 1).then(
            resolve,
            reject,
          );
          return;
        }
        status = code;
        headers = new NodeHeaders(res.headers);
        const decoder = DECODERS[String(res.headers["content-encoding"] ?? "").toLowerCase()];
        let source: Readable = res;
        if (decoder) {
          // a body that does not decode fails the attempt (after a 2xx: an APIError, not retried)
          const decoded = zlib[decoder]();
          source = streams.pipeline(res, decoded, (error?: Error | null) => error && fail(error));
        } else {
          res.on("error", fail);
        }
        res.on("close", () => res.complete || fail(new Error("The connection closed mid-body.")));
        if (request.read === "stream" && code >= 200 && code < 300) {
          const body = streams.Readable.toWeb(source);
          const response = new Response(body as ReadableStream<Uint8Array>, {
            status: code,
            headers: headers.toHeaders(),
          });
          end();
          return resolve({ status: code, headers, text: "", response });
        }
        let text = "";
        source.setEncoding("utf8");
        source.on("data", (chunk: string) => (text += chunk));
        source.on("end", () => {
          if (settled) return;
          end();
          resolve({ status: code, headers: headers!, text, json: early(code, headers!, text) });
        });
      };

      try {
        const url = request.url;
        const secure = url.startsWith("https:");
        const sent = (secure ? https : http).request(url, {
          method: request.method,
          headers: request.headers,
          agent: secure ? agents.https : agents.http,
        });
        req = sent;
        if (!("accept-encoding" in request.headers)) {
          sent.setHeader("accept-encoding", ACCEPT_ENCODING);
        }
        sent.on("response", onResponse);
        sent.on("error", fail);
        // a file range starts reading when piped: in this same tick (file-range.ts)
        sendBody(sent, typeof request.body === "function" ? request.body() : request.body);
      } catch (cause) {
        fail(cause);
      }

      function sendBody(req: ClientRequest, body: unknown) {
        if (body == null) return void req.end();
        if (body instanceof ArrayBuffer) body = new Uint8Array(body);
        if (typeof body === "string" || body instanceof Uint8Array) {
          // Node does not count a DELETE's body by itself
          if (!req.hasHeader("content-length")) {
            req.setHeader(
              "content-length",
              typeof body === "string" ? Buffer.byteLength(body) : body.byteLength,
            );
          }
          return void req.end(body);
        }
        let stream: Readable;
        if (typeof (body as Readable).pipe === "function") stream = body as Readable;
        else if (body instanceof ReadableStream) stream = streams.Readable.fromWeb(body);
        else if (body instanceof Blob) {
          if (!req.hasHeader("content-length")) req.setHeader("content-length", body.size);
          stream = streams.Readable.fromWeb(body.stream() as ReadableStream);
        } else {
          throw new TypeError("The request body is of a kind the Node transport cannot send.");
        }
        stream.on("error", (cause: Error) =>
          fail(
            cause instanceof InputReadError
              ? cause
              : new InputReadError(
                  `The file could not be read while it was sent (${cause.message}): did it change or disappear? Not retried.`,
                  { cause },
                ),
          ),
        );
        req.on("error", () => stream.destroy());
        stream.pipe(req);
      }
    });
  }
  return exchange;
}

/**
 * A 2xx JSON body parsed as soon as it has arrived, while its text is still in the CPU's cache:
 * parsed a few promise hops later (parse.ts), the same JSON.parse measured about 3× the CPU.
 * Undefined when it is not JSON or does not parse; parse.ts then reads the text and says why.
 */
function early(code: number, headers: HeaderMap, text: string): unknown {
  if (code < 200 || code >= 300 || text === "") return undefined;
  if (!headers.get("content-type")?.includes("json")) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The request a signed URL's redirect leads to, as fetch makes it: 303 (and 301/302 after a
 * POST) becomes a GET without a body; credentials never go to another origin.
 */
function redirected(request: SendRequest, code: number, location: string): SendRequest {
  const url = new URL(location, request.url);
  const headers = { ...request.headers };
  let { method, body } = request;
  if (code === 303 ? method !== "HEAD" : (code === 301 || code === 302) && method === "POST") {
    method = "GET";
    body = undefined;
    delete headers["content-length"];
    delete headers["content-type"];
  }
  if (url.origin !== new URL(request.url).origin) {
    delete headers.authorization;
    delete headers.cookie;
  }
  return { ...request, url: url.href, method, headers, body };
}
