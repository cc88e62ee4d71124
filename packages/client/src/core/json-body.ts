// A JSON request body whose images are base64-encoded while it is sent, instead of being built
// as strings first: a 5 MB image as a data URL string, then inside the JSON text, then as
// UTF-8 bytes costs ~4 copies of 6.7 MB; streamed, the body costs one small chunk at a time.
// Its length is known in advance (content-length), and each attempt opens a new stream, so
// retries work.
import { bytesToBase64 } from "./base64.js";
import { ImageBytes } from "./files.js";
import { InputReadError } from "../errors.js";

/** Encodes 3-byte-aligned pieces so each base64 piece can be sent as it is. */
const CHUNK = 3 * 4 * 1024; // 12 kB: less garbage between GCs than 48 kB (a lower peak RSS)
const encoder = new TextEncoder();

type Part = Uint8Array | ImageBytes;

/** ReadableStream.from: Node ≥ 20.6, the only runtime that gets a streamed body; not in the DOM types. */
type WithFrom = typeof ReadableStream & {
  from<T>(iterable: AsyncIterable<T>): ReadableStream<T>;
};

export class StreamingJsonBody {
  readonly #parts: Part[];
  readonly length: number;

  /** `body` is a flat object whose ImageBytes values are sent as data URL strings. */
  constructor(body: Record<string, unknown>) {
    const parts: Part[] = [];
    let text = "{";
    let first = true;
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined) continue;
      text += `${first ? "" : ","}${JSON.stringify(key)}:`;
      first = false;
      if (value instanceof ImageBytes) {
        parts.push(encoder.encode(`${text}"data:${value.type};base64,`), value);
        text = '"';
      } else {
        text += JSON.stringify(value);
      }
    }
    parts.push(encoder.encode(`${text}}`));
    this.#parts = parts;
    this.length = parts.reduce(
      (sum, p) => sum + (p instanceof ImageBytes ? 4 * Math.ceil(p.size / 3) : p.byteLength),
      0,
    );
  }

  /** A fresh stream of the body (one per attempt), pulled one piece at a time. */
  stream(): ReadableStream<Uint8Array> {
    const parts = this.#parts;
    async function* generate(): AsyncGenerator<Uint8Array> {
      for (const part of parts) {
        if (part instanceof ImageBytes) yield* base64Chunks(part);
        else yield part;
      }
    }
    // highWaterMark 0: nothing is read ahead of what fetch sends
    return (ReadableStream as WithFrom).from(generate());
  }
}

/** A Blob that cannot be read as it is sent (its file changed or was removed) fails its upload. */
async function* base64Chunks(image: ImageBytes): AsyncGenerator<Uint8Array> {
  try {
    yield* encodeChunks(image.source);
  } catch (cause) {
    throw new InputReadError(
      `${image.field} could not be read while it was sent (${(cause as Error)?.message ?? cause}): did the file change or disappear? Not retried.`,
      { cause },
    );
  }
}

async function* encodeChunks(source: Blob | Uint8Array | ArrayBuffer): AsyncGenerator<Uint8Array> {
  // A Blob (e.g. fs.openAsBlob, 64 KiB chunks) is read as it is sent; bytes are one chunk. A
  // chunk's last 1–2 bytes (past a multiple of 3) are carried over and joined to the start of
  // the next: only that first piece is copied, never the whole chunk.
  const chunks =
    source instanceof Blob
      ? source.stream()
      : [source instanceof Uint8Array ? source : new Uint8Array(source)];
  let carry: Uint8Array | undefined;
  for await (const chunk of chunks) {
    let bytes: Uint8Array = chunk;
    if (carry) {
      const taken = Math.min(bytes.length, CHUNK - carry.length);
      const head = new Uint8Array(carry.length + taken);
      head.set(carry);
      head.set(bytes.subarray(0, taken), carry.length);
      bytes = bytes.subarray(taken);
      carry = undefined;
      // a full piece (CHUNK is a multiple of 3) goes now; a short one is all that is left
      if (bytes.length) yield encoder.encode(bytesToBase64(head));
      else bytes = head;
    }
    const usable = bytes.length - (bytes.length % 3);
    for (let i = 0; i < usable; i += CHUNK) {
      yield encoder.encode(bytesToBase64(bytes.subarray(i, Math.min(i + CHUNK, usable))));
    }
    if (usable < bytes.length) carry = bytes.slice(usable);
  }
  if (carry) yield encoder.encode(bytesToBase64(carry));
}
